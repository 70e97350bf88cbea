// Write a content/ folder of synthetic places into a folder: the real shared lists (themes, glossary
// without local place links) plus the generated places, strategies and updates.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { syntheticContent } from './synthetic-places.ts';

/** Write `root/content` with `count` synthetic places; returns the number of files written. */
export function writeSyntheticContent(projectRoot: string, root: string, count: number): number {
  const content = join(root, 'content');
  mkdirSync(content, { recursive: true });
  cpSync(join(projectRoot, 'content/themes'), join(content, 'themes'), { recursive: true });
  mkdirSync(join(content, 'glossary'), { recursive: true });
  // Glossary terms may name real places for a local sense; those places are not in a synthetic site.
  for (const file of readdirSync(join(projectRoot, 'content/glossary'))) {
    if (!file.endsWith('.yaml')) continue;
    const term = parse(readFileSync(join(projectRoot, 'content/glossary', file), 'utf8')) as Record<string, unknown>;
    delete term.places;
    writeFileSync(join(content, 'glossary', file), stringify(term));
  }
  const themes = readdirSync(join(content, 'themes'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();
  const files = syntheticContent({ count, themes });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(content, path)), { recursive: true });
    writeFileSync(join(content, path), text);
  }
  return Object.keys(files).length;
}
