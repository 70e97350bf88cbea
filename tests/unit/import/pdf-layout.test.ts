// A PDF page's text rebuilt from where its pieces are printed: lines, table rows, paragraphs and headings.
import { describe, expect, it } from 'vitest';
import {
  pdfBody,
  pdfLines,
  pdfParagraphs,
  pdfRows,
  type PdfLine,
  type PdfTextItem,
} from '../../../scripts/lib/pdf-layout.ts';
import { boldFont } from '../../../scripts/lib/extract-document.ts';

// A serif face at 11 points is about 5 points a character; a page's text runs from x = 50 to x = 500.
const item = (str: string, x: number, y: number, { size = 11, bold = false } = {}): PdfTextItem => ({
  str,
  x,
  y,
  width: str.length * size * 0.45,
  size,
  bold,
});
const FULL = 'The board agreed a new strategy after a long period of consultation with residents and partners, in';
const page = (items: PdfTextItem[]) => {
  const lines = pdfRows(pdfLines(items));
  return pdfParagraphs(lines, pdfBody([lines])).split('\n');
};

describe('lines from pieces', () => {
  it('joins pieces on one baseline, with a space where the gap is a space, and ignores space-only pieces', () => {
    const lines = pdfLines([item('Healthy and', 50, 700), item(' ', 100, 700), item('ready', 104, 700)]);
    expect(lines.map((l) => l.text)).toEqual(['Healthy and ready']);
  });

  it('splits pieces far apart on one baseline, and a narrow gap only where a column starts there', () => {
    const far = pdfLines([item('Day one', 50, 700), item('Day two', 200, 700)]);
    expect(far.map((l) => l.text)).toEqual(['Day one', 'Day two']);
    const narrow = [item('W1', 50, 700), item('We will open two clinics', 72, 700)];
    expect(pdfLines(narrow).map((l) => l.text)).toEqual(['W1 We will open two clinics']);
    expect(pdfLines([...narrow, item('in the north', 72, 687)]).map((l) => l.text)).toEqual([
      'W1',
      'We will open two clinics',
      'in the north',
    ]);
  });

  it('keeps a bullet or section number set apart from its text with it, but not a number in a table', () => {
    const hanging = pdfLines([
      item('•', 50, 700),
      item('A standard way to install', 70, 700),
      item('new information.', 70, 687),
      item('2.1.', 50, 660, { bold: true }),
      item('Directory layout', 90, 660, { bold: true }),
    ]);
    expect(hanging.map((l) => l.text)).toEqual([
      '• A standard way to install',
      'new information.',
      '2.1. Directory layout',
    ]);
    expect(hanging[2]!.bold).toBe(true);
    expect(pdfLines([item('2019', 50, 700), item('45%', 200, 700)]).map((l) => l.text)).toEqual(['2019', '45%']);
    expect(pdfLines([item('–', 50, 700), item('45%', 200, 700)]).map((l) => l.text)).toEqual(['–', '45%']);
  });

  it('knows a bold face by its name', () => {
    expect(boldFont('ABCDEF+Arial-BoldMT')).toBe(true);
    expect(boldFont('ABCDEF+LiberationSerif')).toBe(false);
    expect(boldFont(undefined)).toBe(false);
  });
});

describe('table rows', () => {
  it('puts a row printed cell by cell back on one line, its cells split by tabs', () => {
    const lines = pdfLines([
      item('W1', 50, 700),
      item('We will start a campaign about the', 150, 700),
      item('value of friendship.', 150, 687),
      item('Public health', 400, 700),
      item('team', 400, 687),
      item('After the table.', 50, 660),
    ]);
    expect(pdfRows(lines).map((l) => l.text)).toEqual([
      'W1\tWe will start a campaign about the value of friendship.\tPublic health team',
      'After the table.',
    ]);
  });

  it('keeps the columns of a page laid out in two columns apart, one after the other', () => {
    const column = (x: number, word: string) =>
      Array.from({ length: 20 }, (_, i) => item(`${word} line ${i + 1} of the column`, x, 700 - i * 13));
    const text = pdfRows(pdfLines([...column(50, 'Left'), ...column(300, 'Right')])).map((l) => l.text);
    expect(text).toHaveLength(40);
    expect(text[0]).toBe('Left line 1 of the column');
    expect(text[20]).toBe('Right line 1 of the column');
  });
});

describe('paragraphs and headings', () => {
  it('joins lines that wrapped at the usual spacing, and ends a paragraph at a wider gap or a short line', () => {
    expect(
      page([
        item(FULL, 50, 700),
        item('2023, and it starts now.', 50, 687),
        item('A line on its own', 50, 668),
        item('Another short line', 50, 655),
        item(FULL, 50, 636),
        item('the end.', 50, 623),
      ]),
    ).toEqual([`${FULL} 2023, and it starts now.`, 'A line on its own', 'Another short line', `${FULL} the end.`]);
  });

  it('does not join a full line to the next when they are a paragraph apart', () => {
    expect(page([item(FULL, 50, 700), item(FULL, 50, 687), item(FULL, 50, 668)])).toEqual([`${FULL} ${FULL}`, FULL]);
  });

  it('keeps lines apart that are all spaced wider than text is set, even when they are all about as long', () => {
    const lines = [1, 2, 3, 4].map((n) => `Background paragraph ${n} describes the borough and its people.`);
    expect(page(lines.map((l, i) => item(l, 50, 700 - i * 19)))).toEqual(lines);
  });

  it('starts a list item at a bullet or number, but not at a hyphen the line wrapped before', () => {
    expect(page([item(FULL, 50, 700), item('• Second item', 50, 687)])).toEqual([FULL, '• Second item']);
    expect(page([item(FULL, 50, 700), item('- 03/24 and ongoing)', 50, 687)])).toEqual([
      `${FULL} - 03/24 and ongoing)`,
    ]);
  });

  it('puts a word broken by a hyphen back together', () => {
    expect(page([item(`${FULL} well-`, 30, 700), item('being.', 30, 687)])).toEqual([`${FULL} well-being.`]);
  });

  it('marks larger text as a heading by its size, the largest as level 1', () => {
    const text = page([
      item('Fernley strategy', 50, 760, { size: 20 }),
      item('Healthy and ready for school', 50, 730, { size: 14 }),
      item(FULL, 50, 700),
      item('2023.', 50, 687),
    ]);
    expect(text).toEqual(['# Fernley strategy', '## Healthy and ready for school', `${FULL} 2023.`]);
  });

  it('marks a short bold paragraph as a heading, but not a bold sentence or a larger long passage', () => {
    const text = page([
      item('Start well', 50, 760, { bold: true }),
      item('Our birth rate was the highest in England.', 50, 740, { bold: true }),
      item(FULL, 50, 720),
      item('2023.', 50, 707),
      // A passage of 48 words printed larger, across the page: a quotation, not a heading.
      ...[680, 663, 646].map((y) => item(Array.from({ length: 16 }, () => 'word').join(' '), 50, y, { size: 14 })),
    ]);
    expect(text.slice(0, 3)).toEqual([
      '#### Start well',
      'Our birth rate was the highest in England.',
      `${FULL} 2023.`,
    ]);
    expect(text).toHaveLength(4);
    expect(text[3]).not.toMatch(/^#/);
  });

  it('learns the body size and usual line spacing from the whole document', () => {
    const lines: PdfLine[] = pdfLines([
      item('Big', 50, 760, { size: 18 }),
      item(FULL, 50, 700),
      item(FULL, 50, 687),
      item(FULL, 50, 674),
      item(FULL, 50, 655),
    ]);
    const body = pdfBody([lines]);
    expect(body).toMatchObject({ size: 11, bold: false, headingSizes: [18] });
    expect(body.pitch.get(11)).toBe(13);
  });
});
