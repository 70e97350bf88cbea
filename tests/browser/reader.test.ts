// What a resident would notice on every page reachable from the home page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium } from '../helpers/browser.ts';
import { serveDist, type RunningServer } from '../helpers/static-server.ts';
import { crawl, DIST, htmlPages, type CrawledPage } from './site.ts';

let browser: Browser;
let server: RunningServer;
let pages: Map<string, CrawledPage>;
let html: string[];

beforeAll(async () => {
  server = await serveDist(DIST);
  browser = await launchChromium();
  pages = await crawl(browser, server.origin);
  html = htmlPages(pages);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('every page reachable from the home page', () => {
  it('is found by the crawl (the site is not empty)', () => {
    expect(html.length).toBeGreaterThan(20);
  });

  it('has no broken internal link or #anchor', () => {
    const broken: string[] = [];
    for (const page of pages.values()) {
      for (const link of page.links) {
        const [target, hash] = link.split('#') as [string, string | undefined];
        const found = pages.get(target);
        if (!found || found.status !== 200) broken.push(`${page.url} -> ${link} (status ${found?.status})`);
        else if (hash && !found.ids.includes(decodeURIComponent(hash)))
          broken.push(`${page.url} -> ${link} (no #${hash})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('has zero axe-core violations for WCAG 2.2 A and AA', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const url of html) {
      await page.goto(url);
      for (const v of await axeViolations(page)) failures.push(`${url.replace(server.origin, '')} ${v}`);
    }
    await context.close();
    expect(failures).toEqual([]);
  }, 600_000);

  it('does not scroll sideways at 320 px wide', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const url of html) {
      await page.goto(url);
      const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      if (width > 320) wide.push(`${url.replace(server.origin, '')} is ${width}px wide`);
    }
    await context.close();
    expect(wide).toEqual([]);
  }, 300_000);

  it('shows its main text with JavaScript turned off, with one h1 and a footer link to the accessibility statement', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const url of html) {
      await page.goto(url);
      const text = (await page.textContent('main')) ?? '';
      const h1s = await page.locator('h1').count();
      const footerLink = await page.locator('footer a[href="/accessibility/"]').count();
      if (text.trim().length < 80) problems.push(`${url}: main text too short`);
      if (h1s !== 1) problems.push(`${url}: ${h1s} h1 elements`);
      if (footerLink !== 1) problems.push(`${url}: no footer link to the accessibility statement`);
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 300_000);

  it('makes no request off the site, sets no cookie and uses no localStorage', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const offsite: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.origin) && !request.url().startsWith('data:')) offsite.push(request.url());
    });
    const storage: string[] = [];
    for (const url of html) {
      await page.goto(url);
      const used = await page.evaluate(() => localStorage.length + sessionStorage.length);
      if (used > 0) storage.push(url);
    }
    expect(offsite).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(storage).toEqual([]);
    await context.close();
  }, 300_000);
});

describe('the accessibility statement', () => {
  it('has the sections the public sector accessibility regulations require', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/accessibility/`);
    const headings = (await page.$$eval('h2', (hs) => hs.map((h) => h.textContent ?? ''))).join(' | ');
    for (const section of [
      'Compliance status',
      'Non-accessible content',
      'How to report a problem',
      'Enforcement procedure',
      'How we tested this website',
      'Preparation of this accessibility statement',
    ]) {
      expect(headings).toContain(section);
    }
    expect(await page.textContent('#preparation + p')).toMatch(/last reviewed on \d{1,2} \w+ \d{4}/);
    await page.close();
  });
});
