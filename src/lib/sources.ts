// The source documents a strategy lists, looked up by the id that a measure, action or figure cites.
import type { SourceDocument } from '../schemas/common.ts';

/** The document with this id, if the list has it (the content check makes sure every cited id exists). */
export function sourceDocument(sources: readonly SourceDocument[], id: string): SourceDocument | undefined {
  return sources.find((s) => s.id === id);
}

/** The title of the document with this id, for a caption or credit line. */
export function sourceTitle(sources: readonly SourceDocument[], id: string): string | undefined {
  return sourceDocument(sources, id)?.title;
}
