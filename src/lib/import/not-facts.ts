// Numbers a text copy prints that are not facts of the strategy: times of day, section, paragraph and minute
// numbers, page numbers, and the age of one person in a case study. The coverage report sets these aside (and
// says how many, and why) so that reviewers see only figures a resident could expect on the site.
import type { FigureCandidate } from './candidates.ts';

/** Why a printed number is not a fact, in words the report prints. */
export const NOT_A_FACT = {
  time: 'a time of day',
  reference: 'a section, paragraph, minute or page number',
  heading: 'the number of a numbered paragraph',
  page: 'a page or slide number on a line of its own',
  age: "one person's age in a case study",
} as const;
export type NotAFact = keyof typeof NOT_A_FACT;

// "Section 7.4", "Minute 551", "paragraph 3", "See page 12", "Appendix 2", "section 75 of the NHS Act".
const REFERENCE_WORD =
  /\b(?:sections?|paragraphs?|paras?|minutes?|items?|appendix|appendices|chapters?|pages?|pp?|annex|clauses?|regulations?|figures?|tables?|slides?)\.?\s*$/i;
const CLOCK = /^\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])/i;
const BARE_NUMBER = /^\d+(?:\.\d+)*$/;

/** The line without markup left by the extraction (tags, bold, heading marks, a list bullet) and outer spaces. */
const bareLine = (raw: string) =>
  raw
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/^\s*(?:#+|[-*•▪●◦])\s+/, '')
    .trim();

/**
 * Why `figure` is not a fact of the document, or undefined when it may be one. `lines` are the text copy's lines
 * (the figure's `line` is 1-based into them). Each rule is narrow: a real figure that happens to sit near a
 * section number is kept, and anything kept goes to a reviewer, so a rule errs towards keeping.
 */
export function whyNotAFact(figure: FigureCandidate, lines: readonly string[]): NotAFact | undefined {
  const at = figure.text.indexOf(figure.printed);
  const before = at >= 0 ? figure.text.slice(0, at) : '';
  const after = at >= 0 ? figure.text.slice(at + figure.printed.length) : '';
  const bare = BARE_NUMBER.test(figure.printed);
  // "5.00 pm - 7.40 pm": a clock time has two digits after its point and am or pm after it.
  if (/^\d{1,2}[.:]\d{2}$/.test(figure.printed) && CLOCK.test(after)) return 'time';
  if (bare && REFERENCE_WORD.test(before)) return 'reference';
  const raw = bareLine(lines[figure.line - 1] ?? '');
  // "8.2 The protected characteristics are ...": a numbered paragraph, its number then a capitalised word.
  if (
    /^\d{1,2}\.\d{1,2}$/.test(figure.printed) &&
    new RegExp(`^${figure.printed.replace('.', '\\.')}\\s+\\p{Lu}`, 'u').test(raw)
  )
    return 'heading';
  // A whole number alone on its line, with no unit and no thousands comma, is a page or slide number, unless the
  // next line carries on from it ("1,864" then "(10.9%)", or "12" then "people"), as an infographic's figure does.
  if (/^\d{1,3}$/.test(figure.printed) && raw === figure.printed) {
    const next = lines
      .slice(figure.line)
      .map(bareLine)
      .find((l) => l);
    if (!next || !/^[\p{Ll}(%]/u.test(next)) return 'page';
  }
  // "Ethel is a 79 year old woman": the age of one person, not a statistic ("15 year olds" stays a figure).
  if (bare && /\b(?:a|an)\s+$/i.test(before) && /^[\s-]*years?[\s-]*old\b(?!s)/i.test(after)) return 'age';
  return undefined;
}
