// "On this page" lists: which pages need one, and what it lists. A page's main content is measured in TypeScript
// (an estimate of its height on a 360 px phone, from its text, blocks and charts), so the decision works for any
// page type and any number of places; the browser crawl checks the estimate against real heights.
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

/** One phone screen: 360 by 740 CSS pixels. */
export const SCREEN_HEIGHT = 740;
/** Pages longer than this many screens get an "On this page" list. */
export const CONTENTS_AFTER_SCREENS = 8;
/** No reading page may be longer than this many screens. */
export const MAX_SCREENS = 25;

/** Rough layout figures for 360 px: about 36 characters a line at 16 px system sans-serif, 24 px a line. */
const CHARS_PER_LINE = 36;
const LINE = 24;
const BLOCK_GAP = 14;
const CHART = 260;
/** The header, navigation, breadcrumbs and footer around the main content. */
const PAGE_CHROME = 900;
/** Estimates err on the side of a list: a page estimated above this share of the limit gets one. */
const SAFETY = 0.75;

const BLOCKS = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'dt',
  'dd',
  'tr',
  'summary',
  'figcaption',
  'caption',
  'blockquote',
  'pre',
]);

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const isElement = (node: Node): node is Element => 'tagName' in node;

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (!isElement(node) || node.tagName === 'svg') return '';
  return node.childNodes.map(textOf).join('');
}

/** Estimated height in CSS pixels of `html` (the page's main content) on a 360 px screen, plus the page's chrome. */
export function estimateHeight(html: string): number {
  let height = PAGE_CHROME;
  const visit = (node: Node): void => {
    if (!isElement(node)) return;
    const cls = attr(node, 'class') ?? '';
    if (
      cls.includes('visually-hidden') ||
      node.tagName === 'script' ||
      node.tagName === 'template' ||
      node.tagName === 'style'
    )
      return;
    if (node.tagName === 'svg') {
      height += CHART;
      return;
    }
    if (node.tagName === 'details' && attr(node, 'open') === undefined) {
      const summary = node.childNodes.find((c) => isElement(c) && c.tagName === 'summary');
      if (summary) visit(summary);
      return;
    }
    if (
      BLOCKS.has(node.tagName) &&
      !node.childNodes.some(
        (c) => isElement(c) && (BLOCKS.has(c.tagName) || ['ul', 'ol', 'table', 'dl'].includes(c.tagName)),
      )
    ) {
      const chars = textOf(node).replace(/\s+/g, ' ').trim().length;
      height += Math.max(1, Math.ceil(chars / CHARS_PER_LINE)) * LINE + BLOCK_GAP;
      return;
    }
    node.childNodes.forEach(visit);
  };
  parseFragment(html).childNodes.forEach(visit);
  return height;
}

/** Estimated height in screens. */
export const estimateScreens = (html: string) => estimateHeight(html) / SCREEN_HEIGHT;

export interface ContentsEntry {
  id: string;
  label: string;
}

/** The page's second-level headings, in order, with the id each has or will be given. */
function headings(html: string, level: 'h2' | 'h3'): { id: string | undefined; label: string }[] {
  const found: { id: string | undefined; label: string }[] = [];
  const visit = (node: Node): void => {
    if (!isElement(node)) return;
    if (node.tagName === level) {
      if (!(attr(node, 'class') ?? '').includes('visually-hidden'))
        found.push({ id: attr(node, 'id'), label: textOf(node).replace(/\s+/g, ' ').trim() });
      else found.push({ id: attr(node, 'id'), label: '' });
      return;
    }
    if (node.tagName === 'template') return;
    node.childNodes.forEach(visit);
  };
  parseFragment(html).childNodes.forEach(visit);
  return found;
}

const slugify = (label: string) =>
  label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'section';

/**
 * For a page's main content: the "On this page" entries when the page is long enough to need them (at least two
 * second-level headings, or else two third-level ones), and the content with an id added to every listed heading that lacks one (ids already on
 * the page are never changed, so existing links keep working).
 */
export function pageContents(html: string): { html: string; entries: ContentsEntry[] } {
  if (estimateScreens(html) <= CONTENTS_AFTER_SCREENS * SAFETY) return { html, entries: [] };
  // A page with a single section lists its subsections instead.
  const level = headings(html, 'h2').filter((h) => h.label).length >= 2 ? 'h2' : 'h3';
  const found = headings(html, level);
  if (found.filter((h) => h.label).length < 2) return { html, entries: [] };
  const taken = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  const ids = found.map((h) => {
    if (h.id) return h.id;
    const base = `section-${slugify(h.label)}`;
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
  let index = 0;
  const withIds = html.replace(
    level === 'h2' ? /<h2(\s[^>]*)?>/g : /<h3(\s[^>]*)?>/g,
    (tag, attrs: string | undefined) => {
      const id = ids[index++];
      if (attrs && /\sid=/.test(attrs)) return tag;
      return `<${level} id="${id}"${attrs ?? ''}>`;
    },
  );
  return { html: withIds, entries: found.flatMap((h, i) => (h.label ? [{ id: ids[i]!, label: h.label }] : [])) };
}
