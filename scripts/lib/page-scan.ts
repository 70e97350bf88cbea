// One built page, parsed with parse5 (the HTML standard's parsing rules, so the gate sees the elements
// and attribute values a browser would, never text inside an attribute or a comment): its ids, its
// links, and any markup a page of this site must not carry (scripts outside the allow-list, event
// handler attributes, meta refresh, frames and plugins, off-site resources, javascript:/data: URLs,
// inline styles, and scripting inside inline SVG).
import { parse, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { DANGEROUS_SCHEMES, isOffSite, isProtocolRelative, srcsetUrls, urlScheme } from './url-safety.ts';

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

const SVG_NS = 'http://www.w3.org/2000/svg';
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** A script the site itself ships, allowed on one page only. */
export interface ScriptAllowance {
  /** The web path of the page, e.g. "/search/", or a pattern for a family of pages. */
  page: string | RegExp;
  /** The script's src exactly, or a pattern for a content-hashed name. */
  src: string | RegExp;
  /** The script's type attribute, when it has one ("module"). */
  type?: string;
}

export interface ScanContext {
  /** The page's web path, e.g. "/strategies/camden-2022-30/". */
  path: string;
  siteOrigin: string;
  scripts: readonly ScriptAllowance[];
  /** Where the build's redirect map sends this address, when the page is one of its redirect pages. */
  redirectTo?: string;
}

export interface PageLink {
  url: string;
  /** True for a link a reader follows (<a>, <area>, SVG <a>); false for a resource or form target. */
  anchor: boolean;
  /** The link's text, for <a>. */
  text: string;
  rel: string;
}

export interface MarkupProblem {
  line?: number;
  message: string;
}

export interface PageScan {
  ids: Set<string>;
  links: PageLink[];
  problems: MarkupProblem[];
  /** The href of <link rel="canonical">, if any. */
  canonical?: string;
}

/** Elements that embed another document, a plugin or change every relative URL: never in a page. */
const FORBIDDEN_ELEMENTS = new Set([
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'portal',
  'foreignobject',
]);

/** Attributes holding one URL. */
const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'action',
  'formaction',
  'poster',
  'data',
  'background',
  'manifest',
  'cite',
  'longdesc',
]);
/** Attributes holding several URLs. */
const URL_LIST_ATTRIBUTES = new Set(['srcset', 'imagesrcset', 'ping']);
/** URL attributes a reader's browser never fetches by itself (it follows them only when clicked, or never). */
const NAVIGATION_ONLY = new Set(['cite', 'longdesc']);
/** <link rel> keywords that do not make the browser fetch anything; any other keyword may. */
const NON_FETCHING_RELS = new Set([
  'alternate',
  'author',
  'bookmark',
  'canonical',
  'external',
  'help',
  'license',
  'me',
  'next',
  'nofollow',
  'noopener',
  'noreferrer',
  'opener',
  'prev',
  'search',
  'tag',
]);
/** SVG animation elements, which can set an attribute such as href to a javascript: URL. */
const SVG_ANIMATIONS = new Set(['set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor']);

const attributeName = (attr: { name: string; prefix?: string }) =>
  (attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name).toLowerCase();

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => attributeName(a) === name)?.value;
}

function textOf(node: ParentNode): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeName === '#text') text += (child as DefaultTreeAdapterTypes.TextNode).value;
    else if ('childNodes' in child) text += textOf(child);
  }
  return text;
}

/** `<tag attr="value">` for messages, long values shortened. */
function describe(el: Element, name?: string, value?: string): string {
  if (name === undefined) return `<${el.tagName}>`;
  const shown = value === undefined ? '' : `="${value.length > 80 ? `${value.slice(0, 77)}...` : value}"`;
  return `<${el.tagName} ${name}${shown}>`;
}

/** The URL a meta refresh sends the reader to ("0; url=/x/" -> "/x/"), as browsers read the content attribute. */
export function refreshTarget(content: string): string | undefined {
  const match = /^\s*[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?(.*)$/is.exec(content);
  let url = match?.[1]?.trim() ?? '';
  const quote = url[0];
  if (quote === '"' || quote === "'") {
    url = url.slice(1);
    const end = url.indexOf(quote);
    if (end >= 0) url = url.slice(0, end);
  }
  return url || undefined;
}

function scriptAllowed(el: Element, context: ScanContext): boolean {
  const src = attr(el, 'src');
  if (src === undefined) return false;
  const others = el.attrs.map(attributeName).filter((n) => n !== 'src' && n !== 'type');
  if (others.length) return false;
  const type = attr(el, 'type');
  return context.scripts.some(
    (allowed) =>
      (typeof allowed.page === 'string' ? allowed.page === context.path : allowed.page.test(context.path)) &&
      type === allowed.type &&
      (typeof allowed.src === 'string' ? src === allowed.src : allowed.src.test(src)),
  );
}

/** Parse one page (or a standalone .svg file) and report its ids, links and unsafe markup. */
export function scanPage(text: string, context: ScanContext, kind: 'html' | 'svg' = 'html'): PageScan {
  const root =
    kind === 'html'
      ? parse(text, { sourceCodeLocationInfo: true })
      : parseFragment(text, { sourceCodeLocationInfo: true });
  const scan: PageScan = { ids: new Set(), links: [], problems: [] };
  const refuse = (el: Element, message: string) =>
    scan.problems.push({ line: el.sourceCodeLocation?.startLine, message });

  const checkUrl = (el: Element, name: string, url: string, navigational: boolean) => {
    const scheme = urlScheme(url);
    if (scheme && DANGEROUS_SCHEMES.has(scheme))
      refuse(el, `${describe(el, name, url)}: ${scheme}: URLs are not allowed`);
    else if (isProtocolRelative(url))
      refuse(
        el,
        `${describe(el, name, url)}: protocol-relative URL (starts with //); write the full https:// address, or a path on this site`,
      );
    else if (!navigational && isOffSite(url, context.path, context.siteOrigin))
      refuse(
        el,
        `${describe(el, name, url)}: loads something from another site; pages may only load files from this site`,
      );
  };

  const visit = (el: Element) => {
    const name = el.tagName.toLowerCase();
    const svg = el.namespaceURI === SVG_NS;
    const html = el.namespaceURI === HTML_NS;

    if (name === 'script') {
      if (svg) refuse(el, '<script> inside SVG is not allowed');
      else if (textOf(el).trim()) refuse(el, 'inline <script> (a script with content) is not allowed');
      else if (!scriptAllowed(el, context))
        refuse(
          el,
          `${describe(el, 'src', attr(el, 'src'))} is not on the gate's allow-list of scripts for ${context.path}`,
        );
    }
    if (FORBIDDEN_ELEMENTS.has(name)) refuse(el, `${describe(el)} is not allowed`);
    if (name === 'style')
      refuse(
        el,
        '<style> is not allowed: styles come from the site’s stylesheet (the Content-Security-Policy forbids inline styles)',
      );
    if (html && name === 'meta' && attr(el, 'http-equiv')?.trim().toLowerCase() === 'refresh') {
      const target = refreshTarget(attr(el, 'content') ?? '');
      if (context.redirectTo === undefined)
        refuse(
          el,
          `<meta http-equiv="refresh"> is only allowed on the redirect pages the build writes, and ${context.path} is not one`,
        );
      else if (target !== context.redirectTo)
        refuse(
          el,
          `<meta http-equiv="refresh"> goes to ${target ?? 'nowhere'}, but the build's redirect map sends ${context.path} to ${context.redirectTo}`,
        );
    }
    if (svg && SVG_ANIMATIONS.has(name) && /^(xlink:)?href$/i.test(attr(el, 'attributename')?.trim() ?? '')) {
      refuse(el, `${describe(el)} may not change a link (attributeName="${attr(el, 'attributename')}")`);
    }

    const rel = attr(el, 'rel') ?? '';
    const anchor = (html && (name === 'a' || name === 'area')) || (svg && name === 'a');
    const relFetches =
      rel
        .toLowerCase()
        .split(/\s+/)
        .some((r) => r && !NON_FETCHING_RELS.has(r)) ||
      (name === 'link' && !rel.trim());
    for (const a of el.attrs) {
      const key = attributeName(a);
      if (key.startsWith('on')) refuse(el, `${describe(el, key)}: event handler attributes (on...=) are not allowed`);
      if (key === 'style')
        refuse(
          el,
          `${describe(el, 'style')}: inline styles are not allowed (the Content-Security-Policy forbids them)`,
        );
      if (key === 'id') scan.ids.add(a.value);
      if (key === 'name' && html && name === 'a') scan.ids.add(a.value);
      const urls = URL_ATTRIBUTES.has(key)
        ? [a.value]
        : URL_LIST_ATTRIBUTES.has(key)
          ? key === 'ping'
            ? a.value.split(/\s+/).filter(Boolean)
            : srcsetUrls(a.value)
          : [];
      for (const url of urls) {
        const isHref = key === 'href' || key === 'xlink:href';
        const navigational = NAVIGATION_ONLY.has(key) || (isHref && (anchor || (name === 'link' && !relFetches)));
        checkUrl(el, key, url, navigational);
        if (key === 'ping' || NAVIGATION_ONLY.has(key) || key === 'data' || key === 'background' || key === 'manifest')
          continue;
        scan.links.push({ url, anchor: anchor && isHref, text: anchor ? textOf(el) : '', rel });
      }
    }
    if (html && name === 'link' && rel.toLowerCase().split(/\s+/).includes('canonical'))
      scan.canonical ??= attr(el, 'href');
  };

  const walk = (node: ParentNode, lineOffset: number) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      if (lineOffset && child.sourceCodeLocation) child.sourceCodeLocation.startLine += lineOffset;
      visit(child);
      walk(child, lineOffset);
      // A <template>'s markup lives in its content fragment: check it too.
      if ('content' in child) walk(child.content as ParentNode, lineOffset);
      // With scripting on (as parsed here), <noscript> holds text; a browser with JavaScript off reads
      // that text as markup, so check it read that way too.
      if (child.tagName === 'noscript') {
        const inner = textOf(child);
        if (inner.trim())
          walk(
            parseFragment(inner, { scriptingEnabled: false, sourceCodeLocationInfo: true }),
            lineOffset + (child.sourceCodeLocation?.startLine ?? 1) - 1,
          );
      }
    }
  };
  walk(root, 0);
  return scan;
}
