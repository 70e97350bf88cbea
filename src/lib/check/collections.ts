// Where each collection's files live and which schema they follow: the content check reads them, and
// src/content.config.ts gives each collection its schema and the check's reading (src/loaders/checked.ts).
import type { z } from 'astro/zod';
import { area, glossaryTerm, place, strategy, theme, update } from '../../schemas/index.ts';

export interface CollectionSpec {
  /** Folder under content/. */
  dir: string;
  /** File endings the collection reads. */
  extensions: readonly string[];
  /** Whether files have a Markdown/MDX body after YAML frontmatter. */
  hasBody: boolean;
  schema: z.ZodType;
}

export const COLLECTIONS = {
  places: { dir: 'places', extensions: ['.yaml'], hasBody: false, schema: place },
  themes: { dir: 'themes', extensions: ['.yaml'], hasBody: false, schema: theme },
  strategies: { dir: 'strategies', extensions: ['.mdx'], hasBody: true, schema: strategy },
  updates: { dir: 'updates', extensions: ['.md', '.mdx'], hasBody: true, schema: update },
  areas: { dir: 'areas', extensions: ['.yaml'], hasBody: false, schema: area },
  glossary: { dir: 'glossary', extensions: ['.yaml'], hasBody: false, schema: glossaryTerm },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;

/** An entry's id: its file name without the ending. */
export function entryIdFromFile(fileName: string): string {
  return fileName.replace(/\.(mdx?|ya?ml)$/, '');
}
