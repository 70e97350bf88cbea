// Finding your way on a phone: the service navigation on every page, "On this page" lists on long pages,
// no reading page too long, and AA contrast in the dark colour scheme as well as the light one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium } from '../helpers/browser.ts';
import { serveDist, type RunningServer } from '../helpers/static-server.ts';
import { crawl, DIST, htmlPages } from './site.ts';
import { CONTENTS_AFTER_SCREENS, MAX_SCREENS, SCREEN_HEIGHT } from '../../src/lib/page-contents.ts';

let browser: Browser;
let server: RunningServer;
let html: string[];

/** Pages whose splitting is planned separately (issue 13: A to Z, theme and measures pages paged by region). */
const SPLIT_LATER = new Set(['/a-z/']);

beforeAll(async () => {
  server = await serveDist(DIST);
  browser = await launchChromium();
  html = htmlPages(await crawl(browser, server.origin));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const path = (url: string) => url.replace(server.origin, '');

describe('on a 360 px phone with JavaScript off', () => {
  it('every page has the six ways in, the current section marked, and the same links in the footer', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: SCREEN_HEIGHT },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const url of html) {
      await page.goto(url);
      const header = await page.$$eval('header nav[aria-label="Menu"] a', (as) =>
        as.map((a) => `${a.textContent?.trim()} ${a.getAttribute('href')}`),
      );
      const footer = await page.$$eval('footer nav a', (as) =>
        as.map((a) => `${a.textContent?.trim()} ${a.getAttribute('href')}`),
      );
      const current = await page.$$eval('header nav[aria-label="Menu"] a[aria-current]', (as) =>
        as.map((a) => a.getAttribute('href')),
      );
      if (header.length !== 6) problems.push(`${path(url)}: ${header.length} header navigation links`);
      if (footer.join() !== header.join()) problems.push(`${path(url)}: footer links differ from the header's`);
      const p = path(url);
      const inSection = /^\/(commitments|measures|areas|themes|search)\//.test(p) || p === '/';
      if (inSection && current.length !== 1) problems.push(`${p}: ${current.length} current sections marked`);
      if (current.length > 1) problems.push(`${p}: more than one current section`);
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 300_000);

  it(`every page over ${CONTENTS_AFTER_SCREENS} screens has a list of its sections, and none is over ${MAX_SCREENS} screens`, async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: SCREEN_HEIGHT },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    const problems: string[] = [];
    const heights: number[] = [];
    for (const url of html) {
      await page.goto(url);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      heights.push(height);
      const screens = height / SCREEN_HEIGHT;
      // A list of sections: a navigation landmark in the main content whose links point at places on this page.
      const inPageLinks = await page.$$eval('main nav', (navs) =>
        Math.max(
          0,
          ...navs.map(
            (n) => [...n.querySelectorAll('a')].filter((a) => a.getAttribute('href')?.startsWith('#')).length,
          ),
        ),
      );
      const p = path(url);
      if (screens > CONTENTS_AFTER_SCREENS && inPageLinks < 2)
        problems.push(`${p}: ${screens.toFixed(1)} screens and no list of sections`);
      if (screens > MAX_SCREENS && !SPLIT_LATER.has(p))
        problems.push(`${p}: ${screens.toFixed(1)} screens (at most ${MAX_SCREENS})`);
    }
    await context.close();
    // The measurement itself must have happened: real pages, of real heights.
    expect(Math.max(...heights)).toBeGreaterThan(SCREEN_HEIGHT);
    expect(problems).toEqual([]);
  }, 300_000);
});

describe('in the dark colour scheme', () => {
  it('the page really is dark (the scheme is followed)', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await context.close();
    const [r, g, b] = background.match(/\d+/g)!.map(Number) as [number, number, number];
    expect(r + g + b).toBeLessThan(150);
  });

  it('has zero axe-core violations for WCAG 2.2 A and AA on every page', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: SCREEN_HEIGHT }, colorScheme: 'dark' });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const url of html) {
      await page.goto(url);
      for (const v of await axeViolations(page)) failures.push(`${path(url)} ${v}`);
    }
    await context.close();
    expect(failures).toEqual([]);
  }, 600_000);
});
