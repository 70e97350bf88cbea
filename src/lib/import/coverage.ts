// What a source document says that the site does not carry: every figure and every "we will" statement found in
// its text copy, less those the content already has. A reviewer's list, not a verdict: a figure may be left out on
// purpose (a page number that looks like a figure, a figure about another place).
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
