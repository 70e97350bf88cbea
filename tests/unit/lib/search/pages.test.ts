import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/check/run.ts';
import { buildSite } from '../../../../src/lib/model.ts';
import { isGroup, MAX_GROUP_CHARS, pageHtml, searchPages } from '../../../../src/lib/search/pages.ts';
import { recordFilters, recordWhere, searchRecords, type SearchRecord } from '../../../../src/lib/search/records.ts';
import { FIXTURE_SITE } from '../../../helpers/content.ts';

const records = searchRecords(buildSite(checkContent(FIXTURE_SITE).content));
const pages = searchPages(records);
const pageWith = (url: string) => pages.find((p) => p.records.some((r) => r.url === url))!;

const measure = (id: string, extra: Partial<SearchRecord> = {}): SearchRecord => ({
  url: `/strategies/s/p/#measure-${id}`,
  title: `Measure ${id}`,
  kind: 'measure',
  places: ['Exampleton'],
  strategy: 'S',
  priority: 'P',
  status: 'Adopted',
  themes: ['Best start in life'],
  text: [`about ${id}`],
  synonyms: [],
  ...extra,
});

describe('search pages', () => {
  it('keeps every record, each in exactly one page', () => {
    expect(pages.flatMap((p) => p.records).sort((a, b) => a.url.localeCompare(b.url))).toEqual(
      [...records].sort((a, b) => a.url.localeCompare(b.url)),
    );
  });

  it('gives each priority and update a page of its own', () => {
    const priority = pageWith('/strategies/exampleton-2024-28/friendships/');
    expect(priority.records).toHaveLength(1);
    expect(priority.key).toBe('/strategies/exampleton-2024-28/friendships/');
    expect(isGroup(priority)).toBe(false);
  });

  it('puts the measures of one priority with the same filters in one page', () => {
    const group = searchPages([measure('a'), measure('b')]);
    expect(group).toHaveLength(1);
    expect(group[0]!.records.map((r) => r.url)).toEqual(['/strategies/s/p/#measure-a', '/strategies/s/p/#measure-b']);
    expect(group[0]!.key).toBe('/strategies/s/p/#search');
  });

  it('splits a group where a filter differs, so every filter stays true of every item', () => {
    const split = searchPages([
      measure('a'),
      measure('b', { themes: ['Best start in life', 'Oral health'] }),
      measure('c'),
    ]);
    expect(split.map((p) => p.records.map((r) => r.title))).toEqual([['Measure a', 'Measure c'], ['Measure b']]);
    expect(new Set(split.map((p) => p.key)).size).toBe(2);
  });

  it('packs the actions, commitments and measures of one priority in one page', () => {
    const action = measure('x', { url: '/strategies/s/p/#action-x', kind: 'action', title: 'Action x' });
    const commitment = measure('y', { url: '/strategies/s/p/#action-y', kind: 'commitment', title: 'Commitment y' });
    const packed = searchPages([action, measure('a'), commitment]);
    expect(packed.map((p) => p.records.map((r) => r.title))).toEqual([['Action x', 'Measure a', 'Commitment y']]);
    const html = pageHtml(packed[0]!);
    expect(html).toContain('<h1 id="a.action-x">Action x</h1>');
    expect(html).toContain('<h1 id="c.action-y">Commitment y</h1>');
    expect(html.match(/data-pagefind-filter="kind">[^<]*/g)).toEqual([
      'data-pagefind-filter="kind">Action',
      'data-pagefind-filter="kind">Measure',
      'data-pagefind-filter="kind">Commitment',
    ]);
    expect(html).not.toContain('data-pagefind-meta="kind"');
  });

  it('keeps every filter but kind, and the "where" line, true of every item of the real site’s groups', () => {
    for (const page of pages) {
      const same = (r: SearchRecord) => JSON.stringify([recordWhere(r), { ...recordFilters(r), kind: [] }]);
      expect(new Set(page.records.map(same)).size, page.key).toBe(1);
    }
    expect(pages.some((p) => new Set(p.records.map((r) => r.kind)).size > 1)).toBe(true);
  });

  it('gives each item of a group a heading with its kind and anchor as id', () => {
    const html = pageHtml(searchPages([measure('a'), measure('b')])[0]!);
    expect(html).toContain('<h1 id="m.measure-a">Measure a</h1><p>about a</p><h1 id="m.measure-b">Measure b</h1>');
    expect(html).toContain('<span data-pagefind-filter="kind">Measure</span>');
    expect(html).not.toContain('data-pagefind-meta="title"');
  });

  it('gives a priority the words residents use for its themes as meta', () => {
    expect(pageHtml(pageWith('/strategies/exampleton-2024-28/friendships/'))).toMatch(
      /<span data-pagefind-meta="words">Social connection and loneliness, [^<]*\blonely\b/,
    );
  });

  it('weights neighbourhood figures at half, and every other kind at Pagefind’s default', () => {
    const figure = (id: string) => measure(id, { kind: 'indicator', url: `/areas/east/#indicator-${id}` });
    const html = pageHtml(searchPages([figure('a'), figure('b')])[0]!);
    expect(html).toMatch(/<div data-pagefind-weight="0.5"><h1 id="i.indicator-a">/);
    expect(pageHtml(searchPages([measure('a')])[0]!)).not.toContain('data-pagefind-weight');
  });

  it('leaves the theme words off actions and measures', () => {
    expect(pageHtml(pageWith('/strategies/exampleton-2024-28/ready-for-school/#measure-mmr2'))).not.toContain('jabs');
  });

  it('marks up filters and meta for Pagefind and escapes the text', () => {
    const priority = records.find((r) => r.kind === 'priority')!;
    const html = pageHtml({ key: 'k', records: [{ ...priority, title: 'Fish & <chips>' }] });
    expect(html).toContain('<h1 data-pagefind-meta="title">Fish &amp; &lt;chips&gt;</h1>');
    expect(html).toContain('<span data-pagefind-filter="place">Exampleton</span>');
    expect(html).toContain('<span data-pagefind-filter="kind">Priority</span>');
    expect(html).toContain(
      'data-pagefind-meta="where">Exampleton · Exampleton Health and Wellbeing Strategy 2024-28</span>',
    );
    expect(html.match(/data-pagefind-ignore/g)).toHaveLength(1);
  });

  it('cuts a long group so that no result’s fragment grows without bound', () => {
    const long = (id: string) => measure(id, { text: ['x'.repeat(MAX_GROUP_CHARS / 2)] });
    const cut = searchPages([long('a'), long('b'), long('c')]);
    expect(cut.map((p) => p.records.length)).toEqual([1, 1, 1]);
    expect(new Set(cut.map((p) => p.key)).size).toBe(3);
    expect(cut.every(isGroup)).toBe(true);
  });
});
