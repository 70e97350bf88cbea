// How well the importer's drafts match a strategy made by hand: recall (the share of the content's priority
// names, actions and measure values found among the candidates) and precision (the share of candidates that
// match something in the content). Used by the import benchmark and its test; never by the build.
import type { Strategy } from '../../schemas/strategy.ts';
import type { Candidates } from './candidates.ts';

/** Text reduced for comparison: lower case, one kind of quote and dash, letters and digits only. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐-―−]/g, '-')
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

const words = (text: string) =>
  new Set(
    foldForMatch(text)
      .split(' ')
      .filter((w) => w.length > 2),
  );

/** Whether two statements say the same thing: one holds the other, or most of their words are shared. */
export function sameStatement(a: string, b: string): boolean {
  const fa = foldForMatch(a);
  const fb = foldForMatch(b);
  if (!fa || !fb) return false;
  if (fa === fb || (fa.length >= 12 && fb.includes(fa)) || (fb.length >= 12 && fa.includes(fb))) return true;
  const wa = words(a);
  const wb = words(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.min(wa.size, wb.size) >= 0.8 && shared / Math.max(wa.size, wb.size) >= 0.5;
}

/** Whether a heading candidate names a priority: the same words, or the heading holds the name. */
export function sameName(candidate: string, name: string): boolean {
  const c = foldForMatch(candidate);
  const n = foldForMatch(name);
  return c === n || (n.length >= 6 && c.includes(n) && n.length / c.length >= 0.5);
}

export interface Score {
  found: number;
  total: number;
  matched: number;
  candidates: number;
  /** The content's entries no candidate matched, as the content words them. */
  missed: string[];
}

export interface ImportScore {
  priorities: Score;
  actions: Score;
  measureValues: Score;
}

const score = <C, T>(candidates: C[], targets: T[], match: (c: C, t: T) => boolean): Score => {
  const missed = targets.filter((t) => !candidates.some((c) => match(c, t)));
  return {
    found: targets.length - missed.length,
    total: targets.length,
    matched: candidates.filter((c) => targets.some((t) => match(c, t))).length,
    candidates: candidates.length,
    missed: missed.map(String),
  };
};

/** Score one document's candidates against the strategy made by hand from it. */
export function scoreImport(candidates: Candidates, strategy: Strategy): ImportScore {
  const names = strategy.priorities.map((p) => p.title);
  const values = strategy.measures.flatMap((m) => m.values.map((v) => v.value));
  const allNumbers = new Set([
    ...values,
    ...strategy.measures.flatMap((m) => [
      ...m.comparators.flatMap((c) => (c.value === undefined ? [] : [c.value])),
      ...(m.target ? [m.target.value] : []),
    ]),
  ]);
  return {
    priorities: score(candidates.priorities, names, (c, n) => sameName(c.text, n)),
    actions: score(
      candidates.actions,
      strategy.actions.map((a) => a.what),
      (c, what) => sameStatement(c.text, what),
    ),
    measureValues: {
      ...score(candidates.figures, values, (c, v) => c.value === v),
      matched: candidates.figures.filter((f) => allNumbers.has(f.value)).length,
    },
  };
}

/** A share as a percentage with one decimal, or "n/a" when there is nothing to share. */
export const percentOf = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : 'n/a');
