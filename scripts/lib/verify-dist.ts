// The pre-publish checks over a built dist/ folder, as pure functions over file lists and text:
// internal links and #anchors resolve, external links are marked, sitemap pages exist, no
// expected page has gone, and Pagefind's entry file points at files that exist.

import { EXTERNAL_LINK_TEXT } from '../../src/i18n/en.ts';

/** The web path of a built file: "about/index.html" -> "/about/", "404.html" -> "/404.html". */
export function urlPathOfFile(file: string): string {
  const path = `/${file.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The built file a web path is served from, if there is one in `files` (dist-relative paths). */
export function fileOfUrlPath(path: string, files: ReadonlySet<string>): string | undefined {
  const bare = decodeURIComponent(path).replace(/^\/+/, '');
  const candidates = bare === '' || bare.endsWith('/') ? [`${bare}index.html`] : [bare, `${bare}/index.html`];
  return candidates.find((c) => files.has(c));
}

export interface PageLinks {
  /** Every href and src on the page, with the tag and whether it is an <a>. */
  links: { url: string; anchor: boolean; html: string; rel: string }[];
  ids: Set<string>;
}

const decodeEntities = (s: string) =>
  s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/** Links and ids of one HTML page. Astro writes plain, quoted attributes, so a tag scan is enough. */
export function pageLinks(html: string): PageLinks {
  const withoutScripts = html.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<!--[\s\S]*?-->/g, '');
  const links: PageLinks['links'] = [];
  const ids = new Set<string>();
  for (const match of withoutScripts.matchAll(/<([a-z][a-z0-9-]*)\b[^>]*>/gi)) {
    const tag = match[0];
    const name = match[1]!.toLowerCase();
    const id = attribute(tag, 'id');
    if (id !== undefined) ids.add(id);
    if (name === 'a') {
      const nameAttr = attribute(tag, 'name');
      if (nameAttr !== undefined) ids.add(nameAttr);
    }
    for (const attr of ['href', 'src', 'action']) {
      const url = attribute(tag, attr);
      if (url === undefined) continue;
      let inner = '';
      if (name === 'a') {
        const end = withoutScripts.indexOf('</a>', match.index);
        inner = end > 0 ? withoutScripts.slice(match.index + tag.length, end) : '';
      }
      links.push({ url, anchor: name === 'a', html: inner, rel: attribute(tag, 'rel') ?? '' });
    }
  }
  return { links, ids };
}

export interface LinkTarget {
  path: string;
  hash?: string;
}

/** Where a link on `fromPath` goes on this site, or undefined when it leaves the site (or is mailto: etc.). */
export function internalTarget(url: string, fromPath: string, siteOrigin: string): LinkTarget | undefined {
  if (/^(mailto|tel|javascript|data|blob):/i.test(url)) return undefined;
  const base = new URL(fromPath, siteOrigin);
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch {
    return { path: url };
  }
  if (resolved.origin !== new URL(siteOrigin).origin) return undefined;
  const hash = resolved.hash ? decodeURIComponent(resolved.hash.slice(1)) : undefined;
  return hash ? { path: resolved.pathname, hash } : { path: resolved.pathname };
}

/** True for a link to another website over http(s). */
export function isExternalWebLink(url: string, siteOrigin: string): boolean {
  return /^https?:\/\//i.test(url) && new URL(url).origin !== new URL(siteOrigin).origin;
}

export interface BuiltSite {
  /** Every file in dist/, relative, with forward slashes. */
  files: ReadonlySet<string>;
  /** Text of an HTML file, by dist-relative path. */
  html: (file: string) => string;
  siteOrigin: string;
}

export interface LinkProblem {
  /** The page the link is on. */
  from: string;
  url: string;
  /** The site path the link points at, for internal links. */
  path?: string;
  message: string;
}

export const formatLinkProblem = (p: LinkProblem) => `${p.from} -> ${p.url}: ${p.message}`;

/** True when a path matches one of the patterns ("*" matches anything, e.g. "/feeds/*"). */
export function matchesAny(path: string, patterns: string[]): boolean {
  return patterns.some((pattern) => new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(path));
}

/** Broken internal links and #anchors (href, src and form action), and unmarked external links. */
export function linkProblems(site: BuiltSite): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const parsed = new Map<string, PageLinks>();
  const parse = (file: string) => {
    let page = parsed.get(file);
    if (!page) parsed.set(file, (page = pageLinks(site.html(file))));
    return page;
  };
  const pages = [...site.files].filter((f) => f.endsWith('.html') && !f.startsWith('admin/')).sort();
  for (const file of pages) {
    const from = urlPathOfFile(file);
    for (const link of parse(file).links) {
      if (link.anchor && isExternalWebLink(link.url, site.siteOrigin)) {
        if (!link.rel.split(/\s+/).includes('external') || !link.html.includes(EXTERNAL_LINK_TEXT)) {
          problems.push({ from, url: link.url, message: `external link is not marked (needs rel="external" and "${EXTERNAL_LINK_TEXT}")` });
        }
        continue;
      }
      const target = internalTarget(link.url, from, site.siteOrigin);
      if (!target) continue;
      const targetFile = fileOfUrlPath(target.path, site.files);
      if (!targetFile) {
        problems.push({ from, url: link.url, path: target.path, message: `no page or file at ${target.path}` });
      } else if (target.hash !== undefined && targetFile.endsWith('.html') && !parse(targetFile).ids.has(target.hash)) {
        problems.push({ from, url: link.url, path: target.path, message: `${target.path} has no element with id="${target.hash}"` });
      }
    }
  }
  return problems;
}

/** The paths listed in a sitemap.xml. */
export function sitemapPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(decodeEntities(m[1]!)).pathname);
}

/** Sitemap entries with no built page. */
export function sitemapProblems(xml: string, files: ReadonlySet<string>): string[] {
  const paths = sitemapPaths(xml);
  if (!paths.length) return ['sitemap.xml lists no pages'];
  return paths.filter((p) => !fileOfUrlPath(p, files)).map((p) => `sitemap.xml lists ${p} but there is no page there`);
}

/** The HTML pages of a build, as web paths (admin left out: it is not a reading page). */
export function builtPages(files: ReadonlySet<string>): string[] {
  return [...files].filter((f) => f.endsWith('.html') && !f.startsWith('admin/')).map(urlPathOfFile).sort();
}

/** Expected pages (the committed list) that the build no longer has. */
export function missingPages(expected: string[], built: string[]): string[] {
  const have = new Set(built);
  return expected.filter((p) => !have.has(p)).map((p) => `${p} was built before (deploy/expected-pages.txt) but is missing now`);
}

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

/** Files Pagefind's entry point refers to that are missing, and too few fragments for its page count. */
export function pagefindProblems(entryJson: string, files: ReadonlySet<string>, dir = 'pagefind'): string[] {
  const entry = JSON.parse(entryJson) as PagefindEntry;
  const problems: string[] = [];
  const need = (file: string, why: string) => {
    if (!files.has(`${dir}/${file}`)) problems.push(`${dir}/${file} is missing (${why})`);
  };
  need('pagefind.js', 'the search script');
  need('pagefind-worker.js', 'the search worker');
  const languages = Object.entries(entry.languages ?? {});
  if (!languages.length) problems.push(`${dir}/pagefind-entry.json lists no language index`);
  const fragments = [...files].filter((f) => f.startsWith(`${dir}/fragment/`)).length;
  for (const [language, index] of languages) {
    need(`pagefind.${index.hash}.pf_meta`, `index metadata for ${language}`);
    if (index.wasm) need(`wasm.${index.wasm}.pagefind`, `search engine for ${language}`);
    if (fragments < index.page_count) problems.push(`${dir}/fragment has ${fragments} files but the ${language} index has ${index.page_count} pages`);
  }
  return problems;
}
