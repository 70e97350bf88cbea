// "Did you mean ...?" for content errors and search: the closest known word by edit distance.

/** Levenshtein edit distance between two strings (case-sensitive). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The closest candidate to `word`, or undefined when nothing is close enough.
 * `candidates` maps a spelling to the answer to give for it (e.g. synonym -> theme id).
 */
export function closestMatch(
  word: string,
  candidates: ReadonlyMap<string, string> | readonly string[],
): string | undefined {
  const entries: [string, string][] = Array.isArray(candidates)
    ? (candidates as readonly string[]).map((c) => [c, c])
    : [...(candidates as ReadonlyMap<string, string>)];
  const needle = word.toLowerCase();
  let best: { answer: string; distance: number } | undefined;
  for (const [spelling, answer] of entries) {
    const distance = editDistance(needle, spelling.toLowerCase());
    if (!best || distance < best.distance) best = { answer, distance };
  }
  if (!best) return undefined;
  const allowed = Math.max(2, Math.floor(needle.length / 3));
  return best.distance <= allowed ? best.answer : undefined;
}
