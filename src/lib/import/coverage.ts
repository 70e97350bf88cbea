// What a source document says that the site does not carry: every figure and every "we will" statement found in
// its text copy, less those the content already has. A reviewer's list, not a verdict: a figure may be left out on
// purpose (a figure about another place), and numbers that are not facts at all (a time of day, a section number)
// are set aside by setAsideNotFacts(). What a reviewer has decided to leave out is recorded in content/coverage/ and
// taken off the list by applyReview().
import { whyNotAFact, type NotAFact } from './not-facts.ts';
import type { ActionCandidate, Candidates, FigureCandidate } from './candidates.ts';
import { foldForMatch, sameStatement } from './score.ts';

/** Every number and every piece of text in some content, however deeply nested. */
export function carriedBy(data: unknown): { numbers: Set<number>; texts: string[] } {
  const numbers = new Set<number>();
  const texts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'number') numbers.add(value);
    else if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(data);
  return { numbers, texts };
}

const WE_WILL = /\b(we will|we'll|i will|we commit|we pledge)\b/i;

export interface Missing {
  figures: FigureCandidate[];
  statements: ActionCandidate[];
}

/** The candidates of a document that the content does not carry. */
export function missingFromContent(
  candidates: Candidates,
  carried: { numbers: Set<number>; texts: string[] },
): Missing {
  const folded = carried.texts.map(foldForMatch).join(' \u0000 ');
  const figures = candidates.figures.filter(
    (f) => !carried.numbers.has(f.value) && !folded.includes(foldForMatch(f.printed)),
  );
  const statements = candidates.actions.filter(
    (a) => WE_WILL.test(a.text) && !carried.texts.some((t) => sameStatement(a.text, t)),
  );
  return { figures, statements };
}

/** A figure the report sets aside because it is not a fact (a time, a section number...), with the rule. */
export interface SetAside {
  figure: FigureCandidate;
  why: NotAFact;
}

/** Split the missing figures into those that may be facts and those that are not (see not-facts.ts). */
export function setAsideNotFacts(
  missing: Missing,
  lines: readonly string[],
): { missing: Missing; setAside: SetAside[] } {
  const setAside: SetAside[] = [];
  const figures = missing.figures.filter((figure) => {
    const why = whyNotAFact(figure, lines);
    if (why) setAside.push({ figure, why });
    return !why;
  });
  return { missing: { figures, statements: missing.statements }, setAside };
}

/** An entry of a reviewed list (content/coverage/): a quote from the source and why the site leaves it out. */
export interface ReviewEntry {
  quote: string;
  reason: string;
  coveredBy?: string;
}

/**
 * Whether a reviewed quote answers for a report item: the quote is the item's sentence, holds it, or is a part
 * of it that still holds what made it an item (the "we will" words, or the figure as printed). So a short quote
 * cannot answer for every statement at once.
 */
export function quoteAnswersFor(quote: string, item: FigureCandidate | ActionCandidate): boolean {
  const q = foldForMatch(quote);
  const t = foldForMatch(item.text);
  if (!q || !t) return false;
  if (q.includes(t)) return true;
  if (!t.includes(q)) return false;
  if ('printed' in item) return ` ${q} `.includes(` ${foldForMatch(item.printed)} `);
  return WE_WILL.test(quote);
}

export interface Reviewed<T extends ReviewEntry> {
  /** What the report still lists: not on the site and not in the reviewed list. */
  unreviewed: Missing;
  /** Items the reviewed list answers for, each with its entry. */
  reviewed: { item: FigureCandidate | ActionCandidate; entry: T }[];
  /** Entries that answer for nothing the report finds now: the site carries it, or the quote changed. */
  unused: T[];
}

/** Take the reviewed list's entries off the report. */
export function applyReview<T extends ReviewEntry>(missing: Missing, entries: readonly T[]): Reviewed<T> {
  const reviewed: Reviewed<T>['reviewed'] = [];
  const used = new Set<T>();
  const answered = <I extends FigureCandidate | ActionCandidate>(item: I) => {
    const entry = entries.find((e) => quoteAnswersFor(e.quote, item));
    if (!entry) return false;
    reviewed.push({ item, entry });
    used.add(entry);
    return true;
  };
  const unreviewed = {
    figures: missing.figures.filter((f) => !answered(f)),
    statements: missing.statements.filter((s) => !answered(s)),
  };
  return { unreviewed, reviewed, unused: entries.filter((e) => !used.has(e)) };
}
