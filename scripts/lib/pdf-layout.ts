// A PDF page's text from where its pieces are printed, not just their order: pieces on one baseline make a line,
// a table's cells (printed one after another, each down from the row's top) make one line split by tabs, lines make
// a paragraph while they follow at the usual line spacing and the line before ran to the right margin, and a short
// paragraph printed larger or bolder than the body text is a heading, marked "#" as Word's headings are. Every
// character comes from the PDF; only line breaks, spaces, tabs and heading marks are decided here.
import { boldParagraphIsHeading } from '../../src/lib/import/candidates.ts';

/** One piece of text as pdf.js reports it, in PDF units (y grows up the page; `y` is the baseline). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size. */
  size: number;
  bold: boolean;
}

/** A printed line: the pieces sharing one baseline, in order. */
export interface PdfLine {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  bold: boolean;
  /** Set when a gap of one to three spaces split this run from the one before: maybe a narrow table column. */
  soft?: boolean;
}

/** How a document's text is usually printed: its body font size and the distance between lines at each size. */
export interface PdfBody {
  size: number;
  bold: boolean;
  /** Sizes larger than the body's (by 15% or more), largest first: the first is a level-1 heading. */
  headingSizes: number[];
  /** Usual baseline-to-baseline distance, by font size rounded to a half point. */
  pitch: Map<number, number>;
}

const sizeKey = (size: number) => Math.round(size * 2) / 2;
const nonSpace = (s: string) => s.replace(/\s/g, '').length;
const near = (a: number, b: number, by: number) => Math.abs(a - b) <= by;

/** A list's bullet or number printed on its own, apart from its text: "•", "1.", "2.3", "(a)", "iv)". */
const LIST_MARKER = /^(?:[•▪●◦‣]|\(?\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2})+\.?|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])$/;

/**
 * Join pieces into runs of text on one baseline. A gap wider than about three spaces ends a run, so the cells of a
 * table row, or two columns, come out as separate runs (`pdfRows` puts rows back together). A narrower gap that is
 * still wider than a space ends a run only where another run starts at the same left edge, as a table's column does.
 * A bullet or number set apart from its text (a hanging indent) stays with it.
 */
export function pdfLines(items: readonly PdfTextItem[]): PdfLine[] {
  const runs = pdfRuns(items);
  const starts = runs.map((r) => r.x);
  const column = (run: PdfLine) =>
    runs.some((r, i) => r !== run && !near(r.y, run.y, run.size * 0.5) && near(starts[i]!, run.x, 1));
  const out: PdfLine[] = [];
  for (const run of runs) {
    const before = out.at(-1);
    const marker = before && LIST_MARKER.test(before.text) && near(run.y, before.y, run.size * 0.5) && run.x > before.x;
    if (before && (marker || (run.soft && !column(run)))) {
      const boldChars = (before.bold ? before.text.length : 0) + (run.bold ? run.text.length : 0);
      before.text = `${before.text} ${run.text}`;
      before.right = run.right;
      before.size = Math.max(before.size, run.size);
      before.bold = boldChars > before.text.length / 2;
    } else out.push({ ...run });
  }
  return out.map(({ soft: _soft, ...run }) => run);
}

function pdfRuns(items: readonly PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let line: PdfLine | undefined;
  let boldChars = 0;
  let chars = 0;
  const close = () => {
    if (line && line.text.trim()) {
      line.text = line.text.trim();
      line.bold = boldChars > chars / 2;
      lines.push(line);
    }
    line = undefined;
    boldChars = chars = 0;
  };
  for (const item of items) {
    const count = nonSpace(item.str);
    if (!count) {
      // A space printed as its own piece separates words, but says nothing about where the text ends.
      if (line && item.str) line.text += ' ';
      continue;
    }
    const gap = line ? item.x - line.right : 0;
    const baseline = !!line && Math.abs(item.y - line.y) < Math.max(line.size, item.size) * 0.5;
    const sameLine = baseline && gap > -item.size && gap <= item.size * 0.6;
    const soft = baseline && gap > item.size * 0.6 && gap <= item.size * 2.5;
    if (!sameLine) close();
    if (!line) {
      line = { text: item.str, x: item.x, right: item.x + item.width, y: item.y, size: item.size, bold: false, soft };
    } else {
      const spaced = /\s$/.test(line.text) || /^\s/.test(item.str);
      line.text += !spaced && gap > item.size * 0.15 ? ` ${item.str}` : item.str;
      line.right = Math.max(line.right, item.x + item.width);
      line.size = Math.max(line.size, item.size);
    }
    if (item.bold) boldChars += count;
    chars += count;
  }
  close();
  return lines;
}

/**
 * Table rows put back together. A PDF prints a table cell by cell: a cell's lines run down from the row's top at
 * one left edge, then the next cell starts back at the top, further right. Cells found that way become one line,
 * split by tabs, as the text copies have table rows; a cell's own lines are joined. A "cell" of more than 15 lines
 * is a column of a page laid out in columns, not a table: its lines are kept, one column after the other.
 */
export function pdfRows(lines: readonly PdfLine[]): PdfLine[] {
  const rows: PdfLine[][][] = [];
  for (const line of lines) {
    const row = rows.at(-1);
    const cell = row?.at(-1);
    const last = cell?.at(-1);
    if (!row || !cell || !last) {
      rows.push([[line]]);
    } else if (near(line.y, last.y, line.size * 0.5) && line.x > last.right) {
      // On the same baseline as the run before, to its right: the next cell of that run's row.
      if (cell.length > 1) rows.push([[cell.pop()!], [line]]);
      else row.push([line]);
    } else if (near(line.y, row[0]![0]!.y, line.size * 0.5) && line.x > cell[0]!.x + line.size) {
      row.push([line]);
    } else if (near(line.x, cell[0]!.x, 1) && line.y < last.y && last.y - line.y < line.size * 2.5) {
      cell.push(line);
    } else {
      rows.push([[line]]);
    }
  }
  return rows.flatMap((cells) => {
    if (cells.length < 2 || cells.some((c) => c.length > 15)) return cells.flat();
    const all = cells.flat();
    const text = cells.map((c) => joinLines(c.map((l) => l.text))).join('\t');
    const bold = all.filter((l) => l.bold).reduce((n, l) => n + l.text.length, 0) > text.length / 2;
    return [
      {
        text,
        x: cells[0]![0]!.x,
        right: Math.max(...all.map((l) => l.right)),
        y: cells[0]![0]!.y,
        size: Math.max(...all.map((l) => l.size)),
        bold,
      },
    ];
  });
}

/** Lines of one paragraph or cell as one line: a word broken by a hyphen at the line's end is put back together. */
export function joinLines(lines: readonly string[]): string {
  return lines
    .reduce((joined, l) => (joined.endsWith('-') && /^[a-z]/.test(l) ? joined + l : `${joined} ${l}`), '')
    .trim();
}

/** The body text's size and weight (the size most characters are printed in) and the usual line spacing. */
export function pdfBody(pages: readonly PdfLine[][]): PdfBody {
  const bySize = new Map<number, number>();
  let bold = 0;
  let all = 0;
  const gaps = new Map<number, number[]>();
  for (const lines of pages) {
    lines.forEach((line, i) => {
      const n = nonSpace(line.text);
      bySize.set(sizeKey(line.size), (bySize.get(sizeKey(line.size)) ?? 0) + n);
      all += n;
      if (line.bold) bold += n;
      const before = lines[i - 1];
      if (!before || sizeKey(before.size) !== sizeKey(line.size)) return;
      const gap = before.y - line.y;
      // Lines closer than the font size overlap (a superscript, a second column): not line spacing.
      if (gap < line.size * 0.9 || gap >= line.size * 3) return;
      const list = gaps.get(sizeKey(line.size)) ?? [];
      list.push(gap);
      gaps.set(sizeKey(line.size), list);
    });
  }
  const size = [...bySize].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  // The usual spacing is the smallest that recurs: paragraphs are further apart, never closer. Where even the
  // smallest is wider than text is set (about 1.2 times its size), every line is a paragraph of its own, so the
  // spacing is capped: text set with wider spacing is read line by line rather than run together.
  const pitch = new Map(
    [...gaps].map(([key, list]) => {
      const sorted = list.sort((a, b) => a - b);
      return [key, Math.min(sorted[Math.floor(sorted.length * 0.1)]!, key * 1.4)];
    }),
  );
  const headingSizes = [...bySize.keys()].filter((s) => s >= size * 1.15).sort((a, b) => b - a);
  return { size, bold: bold > all / 2, headingSizes, pitch };
}

// A bullet glyph or a list number starts an item. A hyphen does not: a line may wrap before "- 03/24".
const LIST_ITEM = /^(?:[•▪●◦‣]|\d{1,2}[.)]|[a-z][.)])\s/;

/** Whether a line ran out of room: the next line's first word would not have fitted after it. */
function wrapped(line: PdfLine, next: PdfLine, right: number): boolean {
  const perChar = (next.right - next.x) / Math.max(1, next.text.length);
  const firstWord = next.text.split(/\s/)[0] ?? '';
  return line.right + perChar * (firstWord.length + 1) >= right - line.size * 0.5;
}

/** A page's lines joined into paragraphs and headings, one a line, as the text copies have them. */
export function pdfParagraphs(lines: readonly PdfLine[], body: PdfBody): string {
  // The right margin: where the longer lines end (a few wide tables or headers may pass it).
  const rights = lines.map((l) => l.right).sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.9)] ?? 0;
  const out: string[] = [];
  let paragraph: PdfLine[] = [];
  const flush = () => {
    if (!paragraph.length) return;
    const text = joinLines(paragraph.map((l) => l.text));
    const first = paragraph[0]!;
    const words = text.trim().split(/\s+/).length;
    const larger = body.headingSizes.indexOf(sizeKey(first.size));
    const level =
      larger >= 0 ? Math.min(larger + 1, 4) : first.bold && !body.bold && boldParagraphIsHeading(text) ? 4 : 0;
    const heading = level && words <= 30 && !text.includes('\t') && /\p{L}/u.test(text);
    out.push(heading ? `${'#'.repeat(level)} ${text.trim()}` : text.trim());
    paragraph = [];
  };
  lines.forEach((line, i) => {
    const before = lines[i - 1];
    const continues =
      before &&
      paragraph.length > 0 &&
      sizeKey(before.size) === sizeKey(line.size) &&
      !before.text.includes('\t') &&
      !line.text.includes('\t') &&
      !LIST_ITEM.test(line.text) &&
      before.y - line.y > 0 &&
      before.y - line.y <= (body.pitch.get(sizeKey(line.size)) ?? line.size * 1.2) * 1.2 &&
      wrapped(before, line, right);
    if (!continues) flush();
    paragraph.push(line);
  });
  flush();
  return out.join('\n');
}
