// Word files keep their page breaks, tables and headings; a PDF's lines are laid out again from where they are printed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Document, HeadingLevel, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { extractDocument } from '../../../scripts/lib/extract-document.ts';
import { carriedBy, missingFromContent } from '../../../src/lib/import/coverage.ts';
import { findCandidates } from '../../../src/lib/import/candidates.ts';

const dir = mkdtempSync(join(tmpdir(), 'hws-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function docx(children: (Paragraph | Table)[]): Promise<string> {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.docx`);
  writeFileSync(path, await Packer.toBuffer(new Document({ sections: [{ children }] })));
  return path;
}

describe('reading a Word file', () => {
  it('keeps its page breaks as pages', async () => {
    const path = await docx([
      new Paragraph('Page one says 66.4%.'),
      new Paragraph({ children: [new PageBreak()] }),
      new Paragraph('Page two: we will act.'),
    ]);
    const read = await extractDocument(path);
    expect(read).toMatchObject({ format: 'docx', pagesKnown: true });
    expect(read.pages.map((p) => p.trim())).toEqual(['Page one says 66.4%.', 'Page two: we will act.']);
  });

  it('says its pages are not known when it has no page breaks', async () => {
    const read = await extractDocument(await docx([new Paragraph('One page only.')]));
    expect(read.pagesKnown).toBe(false);
  });

  it('turns a table row into one line with its cells split by tabs', async () => {
    const row = (cells: string[]) =>
      new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
    const read = await extractDocument(
      await docx([
        new Table({ rows: [row(['Action', 'Lead']), row(['Develop training sessions for staff', 'Public health'])] }),
      ]),
    );
    expect(read.pages[0]).toContain('Develop training sessions for staff\tPublic health');
  });

  it('marks Word headings, and a short paragraph wholly in bold, as headings; not a bold sentence or a bold word', async () => {
    const bold = (text: string) => new TextRun({ text, bold: true });
    const read = await extractDocument(
      await docx([
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Healthy and ready for school')] }),
        new Paragraph({ children: [bold('Start well')] }),
        new Paragraph({ children: [bold('Our birth rate was the highest in England.')] }),
        new Paragraph({ children: [bold('Core20:'), new TextRun(' the most deprived 20% of the population')] }),
      ]),
    );
    expect(read.pages[0]!.split('\n')).toEqual([
      '## Healthy and ready for school',
      '#### Start well',
      'Our birth rate was the highest in England.',
      'Core20: the most deprived 20% of the population',
    ]);
  });

  it('refuses an old .doc file with what to do instead', async () => {
    const path = join(dir, 'old.doc');
    writeFileSync(path, 'x');
    await expect(extractDocument(path)).rejects.toThrow(/save it as \.docx/);
  });
});

/** A one-page PDF written by hand: each entry is printed in Helvetica (or Helvetica-Bold) at its size and place. */
function handMadePdf(texts: { text: string; x: number; y: number; size: number; bold?: boolean }[]): string {
  const stream = texts
    .map((t) => `BT /${t.bold ? 'F2' : 'F1'} ${t.size} Tf ${t.x} ${t.y} Td (${t.text}) Tj ET`)
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const path = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(path, pdf, 'latin1');
  return path;
}

describe('reading a PDF', () => {
  it('marks larger and bold headings, and puts a table row printed cell by cell on one line', async () => {
    const read = await extractDocument(
      handMadePdf([
        { text: 'Fernley Strategy 2024-29', x: 50, y: 780, size: 20 },
        { text: 'Start well', x: 50, y: 740, size: 11, bold: true },
        { text: 'We will offer every family a health visit.', x: 50, y: 720, size: 11 },
        { text: 'W1', x: 50, y: 690, size: 11 },
        { text: 'We will open two clinics', x: 150, y: 690, size: 11 },
        { text: 'in the north.', x: 150, y: 677, size: 11 },
      ]),
    );
    expect(read).toMatchObject({ format: 'pdf', pagesKnown: true });
    expect(read.pages[0]!.split('\n')).toEqual([
      '# Fernley Strategy 2024-29',
      '#### Start well',
      'We will offer every family a health visit.',
      'W1\tWe will open two clinics in the north.',
    ]);
  });
});

describe('coverage', () => {
  it('lists the figures and "we will" statements that the content does not carry', () => {
    const candidates = findCandidates(
      'Title of it 2024-29\nIn 2022 12.5% of adults smoked, against 13.1% in England.\nWe will open two new clinics.\nWe will train every nurse.\n',
    );
    const missing = missingFromContent(
      candidates,
      carriedBy({ values: [{ value: 12.5 }], actions: [{ what: 'We will open two new clinics.' }] }),
    );
    expect(missing.figures.map((f) => f.printed)).toEqual(['13.1%']);
    expect(missing.statements.map((s) => s.text)).toEqual(['We will train every nurse.']);
  });
});
