import { describe, expect, it } from 'vitest';
import {
  BUDGETS,
  budgetReportMarkdown,
  evaluateBudgets,
  median,
  type PageMeasure,
  type SearchMeasure,
} from '../../../scripts/lib/budgets.ts';

const page = (path: string, kb: number, extra: Partial<PageMeasure> = {}): PageMeasure => ({
  path,
  bytes: kb * 1024,
  headerBytes: 900,
  jsBytes: 0,
  requests: 3,
  chromeLinks: 7,
  failed: [],
  ...extra,
});
const search = (kb: number): SearchMeasure => ({
  method: 'test',
  queries: [{ query: 'q', bytes: kb * 1024, requests: 9, results: 3 }],
  firstQueryBytes: kb * 1024,
  firstQueryFiles: [],
});
const failing = (lines: ReturnType<typeof evaluateBudgets>) => lines.filter((l) => !l.pass).map((l) => l.name);

describe('page-weight budgets', () => {
  it('take the median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });

  it('pass small pages with no JavaScript, a small search and small charts', () => {
    const lines = evaluateBudgets([page('/', 5), page('/about/', 8), page('/big/', 29)], search(90), [
      { where: '/x/', gzipBytes: 2000 },
    ]);
    expect(failing(lines)).toEqual([]);
  });

  it('fail a median over 15 KB, a page over 30 KB and any JavaScript on a reading page', () => {
    const lines = evaluateBudgets(
      [page('/', 16), page('/a/', 16), page('/b/', 31, { jsBytes: 10 })],
      undefined,
      undefined,
    );
    expect(failing(lines)).toEqual([
      'reading pages: median transferred on first view',
      'reading pages: largest transferred on first view',
      'reading pages: JavaScript',
    ]);
  });

  it('leave /search/ and /admin/ out of the reading-page budgets', () => {
    const lines = evaluateBudgets(
      [page('/', 5), page('/search/', 60, { jsBytes: 30_000 }), page('/admin/', 900, { jsBytes: 900_000 })],
      search(50),
      undefined,
    );
    expect(failing(lines)).toEqual([]);
  });

  it('fail when header and footer links differ between pages (a list that grows with places)', () => {
    const lines = evaluateBudgets([page('/', 5), page('/a/', 5, { chromeLinks: 12 })], undefined, undefined);
    expect(failing(lines)).toEqual(['reading pages: header and footer links (no site-wide list of places)']);
  });

  it('fail a first query over 100 KB and a chart over 3 KB, and say so when there is no search or chart yet', () => {
    expect(
      failing(evaluateBudgets([page('/', 5)], search(101), [{ where: '/x/', gzipBytes: BUDGETS.chart + 1 }])),
    ).toEqual(['search: page and first query (test)', 'charts: largest of 1, gzipped']);
    const none = evaluateBudgets([page('/', 5)], undefined, []);
    expect(none.map((l) => l.actual).join(' ')).toMatch(/no search yet.*no charts yet/);
  });

  it('write a Markdown report with a row per budget and per page', () => {
    const pages = [page('/', 5), page('/about/', 8)];
    const md = budgetReportMarkdown(
      evaluateBudgets(pages, undefined, undefined),
      pages,
      undefined,
      undefined,
      '2026-12-01',
    );
    expect(md).toContain('| reading pages: median transferred on first view | 15.0 KB | 6.5 KB | pass |');
    expect(md).toContain('| /about/ | 8.0 | 0 | 3 | 0.9 |');
  });
});
