// Every page works under the shipped Content-Security-Policy: served with the headers from
// public/_headers, with JavaScript on, Chromium reports no policy violation on any page.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { parseHeadersFile, serveDist, type RunningServer } from '../helpers/static-server.ts';
import { PROJECT_ROOT } from '../helpers/content.ts';
import { crawl, DIST, htmlPages } from './site.ts';

let browser: Browser;
let server: RunningServer;
let pages: string[];

beforeAll(async () => {
  server = await serveDist(DIST, 0, parseHeadersFile(readFileSync(join(PROJECT_ROOT, 'public/_headers'), 'utf8')));
  browser = await launchChromium();
  pages = htmlPages(await crawl(browser, server.origin));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records CSP violations (event) and policy errors in the console. */
async function watchedPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`securitypolicyviolation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (m) => {
    if (/Content Security Policy|securitypolicyviolation|Permissions-Policy|Refused to/i.test(m.text()))
      problems.push(`${page.url().replace(server.origin, '')}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${page.url().replace(server.origin, '')}: ${e.message}`));
  return { page, problems };
}

describe('the shipped security headers', () => {
  it('are applied to the pages under test (so the checks below mean something)', async () => {
    const response = await (await browser.newPage()).goto(`${server.origin}/`);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  });

  it('are noticed by this test when a page breaks them (an injected inline script is reported)', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${server.origin}/about/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "inline ran"';
      document.body.append(script);
    });
    await expect.poll(() => problems.join('\n')).toMatch(/script-src/);
    expect(await page.title()).not.toBe('inline ran');
    await context.close();
  });

  it('cause no CSP or permissions policy violation on any page, with JavaScript on', async () => {
    expect(pages.length).toBeGreaterThan(20);
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const { page, problems } = await watchedPage(context);
    for (const url of pages) {
      await page.goto(url, { waitUntil: 'load' });
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 600_000);

  it.skipIf(!existsSync(join(DIST, 'pagefind/pagefind.js')))(
    'let Pagefind load its WebAssembly and index and answer a query',
    async () => {
      const context = await browser.newContext();
      const { page, problems } = await watchedPage(context);
      const start = existsSync(join(DIST, 'search/index.html')) ? '/search/?q=health' : '/';
      await page.goto(`${server.origin}${start}`, { waitUntil: 'networkidle' });
      // A string, so that vitest does not rewrite the dynamic import() for Node.
      const count = await page.evaluate<number>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search('health');
      await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
      return search.results.length;
    })()`);
      await context.close();
      expect(problems).toEqual([]);
      expect(count).toBeGreaterThan(0);
    },
  );
});
