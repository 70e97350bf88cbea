// Plain-English advice on content: reading age of summaries, very long sentences, words to avoid
// and acronyms that the glossary does not explain. Pure functions; the content check turns the
// findings into warnings (never errors) with the file, line and a suggestion.

import { escapeRegExp } from '../escape.ts';

// The settings' shape is the schema's (content/plain-english.yaml), never written out twice.
export type { PlainEnglishSettings, WordToAvoid } from '../../schemas/plain-english.ts';
import type { PlainEnglishSettings, WordToAvoid } from '../../schemas/plain-english.ts';

export interface Advice {
  kind: 'reading-age' | 'long-sentence' | 'word-to-avoid' | 'acronym';
  message: string;
}

/** Split prose into sentences at . ! or ? followed by a space and a capital, digit or quote. */
export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=["'‘“(]?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z]/.test(s));
}

/** Words in a piece of text (letters, digits, apostrophes and inner hyphens). */
export function words(text: string): string[] {
  return text.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g) ?? [];
}

/** An estimate of the syllables in one English word: groups of vowels, less a silent final "e". */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 1;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]+/g);
  return Math.max(1, groups?.length ?? 1);
}

/**
 * Reading age from the Flesch-Kincaid grade level (US school grade + 5 years).
 * Undefined for text too short to judge (under 10 words).
 */
export function readingAge(text: string): number | undefined {
  const list = words(text).filter((w) => /[A-Za-z]/.test(w));
  const count = sentences(text).length || 1;
  if (list.length < 10) return undefined;
  const syllableCount = list.reduce((sum, w) => sum + syllables(w), 0);
  const grade = 0.39 * (list.length / count) + 11.8 * (syllableCount / list.length) - 15.59;
  return Math.round((grade + 5) * 10) / 10;
}

// After "key" used as an adjective comes a word it describes; these words show it is a noun or verb instead.
const NOT_AFTER_KEY_ADJECTIVE = new Set([
  'to',
  'in',
  'of',
  'for',
  'and',
  'or',
  'is',
  'are',
  'was',
  'were',
  'that',
  'which',
  'on',
  'at',
  'by',
  'with',
]);

/** Words to avoid used in the text, each once, with what to write instead. */
export function wordsToAvoidIn(text: string, list: readonly WordToAvoid[]): Advice[] {
  const found: Advice[] = [];
  for (const item of list) {
    const pattern = new RegExp(
      `(?<![\\w-])${escapeRegExp(item.word).replace(/ /g, '\\s+')}(?![\\w-])(\\s+([A-Za-z]+))?`,
      'gi',
    );
    for (const match of text.matchAll(pattern)) {
      if (item.only === 'adjective') {
        const next = match[2]?.toLowerCase();
        if (!next || NOT_AFTER_KEY_ADJECTIVE.has(next)) continue;
      }
      found.push({
        kind: 'word-to-avoid',
        message: `"${match[0].split(/\s+/).slice(0, item.word.split(' ').length).join(' ')}" is on the words-to-avoid list. ${item.suggestion}`,
      });
      break;
    }
  }
  return found;
}

/** Capitalised abbreviations such as ICS, JSNA or NHSE, not explained by the glossary or allowed. */
export function unknownAcronyms(text: string, known: ReadonlySet<string>): string[] {
  const unknown = new Set<string>();
  // Text inside <abbr title="...">...</abbr> is explained where it stands.
  const plain = text.replace(/<abbr\b[^>]*>[\s\S]*?<\/abbr>/g, ' ');
  for (const match of plain.matchAll(/(?<![\w-])([A-Z][A-Z0-9&]*[A-Z][A-Z0-9]*)(s?)(?![\w-])/g)) {
    const acronym = match[1]!;
    if (/^[IVXLCDM]+$/.test(acronym) && acronym.length <= 4) continue; // Roman numerals
    if (known.has(acronym) || known.has(acronym + match[2])) continue;
    unknown.add(acronym);
  }
  return [...unknown];
}

/** Every abbreviation and alias the glossary explains, plus the allowed list. */
export function knownAcronyms(
  glossary: readonly { abbreviation?: string; aliases?: readonly string[] }[],
  allowed: readonly string[],
): Set<string> {
  const known = new Set<string>(allowed);
  for (const term of glossary) {
    if (term.abbreviation) for (const part of term.abbreviation.split(/[\s/]+/)) known.add(part);
    for (const alias of term.aliases ?? []) if (/^[A-Z0-9&]+s?$/.test(alias)) known.add(alias.replace(/s$/, ''));
  }
  return known;
}

/** The sentence with the most words (the first, if several tie), so a warning can point at it. */
export function longestSentence(text: string): { sentence: string; words: number } | undefined {
  let best: { sentence: string; words: number } | undefined;
  for (const sentence of sentences(text)) {
    const n = words(sentence).length;
    if (!best || n > best.words) best = { sentence, words: n };
  }
  return best;
}

/** The first few words of a sentence, to quote it: "Putting health equity at the heart…". */
function opening(sentence: string, wordCount = 8): string {
  const parts = sentence.split(' ');
  return parts.length > wordCount ? `${parts.slice(0, wordCount).join(' ')}…` : sentence;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Advice on one piece of prose. `isSummary` adds the reading-age check. */
export function adviseOnText(
  text: string,
  settings: PlainEnglishSettings,
  known: ReadonlySet<string>,
  isSummary = false,
): Advice[] {
  const advice: Advice[] = [];
  if (isSummary) {
    const age = readingAge(text);
    if (age !== undefined && Math.round(age) > settings.targetReadingAge) {
      const longest = longestSentence(text);
      const where = longest
        ? ` Its longest sentence (${plural(longest.words, 'word')}) starts "${opening(longest.sentence)}".`
        : '';
      advice.push({
        kind: 'reading-age',
        message: `this summary has a reading age of about ${Math.round(age)}; the target is ${settings.targetReadingAge}.${where} Use shorter sentences and everyday words.`,
      });
    }
  }
  for (const sentence of sentences(text)) {
    const count = words(sentence).length;
    if (count > settings.maxSentenceWords) {
      advice.push({
        kind: 'long-sentence',
        message: `a sentence has ${count} words (more than ${settings.maxSentenceWords}): "${opening(sentence)}". Split it into two or more sentences.`,
      });
    }
  }
  advice.push(...wordsToAvoidIn(text, settings.wordsToAvoid));
  for (const acronym of unknownAcronyms(text, known)) {
    advice.push({
      kind: 'acronym',
      message: `"${acronym}" is not in the glossary. Write it out in full, or add it to content/glossary/ (with "abbreviation: ${acronym}").`,
    });
  }
  return advice;
}

/** Markdown/MDX body to prose paragraphs with the line each starts on: code, tables, tags and link targets removed. */
export function bodyParagraphs(body: string, firstLine: number): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const lines = body.split('\n');
  let current: string[] = [];
  let start = 0;
  let inCode = false;
  const flush = () => {
    const text = current.join(' ').trim();
    if (text) out.push({ text, line: firstLine + start });
    current = [];
  };
  lines.forEach((raw, index) => {
    if (/^\s*(```|~~~)/.test(raw)) {
      flush();
      inCode = !inCode;
      return;
    }
    if (inCode) return;
    const isBreak =
      raw.trim() === '' || /^\s*\|/.test(raw) || /^\s*#{1,6}\s/.test(raw) || /^\s*([-*+]|\d+\.)\s/.test(raw);
    if (isBreak) flush();
    if (raw.trim() === '' || /^\s*\|/.test(raw)) return;
    if (current.length === 0) start = index;
    const text = raw
      .replace(/^\s*(#{1,6}|[-*+]|\d+\.|>)\s+/, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<(?!abbr\b|\/abbr)[^>]+>/g, ' ')
      .replace(/[*_`]/g, '');
    current.push(text);
    // A heading or list item is a unit of its own.
    if (/^\s*(#{1,6}|[-*+]|\d+\.)\s/.test(raw)) flush();
  });
  flush();
  return out;
}

/** Field names whose text residents read as prose. Summaries also get a reading-age check. */
// Official wording (vision, an action's `what`: fields marked verbatim) is quoted as printed, so only the
// plain-English fields beside it (`visionInShort`, `inShort`) are advised on.
export const PROSE_FIELDS: ReadonlySet<string> = new Set([
  'summary',
  'visionInShort',
  'inShort',
  'description',
  'statusNote',
  'governance',
]);

/** Every prose string in parsed frontmatter, with its field path. */
export function proseFields(
  data: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; text: string; isSummary: boolean }[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => proseFields(item, [...path, i]));
  if (data && typeof data === 'object') {
    return Object.entries(data as Record<string, unknown>).flatMap(([key, value]) =>
      typeof value === 'string' && PROSE_FIELDS.has(key)
        ? [{ path: [...path, key], text: value, isSummary: key === 'summary' }]
        : proseFields(value, [...path, key]),
    );
  }
  return [];
}

/** The settings file comms teams edit: content/plain-english.yaml. */
export const PLAIN_ENGLISH_FILE = 'content/plain-english.yaml';
