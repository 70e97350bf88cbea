// Read a council's document as text, page by page: PDF (unpdf, Mozilla's pdf.js underneath, laid out by
// pdf-layout.ts), Word .docx (mammoth)
// or plain text. Word files have no fixed pages: their explicit page breaks are kept, and a file without any says
// so (`pagesKnown: false`), so the importer never cites a page it cannot know.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { boldParagraphIsHeading } from '../../src/lib/import/candidates.ts';
import { PAGE_BREAK, splitPages } from '../../src/lib/import/text-copy.ts';
import { pdfBody, pdfLines, pdfParagraphs, pdfRows, type PdfLine, type PdfTextItem } from './pdf-layout.ts';

export interface ExtractedDocument {
  pages: string[];
  /** False for a Word file with no page breaks: every line is then "page not known". */
  pagesKnown: boolean;
  format: 'pdf' | 'docx' | 'text';
}

const PAGE_MARK = '\u2042hws-page-break\u2042';
type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['documentFragment'];

/** Text of Word's HTML: one line per paragraph, heading or list item; table cells joined by tabs, as the text copies have. */
function htmlToText(html: string): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) lines.push(current.replace(/[ \t]+$/, ''));
    current = '';
  };
  const textOf = (node: Node): string =>
    node.nodeName === '#text'
      ? (node as DefaultTreeAdapterMap['textNode']).value
      : ('childNodes' in node ? node.childNodes : []).map((c) => ` ${textOf(c)} `).join('');
  const nonSpace = (s: string) => s.replace(/\s/g, '').length;
  const boldText = (node: Node): string =>
    /^(strong|b)$/.test(node.nodeName)
      ? textOf(node)
      : ('childNodes' in node ? node.childNodes : []).map((c) => boldText(c)).join('');
  const allBold = (node: Node) => nonSpace(textOf(node)) > 0 && nonSpace(boldText(node)) === nonSpace(textOf(node));
  const walk = (node: Node) => {
    if (node.nodeName === '#text') {
      current += (node as DefaultTreeAdapterMap['textNode']).value.replace(/\s+/g, ' ');
      return;
    }
    const name = node.nodeName;
    const children = 'childNodes' in node ? node.childNodes : [];
    if (name === 'tr') {
      // A table row is one line, its cells split by tabs.
      flush();
      lines.push(children.map((cell) => textOf(cell).replace(/\s+/g, ' ').trim()).join('\t'));
      return;
    }
    const block = /^(p|h[1-6]|li|table|ul|ol|div)$/.test(name);
    if (block) flush();
    if (name === 'br') current += ' ';
    if (/^h[1-6]$/.test(name)) current += `${'#'.repeat(Number(name[1]))} `;
    // A paragraph wholly in bold is a heading when it reads as one (Word files often make headings that way).
    if (name === 'p' && allBold(node) && boldParagraphIsHeading(textOf(node).replace(/\s+/g, ' '))) current += '#### ';
    if (name === 'li') current += '- ';
    children.forEach(walk);
    if (block) flush();
  };
  walk(parseFragment(html));
  flush();
  return lines.join('\n').replaceAll(PAGE_MARK, `\n${PAGE_BREAK}\n`);
}

async function readDocx(buffer: Buffer): Promise<ExtractedDocument> {
  const mammoth = (await import('mammoth')).default;
  let breaks = 0;
  // Page breaks become a marker run, so the text keeps them; everything else converts as Word styled it.
  const markBreaks = (element: { type: string; breakType?: string; children?: unknown[] }): unknown => {
    if (element.type === 'break' && element.breakType === 'page') {
      breaks++;
      return { type: 'run', children: [{ type: 'text', value: PAGE_MARK }] };
    }
    if (element.children) element.children = element.children.map((c) => markBreaks(c as never));
    return element;
  };
  const { value } = await mammoth.convertToHtml({ buffer }, { transformDocument: markBreaks as never });
  const pages = splitPages(htmlToText(value)).map((p) => p.replace(/^\n+|\n+$/g, ''));
  return { pages, pagesKnown: breaks > 0, format: 'docx' };
}

/** Whether a PDF font is a bold face, from its name ("ABCDEF+Arial-BoldMT"). */
export const boldFont = (name: string | undefined) => !!name && /bold|black|heavy|semibold|demi/i.test(name);

async function readPdf(buffer: Buffer): Promise<ExtractedDocument> {
  const { getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const pages: PdfLine[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    // The fonts' names (which say whether a face is bold) are known once the page's drawing has been read.
    await page.getOperatorList();
    const bold = new Map<string, boolean>();
    const isBold = (font: string) => {
      if (!bold.has(font)) {
        let name: string | undefined;
        try {
          name = (page.commonObjs.get(font) as { name?: string } | undefined)?.name;
        } catch {
          name = undefined;
        }
        bold.set(font, boldFont(name));
      }
      return bold.get(font)!;
    };
    const items: PdfTextItem[] = content.items.flatMap((item) =>
      'str' in item
        ? [
            {
              str: item.str,
              x: item.transform[4] as number,
              y: item.transform[5] as number,
              width: item.width,
              size: Math.hypot(item.transform[2] as number, item.transform[3] as number) || item.height,
              bold: isBold(item.fontName),
            },
          ]
        : [],
    );
    pages.push(pdfRows(pdfLines(items)));
    page.cleanup();
  }
  const body = pdfBody(pages);
  return { pages: pages.map((lines) => pdfParagraphs(lines, body)), pagesKnown: true, format: 'pdf' };
}

/** Read a .pdf, .docx or text file into pages. */
export async function extractDocument(path: string): Promise<ExtractedDocument> {
  const ext = extname(path).toLowerCase();
  const buffer = readFileSync(path);
  if (ext === '.pdf') return readPdf(buffer);
  if (ext === '.docx') return readDocx(buffer);
  if (ext === '.doc')
    throw new Error(
      `${path}: old Word (.doc) files cannot be read. Open it in Word and save it as .docx, or save it as PDF.`,
    );
  const text = buffer.toString('utf8');
  return { pages: splitPages(text), pagesKnown: text.includes(PAGE_BREAK), format: 'text' };
}
