// Word files keep their page breaks and tables; PDF lines are joined back into paragraphs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Document, Packer, PageBreak, Paragraph, Table, TableCell, TableRow } from 'docx';
import { extractDocument, reflowPdfPage } from '../../../scripts/lib/extract-document.ts';
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

  it('refuses an old .doc file with what to do instead', async () => {
    const path = join(dir, 'old.doc');
    writeFileSync(path, 'x');
    await expect(extractDocument(path)).rejects.toThrow(/save it as \.docx/);
  });
});

describe('reflowing a PDF page', () => {
  it('joins lines that wrapped and keeps headings and short last lines apart', () => {
    const page = [
      'The board agreed a new strategy for the borough after a long period of',
      'consultation with residents, partners and the voluntary sector in 2023.',
      'Healthy and ready for school',
      'Children who are ready for school do better later in life, and the gap',
      'is wide.',
    ].join('\n');
    expect(reflowPdfPage(page).split('\n')).toEqual([
      'The board agreed a new strategy for the borough after a long period of consultation with residents, partners and the voluntary sector in 2023.',
      'Healthy and ready for school',
      'Children who are ready for school do better later in life, and the gap is wide.',
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
