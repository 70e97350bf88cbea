// One Atom writer for every feed: the same escaping and the same required elements everywhere.
import { describe, expect, it } from 'vitest';
import { atomDate, atomDocument } from '../../../src/lib/atom.ts';

const feed = atomDocument({
  title: `Tom's <feed> & "more"`,
  selfHref: 'https://hws.example/feeds/x.xml?a=1&b=2',
  pageHref: 'https://hws.example/x/',
  updated: '2026-11',
  entries: [
    {
      id: 'https://hws.example/u/#a',
      title: 'Dated',
      href: 'https://hws.example/u/',
      published: '2026-10-05',
      updated: '2026-10-05',
      summary: 'Said <b>',
    },
    {
      id: 'https://hws.example/v/#b',
      title: 'Undated',
      href: 'https://hws.example/v/',
      updated: '2026',
      summary: 'No day',
    },
  ],
});

describe('an Atom document', () => {
  it('escapes text and addresses the same way, apostrophes included', () => {
    expect(feed).toContain('<title>Tom&apos;s &lt;feed&gt; &amp; &quot;more&quot;</title>');
    expect(feed).toContain('href="https://hws.example/feeds/x.xml?a=1&amp;b=2"');
    expect(feed).toContain('<summary>Said &lt;b&gt;</summary>');
  });

  it('has the author Atom requires, and a published date only where one was given', () => {
    expect(feed).toMatch(/<author><name>[^<]+<\/name><\/author>/);
    const entries = feed.split('<entry>').slice(1);
    expect(entries.map((e) => /<published>([^<]*)</.exec(e)?.[1])).toEqual(['2026-10-05T00:00:00Z', undefined]);
    expect(entries.map((e) => /<updated>([^<]*)</.exec(e)?.[1])).toEqual([
      '2026-10-05T00:00:00Z',
      '2026-01-01T00:00:00Z',
    ]);
  });

  it('turns partial dates into timestamps at the start of the period they name', () => {
    expect([atomDate('2023'), atomDate('2023-09'), atomDate('2023-03-06')]).toEqual([
      '2023-01-01T00:00:00Z',
      '2023-09-01T00:00:00Z',
      '2023-03-06T00:00:00Z',
    ]);
  });
});
