// The shipped header files (public/_headers for Cloudflare Pages and Netlify, deploy/nginx.conf and nginx-tls.conf)
// carry the security and caching policy, the same on every platform.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspDirectives, headersFor, parseHeadersFile, type Platform } from '../../../scripts/lib/headers-file.ts';
import { PROJECT_ROOT } from '../../helpers/content.ts';

const rules = parseHeadersFile(readFileSync(join(PROJECT_ROOT, 'public/_headers'), 'utf8'));
const nginx = readFileSync(join(PROJECT_ROOT, 'deploy/nginx.conf'), 'utf8');
const nginxCommon = readFileSync(join(PROJECT_ROOT, 'deploy/hws-security-headers.conf'), 'utf8');

const READING = ['/', '/about/', '/strategies/camden-2022-30/', '/404.html', '/sitemap.xml', '/search/'];
const HASHED = [
  '/_astro/Base.BU_rJ2m1.css',
  '/_astro/search.D1x2y3.js',
  '/pagefind/fragment/en-gb_3f2a.pf_fragment',
  '/pagefind/index/en-gb_42bf5fd.pf_index',
  '/pagefind/filter/en-gb_1a2b.pf_filter',
];
const PAGEFIND_UNHASHED = [
  '/pagefind/pagefind.js',
  '/pagefind/pagefind-worker.js',
  '/pagefind/pagefind-entry.json',
  '/pagefind/wasm.en-gb.pagefind',
  '/pagefind/wasm.unknown.pagefind',
  '/pagefind/pagefind.en-gb_fa1f64d77dd8b.pf_meta',
  '/pagefind/pagefind-ui.js',
];
const ADMIN = ['/admin/', '/admin/config.yml', '/admin/decap-cms.js'];
const ALL = [...READING, ...HASHED, ...PAGEFIND_UNHASHED, ...ADMIN];
const PLATFORMS: Platform[] = ['cloudflare', 'netlify'];

const get = (path: string, name: string, platform: Platform = 'cloudflare') =>
  headersFor(rules, path, platform).get(name) ?? '';

describe('public/_headers', () => {
  it('gives every path the same headers on Cloudflare Pages and on Netlify', () => {
    for (const path of ALL)
      expect(Object.fromEntries(headersFor(rules, path, 'netlify')), path).toEqual(
        Object.fromEntries(headersFor(rules, path, 'cloudflare')),
      );
  });

  it('allows no inline or eval script outside /admin/, only Pagefind’s wasm-unsafe-eval and connect-src self', () => {
    for (const platform of PLATFORMS) {
      for (const path of [...READING, ...HASHED, ...PAGEFIND_UNHASHED]) {
        const csp = cspDirectives(get(path, 'content-security-policy', platform));
        expect(csp.get('script-src'), path).toEqual(["'self'", "'wasm-unsafe-eval'"]);
        expect(csp.get('connect-src'), path).toEqual(["'self'"]);
        expect(csp.get('style-src'), path).toEqual(["'self'"]);
        expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
        expect(csp.get('object-src'), path).toEqual(["'none'"]);
        expect(csp.get('default-src'), path).toEqual(["'none'"]);
        expect(get(path, 'content-security-policy', platform), path).not.toMatch(
          /unsafe-inline|'unsafe-eval'|https?:|\*/,
        );
      }
    }
  });

  it('sends HSTS, nosniff, a referrer policy and a permissions policy on every path', () => {
    for (const path of ALL) {
      expect(Number(/max-age=(\d+)/.exec(get(path, 'strict-transport-security'))?.[1]), path).toBeGreaterThanOrEqual(
        31_536_000,
      );
      expect(get(path, 'strict-transport-security'), path).toContain('includeSubDomains');
      expect(get(path, 'x-content-type-options'), path).toBe('nosniff');
      expect(get(path, 'referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(get(path, 'permissions-policy'), path).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    }
  });

  it('makes HTML and Pagefind’s unhashed entry files revalidate every time, never immutable', () => {
    for (const platform of PLATFORMS) {
      for (const path of [...READING, ...PAGEFIND_UNHASHED, ...ADMIN]) {
        expect(get(path, 'cache-control', platform), path).toBe('public, max-age=0, must-revalidate');
      }
    }
  });

  it('caches content-hashed files (Astro assets, Pagefind chunks) for a year as immutable', () => {
    for (const platform of PLATFORMS) {
      for (const path of HASHED)
        expect(get(path, 'cache-control', platform), path).toBe('public, max-age=31536000, immutable');
    }
  });

  it('gives /admin/ its own looser policy that still forbids framing, and only /admin/', () => {
    for (const platform of PLATFORMS) {
      for (const path of ADMIN) {
        const csp = get(path, 'content-security-policy', platform);
        expect(csp.split(',').length, `${path}: one policy, not two joined`).toBe(1);
        expect(cspDirectives(csp).get('frame-ancestors'), path).toEqual(["'none'"]);
        expect(cspDirectives(csp).get('script-src'), path).not.toContain("'unsafe-inline'");
      }
    }
    const adminCsp = get('/admin/', 'content-security-policy');
    expect(adminCsp).not.toBe(get('/', 'content-security-policy'));
    expect(get('/administration/', 'content-security-policy')).toBe(get('/', 'content-security-policy'));
  });
});

describe('deploy/nginx.conf', () => {
  const mapped = (variable: string) => {
    const block = new RegExp(`map \\$uri \\$${variable} \\{([\\s\\S]*?)\\n\\}`).exec(nginx)?.[1] ?? '';
    return {
      default: /default "([^"]+)"/.exec(block)?.[1],
      admin: /~\^\/admin\/ "([^"]+)"/.exec(block)?.[1],
    };
  };
  const locations = [...nginx.matchAll(/location ([^{]+)\{([^}]*)\}/g)].map((m) => ({
    where: m[1]!.trim(),
    body: m[2]!,
  }));
  const served = locations.filter((l) => !l.body.includes('return 404'));

  it('has the same Content-Security-Policy as public/_headers, for pages and for /admin/', () => {
    expect(mapped('hws_csp').default).toBe(get('/', 'content-security-policy'));
    expect(mapped('hws_csp').admin).toBe(get('/admin/', 'content-security-policy'));
    expect(mapped('hws_coop').default).toBe(get('/', 'cross-origin-opener-policy'));
    expect(mapped('hws_coop').admin).toBe(get('/admin/', 'cross-origin-opener-policy'));
  });

  it('sends the same security headers as public/_headers from every location', () => {
    for (const name of [
      'Strict-Transport-Security',
      'X-Content-Type-Options',
      'X-Frame-Options',
      'Referrer-Policy',
      'Permissions-Policy',
    ]) {
      expect(new RegExp(`add_header ${name} "([^"]+)" always;`).exec(nginxCommon)?.[1], name).toBe(
        get('/', name.toLowerCase()),
      );
    }
    expect(served.length).toBeGreaterThanOrEqual(4);
    for (const l of served) {
      expect(l.body, l.where).toContain('include snippets/hws-security-headers.conf;');
      expect(l.body, l.where).toContain('add_header Content-Security-Policy $hws_csp always;');
    }
  });

  it('caches like public/_headers: HTML and Pagefind entry files revalidate, hashed files are immutable', () => {
    const cache = (where: string) =>
      /add_header Cache-Control "([^"]+)"/.exec(locations.find((l) => l.where === where)?.body ?? '')?.[1];
    expect(cache('/')).toBe('public, max-age=0, must-revalidate');
    expect(cache('/pagefind/')).toBe('public, max-age=0, must-revalidate');
    expect(cache('^~ /_astro/')).toBe('public, max-age=31536000, immutable');
    expect(cache('~ ^/pagefind/(fragment|index|filter)/')).toBe('public, max-age=31536000, immutable');
    // A prefix location with ^~ would stop nginx from trying the regex for hashed Pagefind chunks.
    expect(nginx).not.toContain('location ^~ /pagefind/');
  });
});
