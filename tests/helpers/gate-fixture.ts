// A small built site in a temporary folder, shaped like the real dist/ (layout, inline chart SVG, the
// search page and its script, the editor, a redirect page, sitemap, Pagefind bundle, _headers and
// _redirects), for testing the pre-publish gate without running a build.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { adminPage } from '../../src/lib/cms/admin-page.ts';
import { redirectPage, redirectsFile, type Redirect } from '../../src/lib/redirects.ts';
import { PROJECT_ROOT } from './content.ts';

export const GATE_SITE = 'https://health-wellbeing-strategies.example';
export const SEARCH_SCRIPT = '/_astro/SearchBox.astro_astro_type_script_index_0_lang.CAuJaICQ.js';
export const GATE_REDIRECTS: Redirect[] = [{ from: '/places/old-exampleton/', to: '/places/exampleton/' }];
export const PUBLIC_HEADERS = readFileSync(join(PROJECT_ROOT, 'public/_headers'), 'utf8');

/** A page in the site's layout: head with canonical, feed, icon and stylesheet; header with search form. */
export function layoutPage(path: string, title: string, main: string, extraHead = ''): string {
  return (
    `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${title} – Health and wellbeing strategies</title><meta name="description" content="${title}.">` +
    `<link rel="canonical" href="${GATE_SITE}${path}"><meta property="og:url" content="${GATE_SITE}${path}">` +
    `<link rel="alternate" type="application/atom+xml" title="All updates" href="/feeds/updates.xml">` +
    `<link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/_astro/Base.CKhQSXMO.css">${extraHead}</head>` +
    `<body><a class="skip-link" href="#main">Skip to main content</a><header class="site-header"><div class="wrap"><a href="/">Health and wellbeing strategies</a>` +
    `<form class="header-search" role="search" action="/search/" method="get"><label for="site-search">Search all strategies</label>` +
    `<input id="site-search" type="search" name="q" autocomplete="off"><button type="submit">Search</button></form></div></header>` +
    `<div class="wrap"><main id="main" tabindex="-1"><h1>${title}</h1>${main}</main></div>` +
    `<footer><a href="/about/">About this site</a></footer></body></html>`
  );
}

const CHART =
  '<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 280 105" role="img" aria-labelledby="measure-mmr2-chart-title" aria-describedby="measure-mmr2-chart-desc" font-size="15">' +
  '<title id="measure-mmr2-chart-title">Children who have had both doses of the MMR vaccine by age 5</title>' +
  '<desc id="measure-mmr2-chart-desc">Exampleton is lower than England (68.1% against 84.5%).</desc>' +
  '<path fill="#1D70B8" d="M0 21.8L213 21.8L213 39.8L0 39.8L0 21.8Z"/><g stroke="#0b0c0c" stroke-width="2" fill="none"><path d="M0 9L0 96"/></g>' +
  '<g fill="currentColor"><text x="0" y="9.8" dy=".35em" font-weight="bold">Exampleton</text><text x="217" y="30.8" dy=".35em">68.1%</text></g></svg>';

/** The fixture's files, by dist-relative path. */
export function gateFixtureFiles(): Record<string, string> {
  const strategy = '/strategies/exampleton-2024-28/';
  const pages: Record<string, string> = {
    'index.html': layoutPage(
      '/',
      'Health and wellbeing strategies',
      `<p>Every place's plan.</p><ul><li><a href="/places/exampleton/">Exampleton</a></li><li><a href="${strategy}#measure-mmr2">MMR</a></li></ul>` +
        '<p><a href="https://www.exampleton.gov.uk/" rel="external">Exampleton Council<span class="visually-hidden"> (opens external site)</span></a></p>',
    ),
    'about/index.html': layoutPage(
      '/about/',
      'About this site',
      '<p>Where the facts come from.</p><p><a href="mailto:team@exampleton.gov.uk">Email us</a></p>',
    ),
    'places/exampleton/index.html': layoutPage(
      '/places/exampleton/',
      'Exampleton',
      `<p><a href="${strategy}">Exampleton strategy 2024 to 2028</a></p>`,
    ),
    'strategies/exampleton-2024-28/index.html': layoutPage(
      strategy,
      'Exampleton Health and Wellbeing Strategy 2024-2028',
      `<section id="measure-mmr2"><h2>MMR vaccine</h2><figure>${CHART}<figcaption>68.1% in 2021/22</figcaption></figure>` +
        '<details><summary>Show the figures as a table</summary><table><tr><th scope="col">Period</th><td>68.1%</td></tr></table></details></section>',
    ),
    'search/index.html': layoutPage(
      '/search/',
      'Search every place’s plans',
      '<hws-search data-pagefind="/pagefind/" data-vocabulary="/search/vocabulary.json" data-az="/a-z/"><form class="search-form" role="search" action="/a-z/" method="get">' +
        '<label for="search-query">What do you want to find?</label><input id="search-query" type="search" name="q"><button type="submit">Search</button></form></hws-search>',
      `<script type="module" src="${SEARCH_SCRIPT}"></script>`,
    ),
    'a-z/index.html': layoutPage('/a-z/', 'A to Z', '<p>Themes and priorities.</p>'),
    '404.html': layoutPage('/404.html', 'Page not found', '<p><a href="/">Go to the home page</a></p>'),
    'admin/index.html': adminPage(),
  };
  for (const redirect of GATE_REDIRECTS)
    pages[`${redirect.from.slice(1)}index.html`] = redirectPage(redirect, GATE_SITE);
  const sitemapPages = ['/', '/about/', '/places/exampleton/', strategy, '/search/', '/a-z/'];
  return {
    ...pages,
    'favicon.svg': readFileSync(join(PROJECT_ROOT, 'public/favicon.svg'), 'utf8'),
    '_astro/Base.CKhQSXMO.css': 'body{margin:0}',
    [SEARCH_SCRIPT.slice(1)]: 'customElements.define("hws-search", class extends HTMLElement {});',
    'admin/decap-cms.js': '/* Decap CMS */',
    'admin/config.yml': `backend:\n  name: github\n  repo: exampleton/hws\n  branch: main\n  base_url: ${GATE_SITE}\n  auth_endpoint: auth\n  auth_scope: public_repo\npublish_mode: editorial_workflow\n`,
    'feeds/updates.xml': `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Updates</title></feed>`,
    'search/vocabulary.json': '[]',
    'sitemap.xml': `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${sitemapPages.map((p) => `<url><loc>${GATE_SITE}${p}</loc></url>`).join('')}</urlset>`,
    _headers: PUBLIC_HEADERS,
    _redirects: redirectsFile(GATE_REDIRECTS),
    'pagefind/pagefind-entry.json': JSON.stringify({
      version: '1.6.0',
      languages: { en: { hash: 'en_1c8cd642d2', wasm: 'en', page_count: 2 } },
    }),
    'pagefind/pagefind.js': 'export {};',
    'pagefind/pagefind-worker.js': '',
    'pagefind/pagefind.en_1c8cd642d2.pf_meta': 'meta',
    'pagefind/wasm.en.pagefind': 'wasm',
    'pagefind/index/en_664c17f.pf_index': 'index',
    'pagefind/filter/en_1f66d63.pf_filter': 'filter',
    'pagefind/fragment/en_0a1b2c3.pf_fragment': 'fragment',
    'pagefind/fragment/en_4d5e6f7.pf_fragment': 'fragment',
  };
}

/** Write the fixture into a new temporary folder and return its path (the caller removes it). */
export function writeGateFixture(files = gateFixtureFiles()): string {
  const dist = mkdtempSync(join(tmpdir(), 'hws-gate-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), text);
  }
  return dist;
}
