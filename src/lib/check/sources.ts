// The source check's pure logic: find a quote or a figure in the text copy of a source document,
// as printed, after folding only what does not change meaning (spacing, line breaks, curly and straight
// quotes, the three dashes, markup tags and ** bold left by the text extraction); and, when it is not there, the
// nearest passage so that whoever fixes it can see what the source says.

/** A source's text, folded for matching, with a way back to the line of the original. */
export interface PreparedSource {
  /** The folded text: one space between words, straight quotes, hyphens for every dash. */
  folded: string;
  /** For each character of `folded`, the 1-based line of the original text it came from. */
  lineOf: Uint32Array;
  /** The folded text's words with their start offsets, for the nearest-passage search. */
  words: { word: string; start: number }[];
}

const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '`': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
};
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/;
const SPACE = /[\s\u00A0\u2007\u202F\u200B]/;
const TAG = /^<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]*)?\/?>/;

/** One character folded, or '' for characters that only format (a soft hyphen). */
function foldChar(ch: string): string {
  if (QUOTES[ch]) return QUOTES[ch];
  if (DASHES.test(ch)) return '-';
  if (ch === '\u00AD') return '';
  if (ch === '\u2026') return '...';
  return ch;
}

/** Fold a text for matching. Nothing that carries meaning (letters, digits, words) is removed. */
export function foldText(text: string): string {
  return prepareSource(text).folded;
}

/** Fold a source's text once, keeping the line each folded character came from. */
export function prepareSource(text: string): PreparedSource {
  const out: string[] = [];
  const lines: number[] = [];
  let line = 1;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '<') {
      const tag = TAG.exec(text.slice(i, i + 120));
      if (tag) {
        i += tag[0].length - 1;
        continue;
      }
    }
    // Markdown bold (**) left by the text extraction marks emphasis, not wording.
    if (ch === '*' && text[i + 1] === '*') {
      while (text[i + 1] === '*') i++;
      continue;
    }
    if (ch === '\n') line++;
    if (SPACE.test(ch)) {
      // "pre- school", "co- designing": a word broken at a line end by the text extraction.
      const n = out.length;
      pendingSpace = n > 0 && !(out[n - 1] === '-' && /[A-Za-z]/.test(out[n - 2] ?? ''));
      continue;
    }
    const folded = foldChar(ch);
    if (!folded) continue;
    if (pendingSpace) {
      out.push(' ');
      lines.push(line);
      pendingSpace = false;
    }
    for (const c of folded) {
      out.push(c);
      lines.push(line);
    }
  }
  const folded = out.join('');
  const words: PreparedSource['words'] = [];
  for (const match of folded.matchAll(/[A-Za-z0-9][A-Za-z0-9',.%-]*/g))
    words.push({ word: normaliseWord(match[0]), start: match.index });
  return { folded, lineOf: Uint32Array.from(lines), words };
}

const ALNUM = /[A-Za-z0-9]/;
/** Words just before a match that would reverse what the quote says if the quote leaves them out. */
const NEGATION_BEFORE = /(?:\bnot|\bno|\bnever|\bnor|\bwithout|\bnon|n't)[ -]?$/i;

/**
 * Where `needle` (already folded) stands in the source as a whole: not inside a longer word or
 * number ("5,000" is not in "15,000", "5" is not in "5.2"), and not straight after a "not", "no",
 * "never" or "without" that the quote leaves out. Returns the offset, or -1.
 */
function findWhole(source: PreparedSource, needle: string): number {
  if (!needle) return -1;
  const hay = source.folded;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const before = hay[at - 1] ?? ' ';
    const after = hay[at + needle.length] ?? ' ';
    const startsAlnum = ALNUM.test(needle.charAt(0));
    const endsAlnum = ALNUM.test(needle.charAt(needle.length - 1));
    if (startsAlnum && ALNUM.test(before)) continue;
    if (endsAlnum && ALNUM.test(after)) continue;
    // A number must not continue as a decimal or a thousands group: "5" is not in "5.2" or "5,000".
    if (/[0-9]$/.test(needle) && /^[.,][0-9]/.test(hay.slice(at + needle.length, at + needle.length + 2))) continue;
    if (/^[0-9]/.test(needle) && /[0-9][.,]$/.test(hay.slice(Math.max(0, at - 2), at))) continue;
    if (NEGATION_BEFORE.test(hay.slice(Math.max(0, at - 12), at)) && !/^(?:not|no|never|without)\b/i.test(needle))
      continue;
    return at;
  }
  return -1;
}

export type Finding = { found: true; line: number } | { found: false };

/**
 * Find a quote as printed (after folding). The first letter may differ in case only, so that an item of a
 * printed list ("includes maternal health, infant mortality") can stand on its own as "Maternal health".
 */
export function findQuote(source: PreparedSource, quote: string): Finding {
  const needle = prepareSource(quote).folded;
  const first = needle.charAt(0);
  const spellings = new Set([needle, first.toLowerCase() + needle.slice(1), first.toUpperCase() + needle.slice(1)]);
  for (const spelling of spellings) {
    const at = findWhole(source, spelling);
    if (at >= 0) return { found: true, line: source.lineOf[at] ?? 1 };
  }
  return { found: false };
}

/**
 * The ways a number may be printed: "5000", "5,000", "66.4", "66.40" (as many decimals as
 * the value has, up to two more), never rounded or with digits dropped.
 */
export function numberSpellings(value: number): string[] {
  const out = new Set<string>();
  const plain = String(value);
  const decimals = plain.split('.')[1]?.length ?? 0;
  for (let d = decimals; d <= decimals + 2; d++) {
    const fixed = value.toFixed(d);
    if (Number(fixed) !== value) continue;
    out.add(fixed);
    const [whole = '', fraction] = fixed.replace('-', '').split('.');
    if (whole.length > 3) {
      const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      out.add(`${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`);
    }
  }
  return [...out];
}

/** Find a figure: its printed wording when given, else the number in any spelling it may be printed in. */
export function findFigure(source: PreparedSource, value: number, asPrinted?: string): Finding {
  if (asPrinted !== undefined) return findQuote(source, asPrinted);
  for (const spelling of numberSpellings(value)) {
    const at = findWhole(source, spelling);
    if (at >= 0) return { found: true, line: source.lineOf[at] ?? 1 };
  }
  return { found: false };
}

function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/[',.]+$/, '');
}

export interface Passage {
  /** The line of the source text where the passage starts. */
  line: number;
  /** The passage, folded, at most about 160 characters. */
  excerpt: string;
  /** Share of the quote's words that the passage has, 0 to 1. */
  score: number;
}

/**
 * The passage of the source most like the quote: a window as long as the quote, slid word by word,
 * scored by how many of the quote's words it holds. Linear in the source's length.
 */
export function nearestPassage(source: PreparedSource, quote: string): Passage | undefined {
  const wanted = new Map<string, number>();
  const quoteWords = [...prepareSource(quote).folded.matchAll(/[A-Za-z0-9][A-Za-z0-9',.%-]*/g)].map((m) =>
    normaliseWord(m[0]),
  );
  for (const w of quoteWords) wanted.set(w, (wanted.get(w) ?? 0) + 1);
  const size = Math.max(1, quoteWords.length);
  const words = source.words;
  if (!words.length || !quoteWords.length) return undefined;
  const have = new Map<string, number>();
  let hits = 0;
  let best = { score: -1, start: 0 };
  const add = (w: string, delta: 1 | -1) => {
    const need = wanted.get(w);
    if (need === undefined) return;
    const before = have.get(w) ?? 0;
    const after = before + delta;
    have.set(w, after);
    hits += Math.min(after, need) - Math.min(before, need);
  };
  for (let i = 0; i < words.length; i++) {
    add(words[i]!.word, 1);
    if (i >= size) add(words[i - size]!.word, -1);
    const start = Math.max(0, i - size + 1);
    if (hits > best.score) best = { score: hits, start };
  }
  const from = words[best.start]!.start;
  const endWord = words[Math.min(words.length - 1, best.start + size - 1)]!;
  const to = Math.min(endWord.start + endWord.word.length + 1, from + 160);
  const end = source.folded.indexOf(' ', to);
  return {
    line: source.lineOf[from] ?? 1,
    excerpt: source.folded.slice(from, end < 0 || end - from > 200 ? to : end).trim(),
    score: best.score / quoteWords.length,
  };
}

/** One thing the site shows that must be printed in a source: a verbatim field or a figure. */
export interface SourceClaim {
  file: string;
  line: number;
  /** Field path, e.g. actions[3].what. */
  field: string;
  /** The text file of the source document, e.g. "004_ec368397706a6f69.txt"; undefined when none is named. */
  textFile?: string;
  quote?: string;
  value?: number;
  asPrinted?: string;
}

export interface SourceProblem {
  file: string;
  line: number;
  field: string;
  message: string;
}

export interface SourceCheckResult {
  found: number;
  /** Claims whose document names no text copy, or whose text copy is not in the folder given. */
  notVerified: number;
  problems: SourceProblem[];
}

/** What a claim says, for messages: the quote, or the figure as printed. */
function describeClaim(claim: SourceClaim): string {
  if (claim.quote !== undefined) return `"${claim.quote.length > 90 ? `${claim.quote.slice(0, 87)}...` : claim.quote}"`;
  return claim.asPrinted !== undefined ? `the figure "${claim.asPrinted}"` : `the figure ${claim.value}`;
}

/**
 * Check every claim against its source text. `texts` maps a text file's name to its prepared text;
 * a claim with no text file, or one not in `texts`, counts as not verified.
 */
export function checkClaims(
  claims: readonly SourceClaim[],
  texts: ReadonlyMap<string, PreparedSource>,
): SourceCheckResult {
  const result: SourceCheckResult = { found: 0, notVerified: 0, problems: [] };
  for (const claim of claims) {
    const source = claim.textFile ? texts.get(claim.textFile) : undefined;
    if (!source) {
      result.notVerified++;
      continue;
    }
    const finding =
      claim.quote !== undefined
        ? findQuote(source, claim.quote)
        : findFigure(source, claim.value ?? Number.NaN, claim.asPrinted);
    if (finding.found) {
      result.found++;
      continue;
    }
    const near = nearestPassage(source, claim.quote ?? claim.asPrinted ?? String(claim.value));
    const nearest =
      near && near.score > 0
        ? ` The nearest passage, at ${claim.textFile}:${near.line}, reads: "${near.excerpt}".`
        : '';
    result.problems.push({
      file: claim.file,
      line: claim.line,
      field: claim.field,
      message: `${describeClaim(claim)} is not printed in ${claim.textFile}.${nearest} Copy the wording exactly as printed (put any rewording in a plain-English field), or correct the figure.`,
    });
  }
  return result;
}
