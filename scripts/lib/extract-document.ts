// Read a council's document as text, page by page: PDF (unpdf, Mozilla's pdf.js underneath), Word .docx (mammoth)
// or plain text. Word files have no fixed pages: their explicit page breaks are kept, and a file without any says
// so (`pagesKnown: false`), so the importer never cites a page it cannot know.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { PAGE_BREAK, splitPages } from '../../src/lib/import/text-copy.ts';

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

/**
 * A PDF gives one line per printed line, so a paragraph arrives broken wherever it wrapped. A line about as long as
 * the page's full lines wrapped; it is joined to the next. Short lines (headings, a paragraph's last line) end there.
 */
export function reflowPdfPage(page: string): string {
  const lines = page.split('\n');
  const lengths = lines
    .map((l) => l.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const full = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  const out: string[] = [];
  let paragraph = '';
  const looksLikeHeading = (line: string | undefined) =>
    !!line && line.trim().length < full * 0.6 && !/[.,;:]$/.test(line.trim());
  lines.forEach((line, i) => {
    const text = line.trim();
    paragraph = paragraph ? `${paragraph}${paragraph.endsWith('-') && /^[a-z]/.test(text) ? '' : ' '}${text}` : text;
    // A full-width line wrapped, unless it ends a sentence and a short line like a heading follows.
    const ends =
      !text || text.length < full * 0.8 || full < 40 || (/[.!?:)"”]$/.test(text) && looksLikeHeading(lines[i + 1]));
    if (ends) {
      if (paragraph.trim()) out.push(paragraph.trim());
      paragraph = '';
    }
  });
  if (paragraph.trim()) out.push(paragraph.trim());
  return out.join('\n');
}

async function readPdf(buffer: Buffer): Promise<ExtractedDocument> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(pdf, { mergePages: false });
  return { pages: text.map((t) => reflowPdfPage(t.replace(/\r\n?/g, '\n'))), pagesKnown: true, format: 'pdf' };
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
