// A source document's text copy: the text the source check reads, with its pages kept. Pages are separated by a
// form feed (U+000C), as pdftotext writes them, so a copy made by hand from a PDF reads the same way and every
// quote and figure found in it can be cited by page.

/** The character that ends one page and starts the next. */
export const PAGE_BREAK = '\f';

/** A document's pages, in order (page 1 first). */
export function splitPages(text: string): string[] {
  return text.split(PAGE_BREAK);
}

/** The text copy of a document from its pages. */
export function joinPages(pages: readonly string[]): string {
  return pages.map((p) => p.replace(/\f/g, '').replace(/\s+$/, '')).join(`\n${PAGE_BREAK}`) + '\n';
}

/** The page (1-based) that a character offset of a text copy falls on. */
export function pageAtOffset(text: string, offset: number): number {
  let page = 1;
  for (let i = text.indexOf(PAGE_BREAK); i !== -1 && i < offset; i = text.indexOf(PAGE_BREAK, i + 1)) page++;
  return page;
}
