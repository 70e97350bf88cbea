// Where the built site is, and a crawl of every page reachable from / (shared by the browser tests).
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { PROJECT_ROOT } from '../helpers/content.ts';
import { internalLinks } from '../helpers/browser.ts';

export const DIST = process.env.SITE_DIST ?? join(PROJECT_ROOT, 'dist');

export interface CrawledPage {
  url: string;
  status: number;
  ids: string[];
  links: string[];
}

const DATA_FILE = /\.(csv|json)$/;

/** Visit every page reachable from `/` by links. */
export async function crawl(browser: Browser, origin: string): Promise<Map<string, CrawledPage>> {
  const pages = new Map<string, CrawledPage>();
  const queue = [`${origin}/`];
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  while (queue.length) {
    const url = queue.shift()!;
    if (pages.has(url)) continue;
    // Data files (CSV, JSON) would start a download in a page: fetch them instead, to check they exist.
    if (DATA_FILE.test(url)) {
      const data = await context.request.get(url);
      pages.set(url, { url, status: data.status(), ids: [], links: [] });
      continue;
    }
    const response = await page.goto(url);
    const status = response?.status() ?? 0;
    const isHtml = (response?.headers()['content-type'] ?? '').includes('text/html');
    const ids = isHtml ? await page.$$eval('[id]', (els) => els.map((e) => e.id)) : [];
    const links = isHtml ? await internalLinks(page, origin) : [];
    pages.set(url, { url, status, ids, links });
    for (const link of links) {
      const target = link.split('#')[0]!;
      if (!pages.has(target) && !queue.includes(target)) queue.push(target);
    }
  }
  await context.close();
  return pages;
}

/** Crawled pages that are HTML pages (not feeds, data files). */
export function htmlPages(pages: Map<string, CrawledPage>): string[] {
  return [...pages.values()].filter((p) => !/\.(xml|json|csv|txt)$/.test(p.url)).map((p) => p.url);
}
