// PDF and Word versions of the plain-text source documents, for the importer's benchmark and tests: the PDF is the
// text printed by Chromium (so it wraps and breaks pages as a real PDF does), the Word file is built with the
// docx library (headings as Word headings, tab-separated rows as tables, page breaks every 60 lines).
import { writeFileSync } from 'node:fs';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { escapeMarkup } from '../../src/lib/escape.ts';
import { launchChromium } from '../../tests/helpers/browser.ts';

/** Print each text to a PDF file (one browser for all). */
export async function printPdfs(documents: { text: string; path: string }[]): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    for (const { text, path } of documents) {
      const body = text
        .split('\n')
        .map((line) => (line.trim() ? `<p>${escapeMarkup(line.replace(/<\/?[a-z][^>]*>/gi, ''))}</p>` : ''))
        .join('\n');
      await page.setContent(
        `<!doctype html><meta charset="utf-8"><style>body{font:11pt serif;margin:0}p{margin:0 0 6pt}</style>${body}`,
      );
      writeFileSync(
        path,
        await page.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' } }),
      );
    }
  } finally {
    await browser.close();
  }
}

/** A Word file of a text: "#" lines as headings, tab-separated lines as table rows, a page break every 60 lines. */
export async function writeDocx(text: string, path: string): Promise<void> {
  const children: (Paragraph | Table)[] = [];
  let rows: TableRow[] = [];
  const endTable = () => {
    if (rows.length) children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
    rows = [];
  };
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/<\/?[a-z][^>]*>/gi, '');
    if (i > 0 && i % 60 === 0) {
      endTable();
      children.push(new Paragraph({ children: [new PageBreak()] }));
    }
    if (line.includes('\t')) {
      rows.push(
        new TableRow({
          children: line.split('\t').map((cell) => new TableCell({ children: [new Paragraph(cell.trim())] })),
        }),
      );
      return;
    }
    endTable();
    if (!line.trim()) return;
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) {
      const level = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4][
        heading[1]!.length - 1
      ];
      children.push(new Paragraph({ heading: level, children: [new TextRun(heading[2]!.replace(/\*\*/g, ''))] }));
    } else {
      children.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun(line)] }));
    }
  });
  endTable();
  writeFileSync(path, await Packer.toBuffer(new Document({ sections: [{ children }] })));
}
