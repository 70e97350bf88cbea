// Pagefind's excerpts mark matches with <mark>; keep only that, as text, so nothing else from the
// index can become markup.
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const decode = (text: string) =>
  text.replace(
    /&(lt|gt|quot|#39|apos|amp);/g,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", amp: '&' })[e]!,
  );

/** Split an excerpt into plain and highlighted runs; any other tag is dropped. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else {
      const text = decode(piece.replace(/<[^>]*>/g, ''));
      if (text) parts.push({ text, marked });
    }
  }
  return parts;
}
