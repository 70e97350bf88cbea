// Escaping for the markup the build writes by hand (SVG charts, Atom feeds, redirect pages, search records)
// and for words put into regular expressions.

/** Text safe inside HTML, SVG or XML, in element content and in double-quoted attributes. */
export const escapeMarkup = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A literal string for use inside a RegExp. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
