// The gate reads URLs as a browser does before it judges their scheme or host.
import { describe, expect, it } from 'vitest';
import { isOffSite, isProtocolRelative, normaliseUrl, srcsetUrls, urlScheme } from '../../../scripts/lib/url-safety.ts';
import { refreshTarget } from '../../../scripts/lib/page-scan.ts';

const SITE = 'https://health-wellbeing-strategies.example';

describe('reading a URL as a browser does', () => {
  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    [' \u0001javascript:alert(1)', 'javascript'],
    ['java\tscr\nipt:alert(1)', 'javascript'],
    ['vbscript:x', 'vbscript'],
    ['DATA:text/html,x', 'data'],
    ['https://council.example/', 'https'],
    ['/about/', undefined],
    ['#main', undefined],
    ['javascript&colon;alert(1)', undefined],
  ])('reads the scheme of %j as %s', (url, scheme) => {
    expect(urlScheme(url)).toBe(scheme);
  });

  it('strips C0 controls and spaces at the ends, tab and newline inside', () => {
    expect(normaliseUrl('\u0000 /a\tb\nc/ \u001f')).toBe('/abc/');
  });

  it.each(['//evil.example/', '\\\\evil.example/', '/\\evil.example/', ' /\t/evil.example/'])(
    'treats %j as protocol-relative',
    (url) => {
      expect(isProtocolRelative(url)).toBe(true);
      expect(isOffSite(url, '/about/', SITE)).toBe(true);
    },
  );

  it('knows paths, fragments and the site’s own address are on the site', () => {
    for (const url of ['/favicon.svg', '../x/', '#top', `${SITE}/about/`, '?q=teeth'])
      expect(isOffSite(url, '/about/', SITE), url).toBe(false);
    for (const url of ['https://evil.example/', 'http://health-wellbeing-strategies.example/', 'mailto:a@b.example'])
      expect(isOffSite(url, '/about/', SITE), url).toBe(true);
  });

  it('splits srcset into URLs, keeping commas inside a URL', () => {
    expect(srcsetUrls('/a.png 1x, https://evil.example/a,b.png 2x')).toEqual([
      '/a.png',
      'https://evil.example/a,b.png',
    ]);
    expect(srcsetUrls('/a.png,/b.png 2x')).toEqual(['/a.png,/b.png']);
    expect(srcsetUrls(' /a.png, /b.png 200w , /c.png')).toEqual(['/a.png', '/b.png', '/c.png']);
  });

  it('reads where a meta refresh goes', () => {
    expect(refreshTarget('0; url=/places/camden/')).toBe('/places/camden/');
    expect(refreshTarget("0;URL='https://evil.example/'")).toBe('https://evil.example/');
    expect(refreshTarget('5, https://evil.example/')).toBe('https://evil.example/');
    expect(refreshTarget('30')).toBeUndefined();
  });
});
