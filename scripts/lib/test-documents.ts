// PDF and Word versions of the plain-text source documents, for the importer's benchmark and tests: the PDF is the
// text printed by Chromium (so it wraps and breaks pages as a real PDF does), the Word file is built with the
// docx library (page breaks every 60 lines). In both, the text is printed as a council's document prints it: "#"
// lines as headings (larger and bold), "**" spans in bold, tab-separated lines as the rows of a table.
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

const HEADING = /^(#{1,4})\s+(.*)$/;

/** A line's runs of plain and bold text ("**" marks bold; a mark without its partner stays as printed). */
export function boldRuns(line: string): { text: string; bold: boolean }[] {
  const runs: { text: string; bold: boolean }[] = [];
  let at = 0;
  for (const m of line.matchAll(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g)) {
    if (m.index > at) runs.push({ text: line.slice(at, m.index), bold: false });
    runs.push({ text: m[1]!, bold: true });
    at = m.index + m[0].length;
  }
  if (at < line.length) runs.push({ text: line.slice(at), bold: false });
  return runs;
}

const withoutTags = (line: string) => line.replace(/<\/?[a-z][^>]*>/gi, '');

/** Print each text to a PDF file (one browser for all). */
export async function printPdfs(documents: { text: string; path: string }[]): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    for (const { text, path } of documents) {
      const html = (line: string) =>
        boldRuns(line)
          .map((r) => (r.bold ? `<strong>${escapeMarkup(r.text)}</strong>` : escapeMarkup(r.text)))
          .join('');
      let table = false;
      const body = text.split('\n').flatMap((raw) => {
        const line = withoutTags(raw);
        // Tab-separated lines are the rows of a table, as in the Word file.
        const row = line.includes('\t')
          ? `<tr>${line
              .split('\t')
              .map((c) => `<td>${html(c.trim())}</td>`)
              .join('')}</tr>`
          : '';
        const out = [...(table && !row ? ['</table>'] : []), ...(!table && row ? ['<table>'] : [])];
        table = !!row;
        if (row) return [...out, row];
        if (!line.trim()) return out;
        const heading = HEADING.exec(line);
        const level = heading?.[1]!.length;
        return [
          ...out,
          heading ? `<h${level}>${html(heading[2]!.replace(/\*\*/g, ''))}</h${level}>` : `<p>${html(line)}</p>`,
        ];
      });
      if (table) body.push('</table>');
      await page.setContent(
        `<!doctype html><meta charset="utf-8"><style>body{font:11pt serif;margin:0}p{margin:0 0 6pt}` +
          `h1,h2,h3,h4{margin:12pt 0 6pt}h1{font-size:18pt}h2{font-size:15pt}h3{font-size:13pt}h4{font-size:11pt}` +
          `table{border-collapse:collapse;width:100%;margin:0 0 6pt}td{border:1px solid;vertical-align:top;padding:2pt 4pt}` +
          `</style>${body.join('\n')}`,
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
    const line = withoutTags(raw);
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
    const heading = HEADING.exec(line);
    if (heading) {
      const level = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4][
        heading[1]!.length - 1
      ];
      children.push(new Paragraph({ heading: level, children: [new TextRun(heading[2]!.replace(/\*\*/g, ''))] }));
    } else {
      children.push(
        new Paragraph({
          alignment: AlignmentType.LEFT,
          children: boldRuns(line).map((r) => new TextRun({ text: r.text, bold: r.bold })),
        }),
      );
    }
  });
  endTable();
  writeFileSync(path, await Packer.toBuffer(new Document({ sections: [{ children }] })));
}
