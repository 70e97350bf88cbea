// What a resident notices when they search: their own words find the councils' words, filters
// narrow, the keyboard works, screen readers hear the count, and a failed load says what to do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium } from '../helpers/browser.ts';
import { parseHeadersFile, serveDist, type RunningServer } from '../helpers/static-server.ts';
import { realContent } from '../helpers/content.ts';
import { buildSite } from '../../src/lib/model.ts';
import { DIST } from './site.ts';
import { listFiles } from '../../scripts/lib/files.ts';

const site = buildSite(realContent().content);
/** Priority pages tagged with a theme, from the content (so the test follows content edits). */
const priorityPagesOn = (theme: string) => new Set(site.prioritiesForTheme(theme).map((p) => p.url));

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  server = await serveDist(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Result {
  href: string;
  title: string;
  where: string;
}

async function waitForStatus(page: Page, pattern: RegExp) {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('[data-hws-status]')?.textContent ?? ''),
    pattern.source,
    { timeout: 20_000 },
  );
}

/** Wait until the search started by the last click has drawn its results. */
async function settled(page: Page) {
  await page.waitForSelector('[data-hws-results]:not([aria-busy])', { state: 'attached', timeout: 20_000 });
}

/** Every item shown, in order, with the kind and place line of the entry it is listed under. */
async function results(page: Page): Promise<Result[]> {
  return page.$$eval('[data-hws-results] > li', (entries) =>
    entries.flatMap((li) =>
      [...li.querySelectorAll('h3 a')].map((a) => ({
        href: a.getAttribute('href')!,
        title: a.textContent ?? '',
        where: li.querySelector('[data-hws-where]')!.textContent ?? '',
      })),
    ),
  );
}

const entryCount = (page: Page) => page.locator('[data-hws-results] > li').count();

async function searchFor(page: Page, query: string): Promise<Result[]> {
  await page.goto(`${server.origin}/search/`);
  await page.fill('#search-query', query);
  await waitForStatus(page, new RegExp(`results? for “${query}”`));
  return results(page);
}

const pageOf = (href: string) => href.split('#')[0]!;

describe('searching in residents’ words', () => {
  const cases: { query: string; finds: string; match: (r: Result) => boolean }[] = [
    {
      query: 'immunisation',
      finds: 'Camden’s childhood immunisations',
      match: (r) => r.href.startsWith('/strategies/camden-2022-30/') && /immunis/i.test(r.title),
    },
    {
      query: 'domestic abuse',
      finds: 'Barking and Dagenham’s outcome 7',
      match: (r) => r.href.startsWith('/strategies/barking-and-dagenham-2019-23/outcome-7/'),
    },
    {
      query: 'hypertension',
      finds: 'Mid and South Essex’s Core20PLUS5',
      match: (r) => r.href.startsWith('/strategies/mid-and-south-essex-2022-33/') && /Core20PLUS5/.test(r.title),
    },
    {
      query: 'lonely',
      finds: 'social connection priorities',
      match: (r) => priorityPagesOn('social-connection').has(pageOf(r.href)),
    },
    {
      query: 'teeth',
      finds: 'oral health priorities',
      match: (r) => priorityPagesOn('oral-health').has(pageOf(r.href)),
    },
    { query: 'jobs', finds: 'good work priorities', match: (r) => priorityPagesOn('good-work').has(pageOf(r.href)) },
    {
      query: 'cost of living',
      finds: 'financial security priorities',
      match: (r) => priorityPagesOn('financial-security').has(pageOf(r.href)),
    },
    // No strategy says "jabs": only the theme's synonyms can find these, and the hit is the priority itself.
    {
      query: 'jabs',
      finds: 'immunisation priorities, by the theme’s synonyms',
      match: (r) => priorityPagesOn('immunisation').has(r.href),
    },
  ];
  const page = () => browser.newPage();

  for (const { query, finds, match } of cases) {
    it(`"${query}" finds ${finds} in the top 5`, async () => {
      const p = await page();
      const top = (await searchFor(p, query)).slice(0, 5);
      await p.close();
      expect(top.length).toBeGreaterThan(0);
      expect(top.some(match), top.map((r) => `${r.href} ${r.title}`).join('\n')).toBe(true);
    });
  }

  it('shows each result’s kind, place and strategy, and links to its own spot on the page', async () => {
    const p = await page();
    const top = await searchFor(p, 'domestic abuse');
    const anchored = top.find((r) => r.href.includes('#'))!;
    expect(anchored.where).toMatch(
      /^(Priority|Action|Measure|Commitment|Update) Barking and Dagenham · Barking and Dagenham Joint Health and Wellbeing Strategy/,
    );
    await p.click(`[data-hws-results] a[href="${anchored.href}"]`);
    await p.waitForURL(`**${anchored.href}`);
    const id = decodeURIComponent(anchored.href.split('#')[1]!);
    expect(await p.locator(`[id="${id}"]`).count()).toBe(1);
    await p.close();
  });

  it('highlights the words that matched', async () => {
    const p = await page();
    await searchFor(p, 'immunisation');
    const marks = await p.$$eval('[data-hws-results] mark', (ms) => ms.map((m) => m.textContent?.toLowerCase() ?? ''));
    expect(marks.some((m) => m.includes('immunisation'))).toBe(true);
    await p.close();
  });

  it('shows results as you type, only for the latest words', async () => {
    const p = await page();
    await p.goto(`${server.origin}/search/`);
    await p.locator('#search-query').pressSequentially('domestic abuse', { delay: 40 });
    await waitForStatus(p, /results? for “domestic abuse”/);
    // Every earlier search has finished once the list is no longer busy and holds results.
    await p.waitForFunction(() => {
      const list = document.querySelector('[data-hws-results]');
      return list !== null && !list.hasAttribute('aria-busy') && list.children.length > 0;
    });
    const shown = await results(p);
    expect(new Set(shown.map((r) => r.href)).size).toBe(shown.length);
    expect(shown.some((r) => r.href.startsWith('/strategies/barking-and-dagenham-2019-23/outcome-7/'))).toBe(true);
    await p.close();
  });

  it('shows five results at a time, and moves focus to the first new one', async () => {
    const p = await page();
    await searchFor(p, 'health');
    expect(await entryCount(p)).toBe(5);
    await p.click('[data-hws-more]');
    await p.waitForFunction(() => document.querySelectorAll('[data-hws-results] > li').length === 10);
    expect(
      await p.evaluate(
        () => document.activeElement === document.querySelectorAll('[data-hws-results] > li')[5]!.querySelector('a'),
      ),
    ).toBe(true);
    await p.close();
  });

  it('counts what it lists: the number in the status line is the number of entries once all are shown', async () => {
    const p = await page();
    await searchFor(p, 'jabs');
    while (await p.isVisible('[data-hws-more]')) {
      const before = await entryCount(p);
      await p.click('[data-hws-more]');
      await p.waitForFunction((n) => document.querySelectorAll('[data-hws-results] > li').length > n, before);
    }
    const count = Number((await p.textContent('[data-hws-status]'))!.match(/^(\d+)/)![1]);
    expect(await entryCount(p)).toBe(count);
    await p.close();
  });

  it('with words and a kind ticked, lists only that kind (a priority’s actions and measures share one index page) and counts at most', async () => {
    const p = await page();
    await p.goto(`${server.origin}/search/?q=health&kind=Measure`);
    await waitForStatus(p, /results? for “health”/);
    await settled(p);
    const status = (await p.textContent('[data-hws-status]'))!;
    const count = Number(status.replace(/,/g, '').match(/(\d+) results?/)![1]);
    expect(status).toMatch(/^(Up to )?\d[\d,]* results? for “health”$/);
    while (await p.isVisible('[data-hws-more]')) {
      const before = await entryCount(p);
      await p.click('[data-hws-more]');
      await p.waitForFunction(
        (n) =>
          document.querySelectorAll('[data-hws-results] > li').length > n ||
          (document.querySelector('[data-hws-more]') as HTMLElement).hidden,
        before,
      );
    }
    const shown = await results(p);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((r) => !r.where.startsWith('Measure ')).map((r) => `${r.where} ${r.title}`)).toEqual([]);
    expect(shown.every((r) => r.href.includes('#measure-'))).toBe(true);
    expect(await entryCount(p)).toBeLessThanOrEqual(count);
    await p.close();
  });

  it('says the kind of each item of an entry that lists several kinds', async () => {
    const p = await page();
    await searchFor(p, 'lonely');
    const entries = await p.$$eval('[data-hws-results] > li', (lis) =>
      lis.map((li) => ({
        kinds: li.querySelector('[data-hws-where] .tag')!.textContent!.split(', '),
        rows: [...li.querySelectorAll('.search-items > li')].map((row) => row.querySelector('.tag')?.textContent ?? ''),
      })),
    );
    const mixed = entries.filter((e) => e.kinds.length > 1);
    expect(mixed.length).toBeGreaterThan(0);
    for (const entry of mixed) {
      expect(entry.rows.every((kind) => entry.kinds.includes(kind))).toBe(true);
      expect(new Set(entry.rows)).toEqual(new Set(entry.kinds));
    }
    await p.close();
  });

  it('finds neighbourhood profiles, glossary entries by their everyday names, and residents’ own statements', async () => {
    const p = await page();
    expect(
      (await searchFor(p, 'southend east')).slice(0, 5).some((r) => r.href.startsWith('/areas/southend-east/')),
    ).toBe(true);
    expect(
      (await searchFor(p, 'family doctor')).slice(0, 5).some((r) => r.href === '/glossary/#term-general-practitioner'),
    ).toBe(true);
    expect((await searchFor(p, 'racism')).some((r) => r.href.startsWith('/strategies/camden-2022-30/'))).toBe(true);
    await p.close();
  });

  it('announces the number of results in a live region', async () => {
    const p = await page();
    await searchFor(p, 'teeth');
    const status = p.locator('[role="status"][data-hws-status]');
    expect(await status.textContent()).toMatch(/^\d+ results? for “teeth”/);
    await p.close();
  });

  for (const [typo, word] of [
    ['imunisation', 'immunisation'],
    ['lonliness', 'loneliness'],
  ] as const) {
    it(`shows the results for "${word}" at once for "${typo}", and searches for the words as typed when asked`, async () => {
      const p = await page();
      await p.goto(`${server.origin}/search/`);
      await p.fill('#search-query', typo);
      await p.waitForSelector('[data-hws-suggestion]:not([hidden])', { timeout: 20_000 });
      expect(await p.textContent('[data-hws-suggestion]')).toBe(
        `Showing results for ${word}. Search instead for ${typo}`,
      );
      await waitForStatus(p, new RegExp(`results? for “${word}”`));
      const shown = await results(p);
      expect(shown.length).toBeGreaterThan(0);
      // No short-token noise (Southend's I1, I2 ... statements) ahead of the real matches.
      expect(shown.slice(0, 3).some((r) => /^I\d+:/.test(r.title))).toBe(false);
      await p.click('[data-hws-suggestion] a');
      await waitForStatus(p, new RegExp(`results? for “${typo}”`));
      expect(await p.inputValue('#search-query')).toBe(typo);
      expect(await p.isHidden('[data-hws-suggestion]')).toBe(true);
      await p.close();
    });
  }
});

describe('filters', () => {
  it('narrow results by place, and more than one place widens them again (Camden OR Hackney)', async () => {
    const p = await browser.newPage();
    await searchFor(p, 'health');
    const count = async () => Number((await p.textContent('[data-hws-status]'))!.match(/^(\d+)/)![1]);
    const all = await count();
    await p.click('[data-hws-filters] summary');
    await p.check('input[name="place"][value="Camden"]');
    await settled(p);
    expect(new URL(p.url()).searchParams.getAll('place')).toEqual(['Camden']);
    const camden = await count();
    expect(camden).toBeLessThan(all);
    expect((await results(p)).every((r) => r.where.includes('Camden'))).toBe(true);
    await p.check('input[name="place"][value="Hackney"]');
    await settled(p);
    expect(new URL(p.url()).searchParams.getAll('place')).toEqual(['Camden', 'Hackney']);
    const both = await count();
    expect(both).toBeGreaterThan(camden);
    expect(both).toBeLessThan(all);
    await p.close();
  });

  it('show how many results each value would give', async () => {
    const p = await browser.newPage();
    await searchFor(p, 'health');
    await p.click('[data-hws-filters] summary');
    await p.waitForFunction(() => /\(\d+\)/.test(document.querySelector('[data-hws-count]')?.textContent ?? ''));
    const camden = await p.textContent('label[for] :is([data-hws-count])', { strict: false });
    expect(camden).toMatch(/^\(\d+\)$/);
    await p.close();
  });

  it('browse without typing: every Hackney priority', async () => {
    const p = await browser.newPage();
    await p.goto(`${server.origin}/search/?place=Hackney&kind=Priority`);
    await waitForStatus(p, /results? with these filters/);
    const expected = site.strategiesForPlace('hackney').flatMap((s) => s.priorities).length;
    expect(await p.textContent('[data-hws-status]')).toBe(`${expected} results with these filters`);
    expect(await p.isChecked('input[name="place"][value="Hackney"]')).toBe(true);
    expect((await results(p)).every((r) => r.where.startsWith('Priority Hackney'))).toBe(true);
    await p.close();
  });
});

describe('the header search box', () => {
  it('works with the keyboard alone and lands on results', async () => {
    const p = await browser.newPage();
    await p.goto(`${server.origin}/`);
    for (let i = 0; i < 5 && (await p.evaluate(() => document.activeElement?.id)) !== 'site-search'; i++)
      await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await p.keyboard.type('teeth');
    await p.keyboard.press('Enter');
    await p.waitForURL('**/search/?q=teeth');
    await waitForStatus(p, /results? for “teeth”/);
    expect(await p.inputValue('#search-query')).toBe('teeth');
    expect((await results(p)).length).toBeGreaterThan(0);
    await p.close();
  });

  it('loads no search code on reading pages: only /search/ and its answer pages (and the /admin/ editor) have a script', () => {
    const pages = listFiles(DIST).filter((f) => f.endsWith('.html'));
    const withScripts = pages.filter((f) => /<script\b/.test(readFileSync(join(DIST, f), 'utf8'))).map((f) => `/${f}`);
    const answers = withScripts.filter((f) => /^\/search\/words\/[a-z0-9-]+\/index\.html$/.test(f));
    expect(answers.length).toBeGreaterThan(100);
    expect(withScripts.filter((f) => !answers.includes(f)).sort()).toEqual(['/admin/index.html', '/search/index.html']);
  });
});

describe('the search page', () => {
  it('has zero axe-core violations with results and filters shown, at phone width', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const p = await context.newPage();
    await searchFor(p, 'immunisation');
    await p.click('[data-hws-filters] summary');
    await p.waitForFunction(() => /\(\d+\)/.test(document.querySelector('[data-hws-count]')?.textContent ?? ''));
    expect(await axeViolations(p)).toEqual([]);
    const width = await p.evaluate(() => document.scrollingElement!.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await context.close();
  });

  it('collapses the filters on a phone until asked', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const p = await context.newPage();
    await searchFor(p, 'jobs');
    expect(await p.isVisible('input[name="place"]')).toBe(false);
    await p.click('[data-hws-filters] summary');
    expect(await p.isVisible('input[name="place"]')).toBe(true);
    await context.close();
  });

  it('works under the site’s Content Security Policy (no inline script, no eval beyond WebAssembly)', async () => {
    const strict = await serveDist(DIST, 0, parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8')));
    const p = await browser.newPage();
    const violations: string[] = [];
    p.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await p.goto(`${strict.origin}/search/`);
    const csp = await p.evaluate(() => fetch(location.href).then((r) => r.headers.get('content-security-policy')));
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    await p.fill('#search-query', 'teeth');
    await p.waitForFunction(
      () => /results? for “teeth”/.test(document.querySelector('[data-hws-status]')?.textContent ?? ''),
      null,
      { timeout: 20_000 },
    );
    expect((await results(p)).length).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await p.close();
    await strict.close();
  });

  it('says in words when the search files cannot load, and links to the A to Z', async () => {
    const context = await browser.newContext();
    await context.route('**/pagefind/**', (route) => route.abort());
    const p = await context.newPage();
    await p.goto(`${server.origin}/search/`);
    await p.fill('#search-query', 'teeth');
    await waitForStatus(p, /could not load/);
    expect(await p.textContent('[data-hws-status]')).toContain('Search could not load.');
    expect(await p.getAttribute('[data-hws-status] a', 'href')).toBe('/a-z/');
    await context.close();
  });

  it('without JavaScript, a query the site has no page for explains, offers the word finder, and the form searches again', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${server.origin}/search/?q=zzzz`);
    expect(await p.textContent('main')).toContain('Search needs JavaScript');
    expect(await p.isVisible('[data-hws-filters]')).toBe(false);
    expect(await p.getAttribute('.search-form', 'action')).toBe('/search/');
    await p.fill('#search-query', 'teeth');
    await p.click('.search-form button[type="submit"]');
    await p.waitForURL('**/search/?q=teeth');
    expect(await p.textContent('#answer-heading')).toBe('What this site has on “teeth”');
    await context.close();
  });

  /** The social connection priorities' links in the answer, and where the first one sits. */
  async function lonelyAnswer(p: Page) {
    const onTheme = [...priorityPagesOn('social-connection')];
    const links = p.locator(onTheme.map((u) => `main a[href="${u}"]`).join(', '));
    return { links, first: (await links.first().boundingBox())! };
  }

  it('without JavaScript, "lonely" in the header search shows the social connection priorities on the first screen of a phone', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const p = await context.newPage();
    await p.goto(`${server.origin}/`);
    await p.fill('#site-search', 'Lonely');
    await p.press('#site-search', 'Enter');
    await p.waitForURL('**/search/?q=Lonely');
    expect(await p.textContent('#answer-heading')).toBe('What this site has on “lonely”');
    const { links, first } = await lonelyAnswer(p);
    expect(first.y + first.height).toBeLessThan(740);
    // The count said is the count listed: "4 priorities in 3 places:".
    const said = (await p
      .locator('.search-answer p', { hasText: /priorit/ })
      .first()
      .textContent())!;
    const [, priorities, places] = /^(\d+) priorit\w+ in (\d+) places?:$/.exec(said)!;
    const items = p.locator('.search-answer-list').first().locator('li');
    expect(await items.count()).toBe(Number(priorities));
    expect(await links.count()).toBe(Number(priorities));
    const placeNames = await items.locator('.muted').allTextContents();
    expect(new Set(placeNames).size).toBe(Number(places));
    await p.screenshot({ path: join(tmpdir(), 'hws-search-lonely-nojs-360.png') });
    await context.close();
  });

  it('without JavaScript, an answer page has zero axe-core violations, at phone and desktop width', async () => {
    for (const width of [360, 1280]) {
      // axe needs JavaScript, so the page is shown as it is without it: <noscript> content unwrapped, no script.
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      await context.route('**/search/?q=lonely', async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(/<\/?noscript>/g, '').replace(/<script\b[^>]*><\/script>/g, '');
        await route.fulfill({ response, body });
      });
      const p = await context.newPage();
      await p.goto(`${server.origin}/search/?q=lonely`);
      expect(await p.isVisible('#answer-heading')).toBe(true);
      expect(await axeViolations(p)).toEqual([]);
      expect(await p.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(width);
      if (width === 1280) await p.screenshot({ path: join(tmpdir(), 'hws-search-lonely-nojs-1280.png') });
      await context.close();
    }
  });

  it('with JavaScript, /search/?q=lonely searches as usual (the answer stays hidden), and so does an answer page opened at its own address', async () => {
    const p = await browser.newPage();
    await p.goto(`${server.origin}/search/?q=lonely`);
    await waitForStatus(p, /results? for “lonely”/);
    expect(await p.isVisible('#answer-heading')).toBe(false);
    expect((await results(p)).some((r) => priorityPagesOn('social-connection').has(pageOf(r.href)))).toBe(true);
    expect(await axeViolations(p)).toEqual([]);
    await p.goto(`${server.origin}/search/words/lonely/`);
    await waitForStatus(p, /results? for “lonely”/);
    expect(await p.inputValue('#search-query')).toBe('lonely');
    await p.close();
  });
});

describe('the A to Z', () => {
  it('leads from a resident’s word to the theme, and lists every priority', async () => {
    const p = await browser.newPage();
    await p.goto(`${server.origin}/a-z/`);
    const text = (await p.textContent('main')) ?? '';
    expect(text).toContain('Teeth: see Oral health');
    const links = new Set(
      await p.$$eval('main a[href^="/strategies/"]', (as) => as.map((a) => a.getAttribute('href'))),
    );
    const missing = site.strategies.flatMap((s) => s.priorities.map((pr) => pr.url)).filter((url) => !links.has(url));
    expect(missing).toEqual([]);
    await p.close();
  });
});

describe('search records and the built pages', () => {
  it('send every result to an anchor that exists on its page (body headings included)', async () => {
    const { searchRecords } = await import('../../src/lib/search/records.ts');
    const checked = realContent();
    const records = searchRecords(site, new Map([...checked.entries].map(([k, e]) => [k, e.renderedBody])));
    const missing: string[] = [];
    const pages = new Map<string, string>();
    for (const r of records) {
      const [path, anchor] = r.url.split('#');
      if (!anchor) continue;
      if (!pages.has(path!)) pages.set(path!, readFileSync(join(DIST, path!, 'index.html'), 'utf8'));
      if (!pages.get(path!)!.includes(`id="${anchor}"`)) missing.push(r.url);
    }
    expect(missing).toEqual([]);
  });
});
