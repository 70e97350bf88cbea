// "What has changed" for a place: dated changes from the content's own dates, newest first, and its Atom feed.
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/run.ts';
import { buildSite } from '../../../src/lib/model.ts';
import { changesFeed, placeChanges } from '../../../src/lib/changes.ts';
import { FIXTURE_SITE } from '../../helpers/content.ts';

const content = checkContent(FIXTURE_SITE).content;
const update = {
  id: 'exampleton-board-2026-10',
  file: 'content/updates/exampleton-board-2026-10.md',
  data: {
    title: 'Board meeting, October 2026',
    date: '2026-10-15',
    kind: 'board-report',
    strategy: 'exampleton-2024-28',
    places: ['exampleton'],
    themes: [],
    priorities: [],
    summary: 'The board heard about friendship work.',
    asks: [],
    nextSteps: [],
    figures: [],
    source: { id: 'report', title: 'Report', publisher: 'Board', url: 'not online' },
  },
} as never;
const site = buildSite({ ...content, updates: [update] });

describe('what has changed for a place', () => {
  const changes = placeChanges(site, 'exampleton');

  it('lists updates, publication, recorded progress and checks, newest first', () => {
    expect(changes.map((c) => [c.date, c.kind])).toEqual([
      ['2026-11-01', 'reviewed'],
      ['2026-11-01', 'reviewed'],
      ['2026-10-15', 'update'],
      ['2026-10-01', 'progress'],
      ['2024-03-05', 'published'],
    ]);
  });

  it('links recorded progress to the action on its priority page', () => {
    const progress = changes.find((c) => c.kind === 'progress')!;
    expect(progress.title).toBe('Progress recorded: In progress');
    expect(progress.summary).toBe('W1: We will start a campaign about the value of friendship.');
    expect(progress.url).toBe('/strategies/exampleton-2024-28/friendships/#action-w1');
  });

  it('does not list actions with no recorded progress', () => {
    expect(changes.some((c) => c.summary.includes('catch-up clinics'))).toBe(false);
  });
});

describe('the changes feed', () => {
  it('is an Atom feed with absolute links, the newest change as its date, and escaped text', () => {
    const xml = changesFeed({
      site: 'https://hws.example',
      title: 'A & B',
      feedPath: '/feeds/places/exampleton.xml',
      pagePath: '/places/exampleton/changes/',
      changes: placeChanges(site, 'exampleton'),
    });
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"[ >]/);
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toMatch(/<link rel="self"[^>]* href="https:\/\/hws.example\/feeds\/places\/exampleton.xml"\/>/);
    // The feed's own date, before its first entry.
    expect(/<updated>([^<]*)<\/updated>/.exec(xml.split('<entry>')[0]!)?.[1]).toBe('2026-11-01T00:00:00Z');
    expect(xml).toMatch(/<link [^>]*href="https:\/\/hws.example\/updates\/exampleton-board-2026-10\/"\/>/);
    expect(xml.match(/<entry>/g)).toHaveLength(5);
  });
});
