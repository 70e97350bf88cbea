// The pre-publish gate over a built dist/ folder. Every page is parsed with parse5 (page-scan.ts), once,
// and the gate reports, naming the page: markup a page must not carry (scripts outside the allow-list,
// inline scripts, on*= handlers, meta refresh outside the build's redirect pages, frames and plugins,
// off-site resources, protocol-relative and javascript:/vbscript:/data: URLs, scripting in inline SVG);
// broken internal links and #anchors; unmarked external links; sitemap pages that were not built;
// expected pages that have gone; a missing or incomplete Pagefind index; and a _headers or _redirects
// file that is not the one the project ships.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { EXTERNAL_LINK_TEXT } from '../../src/i18n/en.ts';
import { CMS_AUTH_SCOPES } from '../../src/lib/cms/backend.ts';
import { redirectsFile, type Redirect } from '../../src/lib/redirects.ts';
import { listFiles } from './files.ts';
import { scanPage, type PageScan, type ScriptAllowance } from './page-scan.ts';
import { normaliseUrl, resolveUrl, urlScheme } from './url-safety.ts';

/**
 * The only scripts the site ships: the search element on /search/ and on the answer pages
 * (/search/words/<slug>/; its name has Astro's content hash), and the editor.
 */
export const SITE_SCRIPTS: readonly ScriptAllowance[] = [
  {
    page: /^\/search\/(?:words\/[a-z0-9]+(?:-[a-z0-9]+)*\/)?$/,
    src: /^\/_astro\/SearchBox\.[\w.-]+\.js$/,
    type: 'module',
  },
  { page: '/admin/', src: '/admin/decap-cms.js' },
];

/** The web path of a built file: "about/index.html" -> "/about/", "404.html" -> "/404.html". */
export function urlPathOfFile(file: string): string {
  const path = `/${file.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** The built file a web path is served from, if there is one in `files` (dist-relative paths). */
export function fileOfUrlPath(path: string, files: ReadonlySet<string>): string | undefined {
  const bare = safeDecode(path).replace(/^\/+/, '');
  const candidates = bare === '' || bare.endsWith('/') ? [`${bare}index.html`] : [bare, `${bare}/index.html`];
  return candidates.find((c) => files.has(c));
}

export interface LinkTarget {
  path: string;
  hash?: string;
}

/** Where a link on `fromPath` goes on this site, or undefined when it leaves the site (or is mailto: etc.). */
export function internalTarget(url: string, fromPath: string, siteOrigin: string): LinkTarget | undefined {
  if (['mailto', 'tel', 'javascript', 'vbscript', 'data', 'blob'].includes(urlScheme(url) ?? '')) return undefined;
  const resolved = resolveUrl(url, fromPath, siteOrigin);
  if (!resolved) return { path: normaliseUrl(url) };
  if (resolved.origin !== new URL(siteOrigin).origin) return undefined;
  const hash = resolved.hash ? safeDecode(resolved.hash.slice(1)) : undefined;
  return hash ? { path: resolved.pathname, hash } : { path: resolved.pathname };
}

/** True for a link to another website over http(s). */
export function isExternalWebLink(url: string, siteOrigin: string): boolean {
  const resolved = /^https?:/i.test(normaliseUrl(url)) ? resolveUrl(url, '/', siteOrigin) : undefined;
  return resolved !== undefined && resolved.origin !== new URL(siteOrigin).origin;
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
  return patterns.some((pattern) =>
    new RegExp(
      `^${pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    ).test(path),
  );
}

/** The reading pages: every HTML file but the editor's. */
const readingPageFiles = (files: ReadonlySet<string>) =>
  [...files].filter((f) => f.endsWith('.html') && !f.startsWith('admin/')).sort();

/**
 * Broken internal links and #anchors (href, src, srcset, form action), and unmarked external links.
 * `scans` are the parsed pages when the caller has them already; otherwise pages are parsed here.
 */
export function linkProblems(site: BuiltSite, scans = new Map<string, PageScan>()): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const scan = (file: string) => {
    let page = scans.get(file);
    if (!page)
      scans.set(
        file,
        (page = scanPage(site.html(file), { path: urlPathOfFile(file), siteOrigin: site.siteOrigin, scripts: [] })),
      );
    return page;
  };
  for (const file of readingPageFiles(site.files)) {
    const from = urlPathOfFile(file);
    for (const link of scan(file).links) {
      if (link.anchor && isExternalWebLink(link.url, site.siteOrigin)) {
        if (!link.rel.split(/\s+/).includes('external') || !link.text.includes(EXTERNAL_LINK_TEXT)) {
          problems.push({
            from,
            url: link.url,
            message: `external link is not marked (needs rel="external" and "${EXTERNAL_LINK_TEXT}")`,
          });
        }
        continue;
      }
      const target = internalTarget(link.url, from, site.siteOrigin);
      if (!target) continue;
      const targetFile = fileOfUrlPath(target.path, site.files);
      if (!targetFile) {
        problems.push({ from, url: link.url, path: target.path, message: `no page or file at ${target.path}` });
      } else if (target.hash !== undefined && targetFile.endsWith('.html') && !scan(targetFile).ids.has(target.hash)) {
        problems.push({
          from,
          url: link.url,
          path: target.path,
          message: `${target.path} has no element with id="${target.hash}"`,
        });
      }
    }
  }
  return problems;
}

function elementsNamed(
  node: DefaultTreeAdapterTypes.ParentNode,
  name: string,
  out: DefaultTreeAdapterTypes.Element[] = [],
) {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    if (child.tagName === name) out.push(child);
    elementsNamed(child, name, out);
  }
  return out;
}

/** The URLs listed in a sitemap.xml (<loc> elements, entities decoded by the parser). */
export function sitemapUrls(xml: string): string[] {
  return elementsNamed(parseFragment(xml), 'loc').map((loc) =>
    loc.childNodes
      .map((c) => (c.nodeName === '#text' ? (c as DefaultTreeAdapterTypes.TextNode).value : ''))
      .join('')
      .trim(),
  );
}

/** The paths listed in a sitemap.xml. */
export function sitemapPaths(xml: string): string[] {
  return sitemapUrls(xml).map((url) => resolveUrl(url, '/', 'https://site.invalid')?.pathname ?? url);
}

/** Sitemap entries with no built page, or on another site. */
export function sitemapProblems(xml: string, files: ReadonlySet<string>, siteOrigin?: string): string[] {
  const urls = sitemapUrls(xml);
  if (!urls.length) return ['sitemap.xml lists no pages'];
  const problems: string[] = [];
  for (const url of urls) {
    const resolved = resolveUrl(url, '/', siteOrigin ?? 'https://site.invalid');
    if (!resolved || (siteOrigin !== undefined && resolved.origin !== new URL(siteOrigin).origin)) {
      problems.push(`sitemap.xml lists ${url}, which is not on this site (${siteOrigin})`);
    } else if (!fileOfUrlPath(resolved.pathname, files))
      problems.push(`sitemap.xml lists ${resolved.pathname} but there is no page there`);
  }
  return problems;
}

/** The HTML pages of a build, as web paths (admin left out: it is not a reading page). */
export function builtPages(files: ReadonlySet<string>): string[] {
  return readingPageFiles(files).map(urlPathOfFile).sort();
}

/** Expected pages (the committed list) that the build no longer has. */
export function missingPages(expected: string[], built: string[]): string[] {
  const have = new Set(built);
  return expected
    .filter((p) => !have.has(p))
    .map((p) => `${p} was built before (deploy/expected-pages.txt) but is missing now`);
}

interface PagefindEntry {
  languages?: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

/**
 * What is missing from Pagefind's bundle: the files its entry point names (search script, worker,
 * index metadata, wasm engine), at least one index chunk, and a fragment for every indexed page.
 */
export function pagefindProblems(entryJson: string, files: ReadonlySet<string>, dir = 'pagefind'): string[] {
  let entry: PagefindEntry;
  try {
    entry = JSON.parse(entryJson) as PagefindEntry;
  } catch {
    return [`${dir}/pagefind-entry.json is not valid JSON`];
  }
  const problems: string[] = [];
  const need = (file: string, why: string) => {
    if (!files.has(`${dir}/${file}`)) problems.push(`${dir}/${file} is missing (${why})`);
  };
  need('pagefind.js', 'the search script');
  need('pagefind-worker.js', 'the search worker');
  const languages = Object.entries(entry.languages ?? {});
  if (!languages.length) problems.push(`${dir}/pagefind-entry.json lists no language index`);
  const count = (folder: string) => [...files].filter((f) => f.startsWith(`${dir}/${folder}/`)).length;
  const fragments = count('fragment');
  if (languages.length && count('index') === 0)
    problems.push(`${dir}/index has no index chunks, so search finds nothing`);
  for (const [language, index] of languages) {
    need(`pagefind.${index.hash}.pf_meta`, `index metadata for ${language}`);
    if (index.wasm) need(`wasm.${index.wasm}.pagefind`, `search engine for ${language}`);
    else problems.push(`${dir}/pagefind-entry.json names no search engine (wasm) for ${language}`);
    if (!(index.page_count > 0)) problems.push(`${dir}/pagefind-entry.json says the ${language} index has no pages`);
    else if (fragments < index.page_count)
      problems.push(`${dir}/fragment has ${fragments} files but the ${language} index has ${index.page_count} pages`);
  }
  return problems;
}

/**
 * Problems with the editor's sign-in settings (admin/config.yml): Decap CMS sends the GitHub sign-in to
 * Netlify's service when `base_url` is missing, whatever the host, so it must always be written.
 */
export function editorConfigProblems(yml: string): string[] {
  let backend: Record<string, unknown> | undefined;
  try {
    backend = (parseYaml(yml) as { backend?: Record<string, unknown> } | null)?.backend;
  } catch {
    return ['admin/config.yml is not valid YAML'];
  }
  if (!backend || typeof backend.name !== 'string') return ['admin/config.yml has no backend'];
  if (backend.name === 'test-repo')
    return ["admin/config.yml uses Decap's test backend, which keeps edits in the browser only"];
  const problems: string[] = [];
  const base = typeof backend.base_url === 'string' ? backend.base_url : '';
  // http:// only for a proxy on the editor's own machine, as src/lib/cms/backend.ts allows for testing.
  if (!/^(https:\/\/[^/?#@\\]+|http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?)$/i.test(base)) {
    problems.push(
      `admin/config.yml: backend.base_url "${base}" is not an https:// origin, so the editor's sign-in would go to Decap's default (Netlify's service) or fail`,
    );
  }
  if (!CMS_AUTH_SCOPES.includes(backend.auth_scope as never))
    problems.push(`admin/config.yml: backend.auth_scope "${String(backend.auth_scope)}" must be public_repo or repo`);
  return problems;
}

export interface GateInput {
  /** The built site's folder. */
  dist: string;
  /** The build's redirect map (src/lib/redirects.ts, from the content's oldSlugs). */
  redirects: readonly Redirect[];
  /** The text of public/_headers, which dist/_headers must equal. */
  publicHeaders: string;
  /** Scripts allowed, by page. */
  scripts?: readonly ScriptAllowance[];
  /** deploy/expected-pages.txt; leave out to skip the page-list check. */
  expectedPages?: string[];
  /** deploy/pending-pages.txt: links to these are warnings until they are built. */
  pendingPages?: string[];
  /** 'skipped' only for test builds made with PAGEFIND_SKIP=1: a missing index is then a warning. */
  searchIndex?: 'required' | 'skipped';
}

export interface GateResult {
  problems: string[];
  warnings: string[];
  /** The reading pages built, as web paths. */
  pages: string[];
  siteOrigin: string;
  /** How many HTML pages and SVG files were parsed. */
  parsed: number;
}

/** Run every check over a built site. Pure apart from reading `input.dist`. */
export function verifyDist(input: GateInput): GateResult {
  const { dist } = input;
  const problems: string[] = [];
  const warnings: string[] = [];
  const files = new Set(listFiles(dist));
  const read = (file: string) => readFileSync(join(dist, file), 'utf8');
  const scripts = input.scripts ?? SITE_SCRIPTS;
  const redirectTo = new Map(input.redirects.map((r) => [r.from, r.to]));

  // The site's origin is the home page's canonical address; every other page must agree with it.
  const home = files.has('index.html')
    ? scanPage(read('index.html'), { path: '/', siteOrigin: 'https://site.invalid', scripts })
    : undefined;
  let siteOrigin = 'https://site.invalid';
  try {
    if (home?.canonical) siteOrigin = new URL(home.canonical).origin;
  } catch {
    problems.push(`/: the canonical address "${home?.canonical}" is not a full URL`);
  }
  if (!home) problems.push('index.html is missing');

  const scans = new Map<string, PageScan>();
  const markupFiles = [...files].filter((f) => f.endsWith('.html') || f.endsWith('.svg')).sort();
  for (const file of markupFiles) {
    const path = urlPathOfFile(file);
    const scan = scanPage(
      read(file),
      { path, siteOrigin, scripts, redirectTo: redirectTo.get(path) },
      file.endsWith('.svg') ? 'svg' : 'html',
    );
    scans.set(file, scan);
    for (const p of scan.problems)
      problems.push(`${path}${p.line === undefined ? '' : ` line ${p.line}`}: ${p.message}`);
    if (scan.canonical !== undefined && file.endsWith('.html')) {
      const origin = resolveUrl(scan.canonical, path, siteOrigin)?.origin;
      if (origin !== siteOrigin)
        problems.push(`${path}: its canonical address ${scan.canonical} is not on ${siteOrigin} (the home page's)`);
    }
  }

  // Every redirect page the map asks for sends readers where the map says (or a real page is there).
  for (const { from, to } of input.redirects) {
    const file = fileOfUrlPath(from, files);
    if (!file) problems.push(`${from}: the redirect map sends it to ${to}, but no page was written there`);
  }
  const expectedRedirects = redirectsFile([...input.redirects]);
  if (!files.has('_redirects')) {
    if (input.redirects.length) problems.push('_redirects is missing (the build writes it from the redirect map)');
  } else if (read('_redirects') !== expectedRedirects) {
    problems.push(
      '_redirects is not the file the build writes from the redirect map (old addresses must only go where the content says)',
    );
  }

  if (!files.has('_headers')) problems.push('_headers is missing (public/_headers must be copied into the build)');
  else if (read('_headers') !== input.publicHeaders)
    problems.push('_headers differs from public/_headers: the security headers shipped are not the reviewed ones');

  if (files.has('admin/config.yml')) problems.push(...editorConfigProblems(read('admin/config.yml')));

  const pending = input.pendingPages ?? [];
  const site = { files, siteOrigin, html: read };
  for (const problem of linkProblems(site, scans)) {
    if (problem.path !== undefined && matchesAny(problem.path, pending)) warnings.push(formatLinkProblem(problem));
    else problems.push(formatLinkProblem(problem));
  }

  if (files.has('sitemap.xml')) problems.push(...sitemapProblems(read('sitemap.xml'), files, siteOrigin));
  else problems.push('sitemap.xml is missing');

  const pages = builtPages(files);
  if (input.expectedPages) {
    const missing = missingPages(input.expectedPages, pages);
    if (missing.length)
      missing.push('(if the pages were removed on purpose, run: npm run verify-dist -- --update-expected)');
    problems.push(...missing);
  }

  if (files.has('pagefind/pagefind-entry.json'))
    problems.push(...pagefindProblems(read('pagefind/pagefind-entry.json'), files));
  else if (input.searchIndex === 'skipped' && ![...files].some((f) => f.startsWith('pagefind/'))) {
    warnings.push('no Pagefind index: PAGEFIND_SKIP is set, so search does not work in this build. Never publish it.');
  } else problems.push('pagefind/pagefind-entry.json is missing: the search index was not built (or not completely)');

  return { problems, warnings, pages, siteOrigin, parsed: markupFiles.length };
}

/** Read a list file (one entry a line, # comments), or [] when it does not exist. */
export function readListFile(file: string): string[] {
  return existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
    : [];
}
