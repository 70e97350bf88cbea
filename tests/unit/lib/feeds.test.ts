import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../../src/lib/feeds.ts';
import { escapeXml } from '../../../src/lib/atom.ts';
import type { Entry } from '../../../src/schemas/rules.ts';
import type { Update } from '../../../src/schemas/update.ts';

const update = (id: string, data: Partial<Update>): Entry<Update> => ({
  id,
  file: `content/updates/${id}.md`,
  data: {
    title: 'Board report',
    kind: 'board-report',
    strategy: 's',
    places: ['camden'],
    themes: [],
    priorities: [],
    summary: 'What happened.',
    asks: [],
    nextSteps: [],
    figures: [],
    source: { id: 'doc', title: 'Doc', publisher: 'Council', url: 'not online' },
    ...data,
  } as Update,
});

const feed = (updates: Entry<Update>[]) =>
  atomFeed({
    title: 'Updates for Camden & co',
    site: 'https://example.org',
    selfPath: '/feeds/places/camden.xml',
    pagePath: '/places/camden/',
    updates,
    recordedOn: '2026-11-22',
  });

/** The feed's own text of an element (before its first entry), and each entry's. */
const feedElement = (xml: string, name: string) =>
  new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml.split('<entry>')[0]!)?.[1];
const entryElements = (xml: string, name: string) =>
  xml
    .split('<entry>')
    .slice(1)
    .map((entry) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(entry)?.[1]);

describe('atomFeed', () => {
  it('gives a dated update its own published and updated dates and an absolute link', () => {
    const xml = feed([update('a', { date: '2023-03-06' })]);
    expect(entryElements(xml, 'published')).toEqual(['2023-03-06T00:00:00Z']);
    expect(entryElements(xml, 'updated')).toEqual(['2023-03-06T00:00:00Z']);
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://example.org/updates/a/"/>');
  });

  it('never invents a day: an update with no year has no published date and says its printed date in words', () => {
    const xml = feed([update('b', { dateAsPrinted: '9 th November' })]);
    expect(xml).not.toContain('<published>');
    expect(entryElements(xml, 'updated')).toEqual(['2026-11-22T00:00:00Z']);
    expect(xml).toContain('<summary>“9 th November” (no year given). What happened.</summary>');
  });

  it('escapes text so the feed stays well-formed XML', () => {
    expect(feed([])).toContain('<title>Updates for Camden &amp; co</title>');
    expect(escapeXml(`<a href="x">'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&lt;/a&gt;');
  });

  it('is updated at the newest of its entries and the review date', () => {
    expect(feedElement(feed([update('c', { date: '2027-01-02' })]), 'updated')).toBe('2027-01-02T00:00:00Z');
    expect(feedElement(feed([update('d', { date: '2020-01-02' })]), 'updated')).toBe('2026-11-22T00:00:00Z');
  });
});
