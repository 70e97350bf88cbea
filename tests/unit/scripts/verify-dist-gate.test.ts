// The pre-publish gate over a whole built site: a clean fixture dist/ passes, and each tamper an attacker
// (or a broken build) could leave in dist/ is refused with a problem that names the page.
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyDist, type GateInput } from '../../../scripts/lib/verify-dist.ts';
import {
  GATE_REDIRECTS,
  PUBLIC_HEADERS,
  SEARCH_SCRIPT,
  gateFixtureFiles,
  writeGateFixture,
} from '../../helpers/gate-fixture.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

type Files = Record<string, string>;

function gate(files: Files, options: Partial<GateInput> = {}) {
  const dist = writeGateFixture(files);
  made.push(dist);
  return verifyDist({
    dist,
    redirects: GATE_REDIRECTS,
    publicHeaders: PUBLIC_HEADERS,
    searchIndex: 'required',
    ...options,
  });
}

/** Replace text in one fixture file, failing if it is not there (so a tamper cannot silently do nothing). */
function edit(files: Files, file: string, find: string, replace: string) {
  const before = files[file];
  if (before === undefined || !before.includes(find)) throw new Error(`"${find}" not found in ${file}`);
  files[file] = before.replace(find, replace);
}
const inMain = (file: string, markup: string) => (files: Files) => edit(files, file, '</main>', `${markup}</main>`);
const inHead = (file: string, markup: string) => (files: Files) => edit(files, file, '</head>', `${markup}</head>`);
const inChart = (markup: string) => (files: Files) =>
  edit(files, 'strategies/exampleton-2024-28/index.html', '</svg>', `${markup}</svg>`);
const remove =
  (...names: string[]) =>
  (files: Files) => {
    for (const name of names) {
      if (!(name in files)) throw new Error(`${name} is not in the fixture`);
      delete files[name];
    }
  };
const removeWhere = (test: (file: string) => boolean) => (files: Files) => {
  const names = Object.keys(files).filter(test);
  if (!names.length) throw new Error('no fixture file matched');
  remove(...names)(files);
};

const ABOUT = 'about/index.html';
const STRATEGY = 'strategies/exampleton-2024-28/index.html';

/** [tamper, change, the page named, words the refusal must contain]. */
const TAMPERS: [string, (files: Files) => void, string, string][] = [
  [
    'an off-site script',
    inHead(ABOUT, '<script src="https://cdn.evil.example/x.js"></script>'),
    '/about/',
    'allow-list',
  ],
  ['an inline script', inMain(ABOUT, '<script>fetch("/")</script>'), '/about/', 'inline <script>'],
  [
    'an inline script with a src as well',
    inMain(ABOUT, `<script type="module" src="${SEARCH_SCRIPT}">alert(1)</script>`),
    '/about/',
    'inline <script>',
  ],
  [
    'the search script on a page other than /search/',
    inHead(ABOUT, `<script type="module" src="${SEARCH_SCRIPT}"></script>`),
    '/about/',
    'allow-list',
  ],
  [
    'a second script on /search/',
    inHead('search/index.html', '<script type="module" src="/_astro/other.js"></script>'),
    '/search/',
    'allow-list',
  ],
  [
    'the search script with an extra attribute',
    (f) => edit(f, 'search/index.html', '<script type="module"', '<script type="module" crossorigin'),
    '/search/',
    'allow-list',
  ],
  [
    'an importmap',
    inHead('search/index.html', '<script type="importmap">{"imports":{}}</script>'),
    '/search/',
    'inline <script>',
  ],
  [
    'a script the editor does not ship on /admin/',
    inHead('admin/index.html', '<script src="/admin/other.js"></script>'),
    '/admin/',
    'allow-list',
  ],
  [
    'a script inside a template',
    inMain(ABOUT, '<template><script src="/x.js"></script></template>'),
    '/about/',
    'allow-list',
  ],
  [
    'an off-site image for readers without JavaScript',
    inMain(ABOUT, '<noscript><img src="https://evil.example/p.png" alt=""></noscript>'),
    '/about/',
    'another site',
  ],
  [
    'a noscript closed inside an attribute, for readers with JavaScript',
    inMain(ABOUT, '<noscript><p title="</noscript><img src=/favicon.svg onerror=alert(1)>"></p></noscript>'),
    '/about/',
    'event handler',
  ],
  [
    'an onerror attribute',
    inMain(ABOUT, '<img src="/favicon.svg" alt="" onerror="alert(1)">'),
    '/about/',
    'event handler',
  ],
  ['an upper-case ONCLICK attribute', inMain(ABOUT, '<p ONCLICK="alert(1)">x</p>'), '/about/', 'event handler'],
  [
    'a meta refresh on an ordinary page',
    inHead(ABOUT, '<meta http-equiv="Refresh" content="0;url=https://evil.example/">'),
    '/about/',
    'only allowed on the redirect pages',
  ],
  [
    'a redirect page sent somewhere else',
    (f) =>
      edit(
        f,
        'places/old-exampleton/index.html',
        'content="0; url=/places/exampleton/"',
        'content="0; url=https://evil.example/"',
      ),
    '/places/old-exampleton/',
    'redirect map sends /places/old-exampleton/ to /places/exampleton/',
  ],
  ['an iframe', inMain(ABOUT, '<iframe src="/about/"></iframe>'), '/about/', '<iframe> is not allowed'],
  ['an object', inMain(ABOUT, '<object data="/favicon.svg"></object>'), '/about/', '<object> is not allowed'],
  ['an embed', inMain(ABOUT, '<embed src="/favicon.svg">'), '/about/', '<embed> is not allowed'],
  ['a base element', inHead(ABOUT, '<base href="https://evil.example/">'), '/about/', '<base> is not allowed'],
  [
    'an off-site image',
    inMain(ABOUT, '<img src="https://evil.example/track.png" alt="">'),
    '/about/',
    'loads something from another site',
  ],
  [
    'a protocol-relative image',
    inMain(ABOUT, '<img src="//evil.example/track.png" alt="">'),
    '/about/',
    'protocol-relative',
  ],
  [
    'a protocol-relative image written /\\host',
    inMain(ABOUT, '<img src="/\\evil.example/track.png" alt="">'),
    '/about/',
    'protocol-relative',
  ],
  [
    'a protocol-relative image behind a tab',
    inMain(ABOUT, '<img src="&#9;/&#10;/evil.example/track.png" alt="">'),
    '/about/',
    'protocol-relative',
  ],
  [
    'an off-site image in srcset',
    inMain(ABOUT, '<img src="/favicon.svg" srcset="/favicon.svg 1x, https://evil.example/a,b.png 2x" alt="">'),
    '/about/',
    'loads something from another site',
  ],
  [
    'an off-site form action',
    inMain(ABOUT, '<form action="https://evil.example/collect" method="post"><button>Send</button></form>'),
    '/about/',
    'another site',
  ],
  [
    'an off-site formaction',
    inMain(ABOUT, '<form action="/search/"><button formaction="https://evil.example/">Go</button></form>'),
    '/about/',
    'another site',
  ],
  [
    'an off-site video poster',
    inMain(ABOUT, '<video poster="https://evil.example/p.png"></video>'),
    '/about/',
    'another site',
  ],
  [
    'an off-site stylesheet',
    inHead(ABOUT, '<link rel="stylesheet" href="https://evil.example/s.css">'),
    '/about/',
    'another site',
  ],
  [
    'an off-site alternate stylesheet',
    inHead(ABOUT, '<link rel="alternate stylesheet" href="https://evil.example/s.css">'),
    '/about/',
    'another site',
  ],
  [
    'an off-site preload',
    inHead(ABOUT, '<link rel="preload" as="image" href="https://evil.example/a.png">'),
    '/about/',
    'another site',
  ],
  [
    'an off-site modulepreload',
    inHead(ABOUT, '<link rel="modulepreload" href="https://evil.example/m.js">'),
    '/about/',
    'another site',
  ],
  [
    'an off-site prefetch',
    inHead(ABOUT, '<link rel="prefetch" href="https://evil.example/">'),
    '/about/',
    'another site',
  ],
  [
    'a protocol-relative link',
    inMain(ABOUT, '<a href="//evil.example/" rel="external">x (opens external site)</a>'),
    '/about/',
    'protocol-relative',
  ],
  ['a javascript: link', inMain(ABOUT, '<a href="javascript:alert(1)">x</a>'), '/about/', 'javascript: URLs'],
  [
    'a JaVaScRiPt: link with a tab inside and a control character in front',
    inMain(ABOUT, '<a href="&#1; JaVa&#9;ScRiPt:alert(1)">x</a>'),
    '/about/',
    'javascript: URLs',
  ],
  [
    'a javascript: link with its colon written as &colon;',
    inMain(ABOUT, '<a href="javascript&colon;alert(1)">x</a>'),
    '/about/',
    'javascript: URLs',
  ],
  [
    'a script tag in mixed case',
    inMain(ABOUT, '<ScRiPt SRC="https://cdn.evil.example/x.js"></sCrIpT>'),
    '/about/',
    'allow-list',
  ],
  ['a vbscript: link', inMain(ABOUT, '<a href="vbscript:msgbox(1)">x</a>'), '/about/', 'vbscript: URLs'],
  [
    'a data: link',
    inMain(ABOUT, '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">x</a>'),
    '/about/',
    'data: URLs',
  ],
  [
    'a javascript: form action',
    inMain(ABOUT, '<form action="javascript:alert(1)"></form>'),
    '/about/',
    'javascript: URLs',
  ],
  ['a style element', inHead(ABOUT, '<style>body{display:none}</style>'), '/about/', '<style> is not allowed'],
  ['a style attribute', inMain(ABOUT, '<p style="position:fixed">x</p>'), '/about/', 'inline styles'],
  [
    'a script inside a chart',
    inChart('<script>alert(1)</script>'),
    '/strategies/exampleton-2024-28/',
    '<script> inside SVG',
  ],
  [
    'an onload on a chart',
    (f) => edit(f, STRATEGY, '<svg class="chart"', '<svg onload="alert(1)" class="chart"'),
    '/strategies/exampleton-2024-28/',
    'event handler',
  ],
  [
    'a javascript: xlink:href in a chart',
    inChart('<a xlink:href="javascript:alert(1)"><text>x</text></a>'),
    '/strategies/exampleton-2024-28/',
    'javascript: URLs',
  ],
  [
    'a javascript: href in a chart',
    inChart('<a href="javascript:alert(1)"><text>x</text></a>'),
    '/strategies/exampleton-2024-28/',
    'javascript: URLs',
  ],
  [
    'a foreignObject in a chart',
    inChart('<foreignObject><p>x</p></foreignObject>'),
    '/strategies/exampleton-2024-28/',
    '<foreignObject> is not allowed',
  ],
  [
    'an animation that sets a link in a chart',
    inChart('<a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a>'),
    '/strategies/exampleton-2024-28/',
    'may not change a link',
  ],
  [
    'an off-site image in a chart',
    inChart('<image href="https://evil.example/a.png"/>'),
    '/strategies/exampleton-2024-28/',
    'another site',
  ],
  [
    'a script in the favicon',
    (f) => edit(f, 'favicon.svg', '</svg>', '<script>alert(1)</script></svg>'),
    '/favicon.svg',
    '<script> inside SVG',
  ],
  ['a broken internal link', inMain(ABOUT, '<a href="/nowhere/">x</a>'), '/about/', 'no page or file at /nowhere/'],
  [
    'a missing anchor',
    inMain(ABOUT, '<a href="/strategies/exampleton-2024-28/#measure-gone">x</a>'),
    '/about/',
    'has no element with id="measure-gone"',
  ],
  [
    'an unmarked external link',
    inMain(ABOUT, '<a href="https://other.example/">x</a>'),
    '/about/',
    'external link is not marked',
  ],
  [
    'a canonical address on another site',
    (f) =>
      edit(f, ABOUT, `href="https://health-wellbeing-strategies.example/about/"`, 'href="https://evil.example/about/"'),
    '/about/',
    'canonical',
  ],
  [
    'no Pagefind index at all',
    removeWhere((f) => f.startsWith('pagefind/')),
    'pagefind/',
    'search index was not built',
  ],
  ['no search engine', remove('pagefind/wasm.en.pagefind'), 'pagefind/', 'search engine for en'],
  ['no index chunk', remove('pagefind/index/en_664c17f.pf_index'), 'pagefind/', 'no index chunks'],
  ['a fragment missing', remove('pagefind/fragment/en_4d5e6f7.pf_fragment'), 'pagefind/', 'the en index has 2 pages'],
  ['no search script', remove('pagefind/pagefind.js'), 'pagefind/', 'the search script'],
  ['an unreadable entry file', (f) => (f['pagefind/pagefind-entry.json'] = '{'), 'pagefind/', 'not valid JSON'],
  [
    'a loosened _headers',
    (f) =>
      edit(
        f,
        '_headers',
        "script-src 'self' 'wasm-unsafe-eval'",
        "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
      ),
    '_headers',
    'differs from public/_headers',
  ],
  ['no _headers', remove('_headers'), '_headers', 'missing'],
  [
    'a _redirects that sends readers elsewhere',
    (f) => (f['_redirects'] = '/places/old-exampleton/ https://evil.example/ 301\n'),
    '_redirects',
    'not the file the build writes',
  ],
  [
    'a redirect page missing',
    remove('places/old-exampleton/index.html'),
    '/places/old-exampleton/',
    'no page was written there',
  ],
  [
    'an editor that signs in through Decap’s default service',
    (f) => edit(f, 'admin/config.yml', '  base_url: https://health-wellbeing-strategies.example\n', ''),
    'admin/config.yml',
    'base_url ""',
  ],
  [
    'an editor that signs in over plain http',
    (f) => edit(f, 'admin/config.yml', 'base_url: https://', 'base_url: http://'),
    'admin/config.yml',
    'is not an https:// origin',
  ],
  [
    'an editor that asks for more than repository access',
    (f) => edit(f, 'admin/config.yml', 'auth_scope: public_repo', 'auth_scope: repo,admin:org'),
    'admin/config.yml',
    'must be public_repo or repo',
  ],
  [
    'an editor with the in-browser test backend',
    (f) => edit(f, 'admin/config.yml', 'name: github', 'name: test-repo'),
    'admin/config.yml',
    'test backend',
  ],
  [
    'a sitemap page that was not built',
    (f) =>
      edit(
        f,
        'sitemap.xml',
        '</urlset>',
        '<url><loc>https://health-wellbeing-strategies.example/gone/</loc></url></urlset>',
      ),
    'sitemap.xml',
    'lists /gone/',
  ],
  [
    'a sitemap entry on another site',
    (f) => edit(f, 'sitemap.xml', '</urlset>', '<url><loc>https://evil.example/</loc></url></urlset>'),
    'sitemap.xml',
    'not on this site',
  ],
];

describe('the pre-publish gate over a built site', () => {
  it('passes the clean fixture site', () => {
    const result = gate(gateFixtureFiles());
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.parsed).toBe(10); // nine pages and the favicon
  });

  it.each(TAMPERS)('refuses %s, naming the page', (_name, tamper, page, words) => {
    const files = gateFixtureFiles();
    tamper(files);
    const { problems } = gate(files);
    const named = problems.filter((p) => p.startsWith(page));
    expect(
      named.some((p) => p.includes(words)),
      `expected a problem on ${page} with "${words}", got:\n${problems.join('\n')}`,
    ).toBe(true);
  });

  it('reads attribute values as values: markup inside content="..." is neither a link nor a handler', () => {
    // The old regex gate reported the <img> and <a> inside this attribute as links to missing pages.
    const files = gateFixtureFiles();
    inHead(
      ABOUT,
      '<meta property="og:description" content="<img src=/nowhere/x.png onerror=alert(1)> <a href=&quot;/missing/&quot;>">',
    )(files);
    inMain(
      ABOUT,
      '<!-- <script src="https://evil.example/x.js"></script> <a href="/old/">old</a> --><p title="<iframe src=//evil.example>">x</p>',
    )(files);
    expect(gate(files).problems).toEqual([]);
  });

  it('gives the line of the offending element', () => {
    const files = gateFixtureFiles();
    edit(files, ABOUT, '</main>', '\n\n<iframe src="/about/"></iframe></main>');
    expect(gate(files).problems).toEqual(['/about/ line 3: <iframe> is not allowed']);
  });

  it('refuses a redirect page the build’s redirect map does not list', () => {
    expect(gate(gateFixtureFiles(), { redirects: [] }).problems).toEqual([
      '/places/old-exampleton/ line 9: <meta http-equiv="refresh"> is only allowed on the redirect pages the build writes, and /places/old-exampleton/ is not one',
      '_redirects is not the file the build writes from the redirect map (old addresses must only go where the content says)',
    ]);
  });

  it('allows a build without a search index only when told it was skipped, and never a partial one', () => {
    const files = gateFixtureFiles();
    removeWhere((f) => f.startsWith('pagefind/'))(files);
    const skipped = gate(files, { searchIndex: 'skipped' });
    expect(skipped.problems).toEqual([]);
    expect(skipped.warnings).toEqual([
      'no Pagefind index: PAGEFIND_SKIP is set, so search does not work in this build. Never publish it.',
    ]);
    const partial = gateFixtureFiles();
    remove('pagefind/pagefind-entry.json')(partial);
    expect(gate(partial, { searchIndex: 'skipped' }).problems).toEqual([
      'pagefind/pagefind-entry.json is missing: the search index was not built (or not completely)',
    ]);
  });

  it('turns links to pending pages into warnings, and checks the expected page list', () => {
    const files = gateFixtureFiles();
    inMain(ABOUT, '<a href="/places/exampleton/changes/">What has changed</a>')(files);
    const result = gate(files, { pendingPages: ['/places/*/changes/'], expectedPages: ['/', '/about/', '/compare/'] });
    expect(result.warnings).toEqual([
      '/about/ -> /places/exampleton/changes/: no page or file at /places/exampleton/changes/',
    ]);
    expect(result.problems).toEqual([
      '/compare/ was built before (deploy/expected-pages.txt) but is missing now',
      '(if the pages were removed on purpose, run: npm run verify-dist -- --update-expected)',
    ]);
  });
});
