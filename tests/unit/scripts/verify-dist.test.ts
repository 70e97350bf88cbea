import { describe, expect, it } from 'vitest';
import {
  fileOfUrlPath,
  formatLinkProblem,
  linkProblems,
  matchesAny,
  missingPages,
  pagefindProblems,
  sitemapProblems,
  urlPathOfFile,
} from '../../../scripts/lib/verify-dist.ts';

const SITE = 'https://site.example';
const page = (body: string) =>
  `<!doctype html><html><head><link rel="canonical" href="${SITE}/"></head><body>${body}</body></html>`;

function problemsFor(pages: Record<string, string>, extraFiles: string[] = []): string[] {
  const files = new Set([...Object.keys(pages), ...extraFiles]);
  return linkProblems({ files, siteOrigin: SITE, html: (f) => pages[f]! }).map(formatLinkProblem);
}

describe('verify-dist: pages and paths', () => {
  it('maps built files to web paths and back', () => {
    expect(urlPathOfFile('about/index.html')).toBe('/about/');
    expect(urlPathOfFile('index.html')).toBe('/');
    expect(urlPathOfFile('404.html')).toBe('/404.html');
    const files = new Set(['index.html', 'about/index.html', 'sitemap.xml']);
    expect(fileOfUrlPath('/about/', files)).toBe('about/index.html');
    expect(fileOfUrlPath('/about', files)).toBe('about/index.html');
    expect(fileOfUrlPath('/sitemap.xml', files)).toBe('sitemap.xml');
    expect(fileOfUrlPath('/gone/', files)).toBeUndefined();
  });

  it('names each expected page that is no longer built', () => {
    expect(missingPages(['/', '/about/', '/places/camden/'], ['/', '/about/', '/new/'])).toEqual([
      '/places/camden/ was built before (deploy/expected-pages.txt) but is missing now',
    ]);
  });

  it('matches pending page patterns with *', () => {
    expect(matchesAny('/feeds/places/camden.xml', ['/feeds/*'])).toBe(true);
    expect(matchesAny('/places/camden/changes/', ['/places/*/changes/'])).toBe(true);
    expect(matchesAny('/places/camden/', ['/places/*/changes/'])).toBe(false);
  });
});

describe('verify-dist: links', () => {
  it('passes a site whose links, anchors and assets all exist', () => {
    const pages = {
      'index.html': page('<a href="/about/#who">About</a><a href="#top" id="top">Top</a><img src="/logo.svg" alt="">'),
      'about/index.html': page(`<h2 id="who">Who</h2><a href="${SITE}/">Home</a><a href="mailto:a@b.example">Mail</a>`),
    };
    expect(problemsFor(pages, ['logo.svg'])).toEqual([]);
  });

  it('reports the page and the link for a missing page, a missing anchor and a missing form target', () => {
    const pages = {
      'index.html': page('<a href="/nowhere/">x</a><a href="/about/#missing">y</a><form action="/search/"></form>'),
      'about/index.html': page('<h2 id="who">Who</h2>'),
    };
    expect(problemsFor(pages)).toEqual([
      '/ -> /nowhere/: no page or file at /nowhere/',
      '/ -> /about/#missing: /about/ has no element with id="missing"',
      '/ -> /search/: no page or file at /search/',
    ]);
  });

  it('ignores hrefs inside scripts and comments', () => {
    expect(
      problemsFor({
        'index.html': page('<!-- <a href="/old/">old</a> --><script>const a = "<a href=\'/x/\'>";</script>'),
      }),
    ).toEqual([]);
  });

  it('requires external links to carry rel="external" and the screen reader words', () => {
    const pages = {
      'index.html': page(
        '<a href="https://council.example" rel="external">Council<span class="visually-hidden"> (opens external site)</span></a>' +
          '<a href="https://other.example">Other</a>',
      ),
    };
    expect(problemsFor(pages)).toEqual([
      '/ -> https://other.example: external link is not marked (needs rel="external" and "(opens external site)")',
    ]);
  });

  it('leaves /admin/ pages out of the link check', () => {
    expect(
      problemsFor({
        'index.html': page(''),
        'admin/index.html': page('<a href="#/collections">x</a><a href="/y/">y</a>'),
      }),
    ).toEqual([]);
  });
});

describe('verify-dist: sitemap and search index', () => {
  it('reports sitemap entries with no page', () => {
    const xml = `<urlset><url><loc>${SITE}/</loc></url><url><loc>${SITE}/gone/</loc></url></urlset>`;
    expect(sitemapProblems(xml, new Set(['index.html']))).toEqual([
      'sitemap.xml lists /gone/ but there is no page there',
    ]);
  });

  it('reports Pagefind files the entry point refers to that are missing', () => {
    const entry = JSON.stringify({
      version: '1.6.0',
      languages: { 'en-gb': { hash: 'en-gb_abc', wasm: 'en-gb', page_count: 2 } },
    });
    const complete = new Set([
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind.en-gb_abc.pf_meta',
      'pagefind/wasm.en-gb.pagefind',
      'pagefind/index/en-gb_1.pf_index',
      'pagefind/fragment/a.pf_fragment',
      'pagefind/fragment/b.pf_fragment',
    ]);
    expect(pagefindProblems(entry, complete)).toEqual([]);
    const broken = new Set([...complete].filter((f) => !f.endsWith('.pf_meta') && !f.endsWith('b.pf_fragment')));
    expect(pagefindProblems(entry, broken)).toEqual([
      'pagefind/pagefind.en-gb_abc.pf_meta is missing (index metadata for en-gb)',
      'pagefind/fragment has 1 files but the en-gb index has 2 pages',
    ]);
  });
});
