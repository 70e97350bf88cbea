// The small word list behind "Did you mean ...?", built at build time and checked in the browser.
// Corrections are drawn only from words that name things (titles, places, themes, residents' words),
// so "mould" is never turned into "could"; every other word in the records is listed as known, so
// a real word from the body text is never "corrected".
import { editDistance } from '../suggest.ts';
import type { SearchRecord } from './records.ts';

export interface Vocabulary {
  /** Words a correction may suggest, most used first (ties alphabetical). */
  suggest: string[];
  /** Other words on the site: never corrected, never suggested. */
  known: string[];
}

/** Lower-case words of at least `min` letters. */
export function words(text: string, min = 3): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/’/g, "'")
      .match(/[a-z]+(?:'[a-z]+)*/g) ?? []
  )
    .map((w) => w.replace(/'s$/, ''))
    .filter((w) => w.length >= min);
}

export function buildVocabulary(records: SearchRecord[]): Vocabulary {
  const counts = new Map<string, number>();
  const add = (text: string) => {
    for (const w of words(text, 4)) counts.set(w, (counts.get(w) ?? 0) + 1);
  };
  const seenThemeWords = new Set<string>();
  for (const r of records) {
    add(r.title);
    for (const p of r.places) add(p);
    for (const t of [...r.themes, ...r.synonyms]) {
      if (seenThemeWords.has(t)) continue;
      seenThemeWords.add(t);
      add(t);
    }
  }
  const suggest = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
  const known = new Set(records.flatMap((r) => r.text.flatMap((t) => words(t, 4))).filter((w) => !counts.has(w)));
  return { suggest, known: [...known].sort() };
}

/** The closest suggestible word to `word`, or undefined when `word` is known or nothing is close. */
export function correction(word: string, vocabulary: Vocabulary): string | undefined {
  const needle = word.toLowerCase();
  if (needle.length < 4 || vocabulary.suggest.includes(needle) || vocabulary.known.includes(needle)) return undefined;
  const allowed = needle.length >= 8 ? 2 : 1;
  let best: { word: string; distance: number } | undefined;
  for (const candidate of vocabulary.suggest) {
    if (Math.abs(candidate.length - needle.length) > allowed) continue;
    const distance = editDistance(needle, candidate);
    if (distance <= allowed && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}

/** The query with each unknown word corrected, or undefined when nothing would change. */
export function didYouMean(query: string, vocabulary: Vocabulary): string | undefined {
  let changed = false;
  const corrected = query.replace(/\p{L}+/gu, (w) => {
    const fix = correction(w, vocabulary);
    if (fix) changed = true;
    return fix ?? w;
  });
  return changed ? corrected : undefined;
}

/**
 * Whether to fetch the vocabulary and look for a correction: true when nothing was found, or when the
 * results highlight words but not some longer word of the query (Pagefind matched only looser words,
 * such as the "I" of "I statement" for "imunisation"). Results with no highlight at all were found by
 * words that are not shown (a theme's residents' words, a place in the "where" line), so a slang word
 * such as "fags" costs no extra download.
 */
export function worthSuggesting(query: string, excerpts: readonly string[]): boolean {
  if (excerpts.length === 0) return words(query, 4).length > 0;
  const marked = new Set(
    excerpts.flatMap((e) => [...e.matchAll(/<mark>(.*?)<\/mark>/g)].flatMap((m) => words(m[1]!, 1))),
  );
  if (marked.size === 0) return false;
  return words(query, 4).some((w) => ![...marked].some((m) => m.startsWith(w.slice(0, 4))));
}
