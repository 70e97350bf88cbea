// What the importer finds in a document's text: candidate priorities (headings), actions ("we will" statements,
// numbered commitments and table rows) and figures (every number with its sentence). Every candidate is a span of
// the document with its page and line: nothing here is made up, and what cannot be placed is listed, not guessed.
import { splitPages } from './text-copy.ts';

/** A piece of the document, exactly as printed apart from markup the extraction left in (tags, emphasis). */
export interface Span {
  text: string;
  /** 1-based page of the document. */
  page: number;
  /** 1-based line of the text copy. */
  line: number;
}

export interface FigureCandidate extends Span {
  /** The number as a number: "1,234" is 1234, "66.4%" is 66.4. */
  value: number;
  /** The figure as printed, e.g. "66.4%" or "£2.5 million". */
  printed: string;
  /** What the printed figure says its unit is, when it says. */
  unit?: 'percent' | 'pounds' | 'per-1000' | 'per-100000';
  /** A year or financial year named in the same sentence. */
  period?: string;
  /** A comparison named in the same sentence ("England", "London average"), as printed. */
  comparator?: string;
}

export interface ActionCandidate extends Span {
  /** A commitment's printed code, e.g. "W1". */
  code?: string;
  /** A due date as printed in the statement, e.g. "09/23" or "March 2024". */
  dueAsPrinted?: string;
  /** Who leads, where the statement says ("led by ..."), as printed. */
  leads?: string[];
  /** The heading the statement sits under, if any. */
  under?: string;
}

export interface Candidates {
  title?: Span;
  /** The period the title or first page states, e.g. 2022-30. */
  period?: { start: number; end: number; span: Span };
  priorities: Span[];
  actions: ActionCandidate[];
  figures: FigureCandidate[];
  /** Lines that look like content but fit none of the above (long paragraphs are not listed). */
  unplaced: Span[];
}

/** Text without the markup a text extraction may leave: HTML tags, Markdown emphasis, list bullets. */
export function cleanLine(line: string): string {
  return line
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/(\*\*|__|\*|_)(?=\S)([^*_]+?)(?<=\S)\1/g, '$2')
    .replace(/^\s*#+\s+/, '')
    .replace(/^\s*(?:[-*•▪●◦]|\d{1,2}[.)]|\d+(?:\.\d+)+\.?)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const sentenceEnd = /[.!?:;,]["”’)]?$/;
const tocLine = /\t\s*\d{1,3}\s*$|\s\d{1,3}$/;
const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;

/** Whether a line reads like a heading: short, no closing punctuation, starts with a capital, mostly words. */
export function looksLikeHeading(raw: string): boolean {
  const text = cleanLine(raw);
  const words = text.split(' ').filter(Boolean);
  const marked = /^\s*#{1,4}\s/.test(raw);
  // An outcome is often one sentence starting "To ..." on a line of its own.
  const outcome = /^To [a-z]+/.test(text) && words.length <= 30;
  const limit = marked || outcome ? 30 : 20;
  if (words.length < 2 || words.length > limit || text.length > 220) return false;
  if (!marked && !outcome && (sentenceEnd.test(text) || tocLine.test(raw.trimEnd()))) return false;
  if (!/^[\p{Lu}\d]/u.test(text)) return false;
  if (/^(https?:|www\.|page \d|figure \d|table \d|source:)/i.test(text)) return false;
  return (text.match(/[\p{L}\p{N},'’ -]/gu) ?? []).length / text.length > 0.9;
}

/**
 * Whether a paragraph printed wholly in bold, at the body's size, is a heading: short (at most 15 words), with a
 * letter, and not ending like part of a sentence. A bold sentence for emphasis is not.
 */
export function boldParagraphIsHeading(text: string): boolean {
  const trimmed = text.trim();
  return (
    /\p{L}/u.test(trimmed) && !trimmed.includes('\t') && trimmed.split(/\s+/).length <= 15 && !/[.;,]$/.test(trimmed)
  );
}

const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };
const NAMES_LIST =
  /\b(?:(two|three|four|five|six|seven|eight|[2-8])\s+)?(?:(?:key|main|strategic|overarching|shared)\s+)?(?:priorities|priority areas|priority themes|themes|ambitions|aims|goals|objectives|pillars)(?:\s*:|\s+(?:are|will be)\s*:?)\s+(.+?)\.?$/i;

/**
 * The names a sentence lists after saying it lists priorities ("focusing on three priorities: improving mental
 * health, increasing social connections, and supporting greater financial security"), each as printed. The list
 * needs a colon, or a count before "are"; a count, when given, must match. Items are split at commas and at the
 * last item's first "and", so a last name holding "and" itself is cut there.
 */
export function namesListed(sentence: string): string[] {
  const m = NAMES_LIST.exec(sentence.trim());
  if (!m) return [];
  const [whole, count, list] = m;
  if (!count && !whole.slice(0, whole.length - list!.length).includes(':')) return [];
  const parts = list!.split(/\s*[,;]\s*/);
  const last = parts.pop()!;
  if (/^and\s/i.test(last)) parts.push(last.replace(/^and\s+/i, ''));
  else parts.push(...last.split(/\s+and\s+(.*)/s).filter(Boolean));
  const items = parts.map((p) => p.trim());
  const expected = count ? (COUNTS[count.toLowerCase()] ?? Number(count)) : undefined;
  if (items.length < 2 || (expected && items.length !== expected)) return [];
  if (!items.every((i) => /^\p{L}/u.test(i) && i.split(/\s+/).length <= 12)) return [];
  return items;
}

const WILL =
  /\b(we will|we'll|we are going to|we commit|we pledge|will work|will continue|will develop|will deliver|will ensure|will support|will establish|will improve|will increase|will reduce)\b/i;
const CODE = /^([A-Z]{1,2}\d{1,3})\b[\s\t:.-]*/;
const DUE =
  /\(([A-Z]{1,2}\d{1,3})\s*[-–]\s*([^)]+)\)\s*$|\bby\s+((?:the end of |end of |spring |summer |autumn |winter )?(?:January|February|March|April|May|June|July|August|September|October|November|December)?\s*20\d\d(?:\/\d\d)?)/i;
const LEAD = /\b(?:led by|lead(?:s)?:|owner:)\s+([^.;()]+)/i;

/** Verbs that start an action in an action plan ("Promote ...", "Develop ...", "Work with ..."). */
const ACTION_VERB =
  /^(?:promote|develop|work|embed|deliver|establish|support|increase|reduce|improve|ensure|create|build|continue|explore|review|share|map|raise|keep|include|set up|encourage|expand|launch|provide|commission|introduce|use|make|help|identify|strengthen|undertake|implement|monitor|co-produce|agree|offer|extend|tackle|address|engage|pilot|roll out|scope|design|produce|maintain|invest|enable|empower|focus|target|align|refresh|deliver)\b/i;

const ACTION_HEADING = /pledge|action|commit|we will|deliver|what we (?:will|are going to) do/i;

function actionFrom(
  text: string,
  span: { page: number; line: number },
  code: string | undefined,
  heading: string | undefined,
): ActionCandidate {
  const due = DUE.exec(text);
  const lead = LEAD.exec(text)?.[1]?.trim();
  return {
    text: text.trim(),
    ...span,
    ...(code && { code }),
    ...(due && { dueAsPrinted: (due[2] ?? due[3])!.trim() }),
    ...(lead && { leads: [lead] }),
    ...(heading && { under: heading }),
  };
}

/** Sentences of one line. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=["“‘(]?[\p{Lu}\d])/u).filter((s) => s.trim());
}

const NUMBER =
  /(£\s?)?(?<![\w.,/])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?%|\s?per ?cent\b|\s?(?:million|bn|billion|m)\b)?(\s?per\s?(?:1,000|1000|100,000|100000))?/gi;
const PERIOD = /\b(20\d\d\s?[/–-]\s?(?:20)?\d\d|20\d\d)\b/;
const COMPARATOR =
  /\b((?:the\s)?(?:England|London|national|regional|East of England|North Central London|Essex|UK)(?:\s(?:average|rate|figure|value))?)\b/i;

function figuresIn(text: string, page: number, line: number): FigureCandidate[] {
  const out: FigureCandidate[] = [];
  for (const sentence of sentences(text)) {
    for (const m of sentence.matchAll(NUMBER)) {
      const [printed, pound, whole, fraction, percent, per] = m;
      const value = Number(`${whole!.replace(/,/g, '')}${fraction ?? ''}`);
      const isYear = !pound && !percent && !per && !fraction && /^(19|20)\d\d$/.test(whole!);
      // A year, a bare list or page number, or part of a date or code (09/23, W1) is not a figure.
      if (isYear || Number.isNaN(value)) continue;
      const before = sentence.slice(0, m.index);
      if (
        /[A-Za-z]$/.test(before) ||
        /\d[/-]$/.test(before) ||
        /^[/-]\d/.test(sentence.slice(m.index + printed.length))
      )
        continue;
      if (!pound && !percent && !per && !fraction && value < 10 && !/\b(in|of|out of|times|to)\s*$/i.test(before))
        continue;
      const unit = percent
        ? 'percent'
        : pound
          ? 'pounds'
          : per
            ? /100,?000/.test(per)
              ? 'per-100000'
              : 'per-1000'
            : undefined;
      const period = PERIOD.exec(sentence)?.[1];
      const comparator = COMPARATOR.exec(sentence)?.[1];
      out.push({
        text: sentence.trim(),
        page,
        line,
        value,
        printed: printed.trim(),
        ...(unit && { unit }),
        ...(period && { period }),
        ...(comparator && { comparator }),
      });
    }
  }
  return out;
}

/** Find every candidate in a document's text copy (pages separated by form feeds). */
export function findCandidates(textCopy: string, { pages: only }: { pages?: [number, number] } = {}): Candidates {
  const result: Candidates = { priorities: [], actions: [], figures: [], unplaced: [] };
  let lineNo = 0;
  let heading: string | undefined;
  let actionSection = false;
  const pages = splitPages(textCopy);
  pages.forEach((pageText, index) => {
    const page = index + 1;
    const skip = only && (page < only[0] || page > only[1]);
    for (const raw of pageText.split('\n')) {
      lineNo++;
      if (skip) continue;
      const text = cleanLine(raw);
      if (!text) continue;
      if (!result.title && letters(text) > 5) {
        result.title = { text, page, line: lineNo };
        const p = /\b(20\d\d)\s?[-–to/]+\s?(20)?(\d\d)\b/.exec(text);
        if (p)
          result.period = {
            start: Number(p[1]),
            end: Number(`${p[2] ?? '20'}${p[3]}`),
            span: { text: p[0], page, line: lineNo },
          };
        continue;
      }
      const span = { page, line: lineNo };
      // Table rows (cells split by tabs) and numbered commitments are actions when they say what will be done.
      const cells = raw.split('\t').map(cleanLine).filter(Boolean);
      const code = CODE.exec(text)?.[1];
      if (looksLikeHeading(raw) && cells.length < 2) {
        result.priorities.push({ text, ...span });
        // A numbered heading inside a list of pledges or actions names one of them; any other heading ends the list.
        const numbered = /^\s*\d{1,2}[.)]\s/.test(raw);
        if (ACTION_HEADING.test(text)) actionSection = true;
        else if (!numbered) actionSection = false;
        heading = text;
        continue;
      }
      result.figures.push(...figuresIn(text, page, lineNo));
      for (const statement of sentences(text))
        for (const name of namesListed(statement)) result.priorities.push({ text: name, ...span });
      const bullet = /^\s*(?:[-*•▪●◦]|\d{1,2}[.)])\s+/.test(raw);
      let placed = false;
      if (cells.length > 1) {
        // A table row: a numbered commitment ("W1", then its text), or the first cell long enough to be an action.
        const first =
          code && cells[0] === code ? cells.slice(1).join(' ') : cells.find((c) => c.split(' ').length >= 5);
        if (first && letters(first) > 15) {
          result.actions.push(actionFrom(first, span, code, heading));
          placed = true;
        }
      } else if ((bullet && heading && ACTION_HEADING.test(heading)) || (actionSection && letters(text) > 15)) {
        result.actions.push(actionFrom(text, span, code, heading));
        placed = true;
      } else if (ACTION_VERB.test(text) && text.split(' ').length >= 5) {
        // An action plan's row, once a PDF has lost the table: its first sentence says what will be done.
        result.actions.push(actionFrom(text, span, code, heading));
        placed = true;
      } else {
        for (const statement of sentences(text)) {
          if (!WILL.test(statement)) continue;
          result.actions.push(actionFrom(statement, span, code, heading));
          placed = true;
        }
      }
      if (
        !placed &&
        text.split(' ').length <= 30 &&
        letters(text) > 10 &&
        !result.figures.some((f) => f.line === lineNo)
      ) {
        result.unplaced.push({ text, ...span });
      }
    }
  });
  return result;
}
