import { describe, expect, it } from 'vitest';
import { action as actionSchema, type Action } from '../../../src/schemas/action.ts';
import {
  commitmentRows,
  dueState,
  dueTag,
  dueYear,
  placeRows,
  rowsByGroup,
  siteRowsForPlace,
  sixMonthsAfter,
  trackerCounts,
  trackerGroup,
  trackerSummary,
  type CommitmentRow,
} from '../../../src/lib/commitments.ts';
import { TRACKER, trackerHeadline } from '../../../src/i18n/en.ts';
import { buildSite } from '../../../src/lib/model.ts';
import { REGION_ORDER } from '../../../src/lib/regions.ts';
import { realContent } from '../../helpers/content.ts';

const make = (fields: Partial<Record<keyof Action, unknown>>): Action =>
  actionSchema.parse({ id: 'a', priority: 'p', what: 'Do a thing', source: { document: 'doc' }, ...fields });

describe('a commitment says where it stands, from the data only', () => {
  it('past its due date with no recorded update, it says so', () => {
    const state = dueState(make({ due: '2023-09' }), '2026-11-22');
    expect(state).toEqual({
      tone: 'overdue',
      text: 'Due September 2023 · no update recorded',
      overdue: true,
      noUpdate: true,
    });
  });

  it('is not overdue on the last day of its due month', () => {
    expect(dueState(make({ due: '2023-09' }), '2023-09-30').overdue).toBe(false);
    expect(dueState(make({ due: '2023-09' }), '2023-10-01').overdue).toBe(true);
  });

  it('keeps "and ongoing" from the source', () => {
    expect(dueState(make({ due: '2023-09', ongoing: true }), '2026-11-22').text).toBe(
      'Due September 2023 and ongoing · no update recorded',
    );
  });

  it('says since when there has been no update, as a date in words', () => {
    expect(dueState(make({ due: '2023-09' }), '2026-11-22', '2022-12').text).toBe(
      'Due September 2023 · no update since December 2022',
    );
    expect(dueState(make({ due: '2027-09' }), '2026-11-22', '2023-03-06').text).toBe(
      'Due September 2027 · no update since 6 March 2023',
    );
  });

  it('shows recorded progress with the date it was confirmed', () => {
    const state = dueState(
      make({ due: '2027-03', status: 'in-progress', statusConfirmed: '2026-10-01' }),
      '2026-11-22',
    );
    expect(state.text).toBe('Due March 2027 · last update 1 October 2026: in progress');
    expect(state).toMatchObject({ tone: 'progress', overdue: false, noUpdate: false });
  });

  it('is past due whatever progress was last recorded', () => {
    const state = dueState(
      make({ due: '2024-03', status: 'in-progress', statusConfirmed: '2024-11-01' }),
      '2026-11-22',
    );
    expect(`${dueTag(state)} · ${state.text}`).toBe(
      'Past due date · Due March 2024 · last update 1 November 2024: in progress',
    );
    expect(state).toMatchObject({ tone: 'overdue', overdue: true, noUpdate: false });
    expect(
      dueState(make({ due: '2024-03', status: 'not-started', statusConfirmed: '2024-06' }), '2026-11-22'),
    ).toMatchObject({ overdue: true, noUpdate: false });
  });

  it('never calls finished work overdue', () => {
    expect(dueState(make({ due: '2023-09', status: 'done', statusConfirmed: '2023-08' }), '2026-11-22').overdue).toBe(
      false,
    );
  });

  it('says when the source gives no due date, and shows a printed period as printed', () => {
    expect(dueState(make({}), '2026-11-22').text).toBe('No due date stated · no update recorded');
    expect(dueState(make({ dueAsPrinted: 'by the spring' }), '2026-11-22').text).toBe(
      'Due by the spring (as printed) · no update recorded',
    );
  });

  it('treats a printed year such as "2022/23" as passed only once every kind of year it could mean has ended', () => {
    expect(dueState(make({ dueAsPrinted: '2022/23' }), '2026-11-22')).toEqual({
      tone: 'overdue',
      text: 'Planned for 2022/23 · no update recorded',
      overdue: true,
      noUpdate: true,
    });
    expect(dueState(make({ dueAsPrinted: '2022/23' }), '2023-12-31').overdue).toBe(false);
    expect(dueState(make({ dueAsPrinted: '2022/23' }), '2024-01-01').overdue).toBe(true);
    expect(dueState(make({ dueAsPrinted: '1999/00' }), '2000-06-01').overdue).toBe(false);
  });
});

describe('the tag beside a commitment states a fact, not a judgement', () => {
  it('says "Past due date" when the date has passed with no update', () => {
    expect(dueTag(dueState(make({ due: '2023-04', ongoing: true }), '2026-11-22'))).toBe('Past due date');
  });
  it('says "Due" for a future date and "No date" when there is none', () => {
    expect(dueTag(dueState(make({ due: '2027-04' }), '2026-11-22'))).toBe('Due');
    expect(dueTag(dueState(make({}), '2026-11-22'))).toBe('No date');
  });
});

describe('dueYear groups the tracker by date', () => {
  it('uses the year of a date, a printed period as printed, or says there is no date', () => {
    expect(dueYear(make({ due: '2023-09' }))).toBe('2023');
    expect(dueYear(make({ dueAsPrinted: '2022/23' }))).toBe('2022/23');
    expect(dueYear(make({ dueAsPrinted: 'soon' }))).toBe('No due date stated');
  });
});

const row = (fields: Partial<Record<keyof Action, unknown>>) => ({ action: make(fields) }) as CommitmentRow;
const AS_OF = '2026-11-22';

describe('the tracker puts each item in exactly one group', () => {
  it('six months on is the same day, or the end of a shorter month', () => {
    expect(sixMonthsAfter('2026-11-22')).toBe('2027-05-22');
    expect(sixMonthsAfter('2026-08-31')).toBe('2027-02-28');
    expect(sixMonthsAfter('2026-06-30')).toBe('2026-12-30');
  });

  it('groups by date first, then by recorded progress', () => {
    expect(trackerGroup(make({ due: '2024-03', status: 'in-progress', statusConfirmed: '2024-11' }), AS_OF)).toBe(
      'past-due',
    );
    expect(trackerGroup(make({ due: '2027-05' }), AS_OF)).toBe('due-soon');
    expect(trackerGroup(make({ due: '2027-06' }), AS_OF)).toBe('later');
    expect(trackerGroup(make({ due: '2028', status: 'ongoing', statusConfirmed: '2026-01' }), AS_OF)).toBe('progress');
    expect(trackerGroup(make({}), AS_OF)).toBe('no-date');
    expect(trackerGroup(make({ due: '2020-01', status: 'done', statusConfirmed: '2020-02' }), AS_OF)).toBe('closed');
  });

  it('lists groups in a fixed order and leaves empty ones out', () => {
    const groups = rowsByGroup([row({}), row({ due: '2020-01' }), row({ due: '2020-02' })], AS_OF);
    expect(groups.map((g) => [g.group, g.rows.length])).toEqual([
      ['past-due', 2],
      ['no-date', 1],
    ]);
  });
});

describe('the count at the top counts exactly what it says', () => {
  const rows = [
    row({ due: '2023-09' }),
    row({ dueAsPrinted: '2022/23' }),
    // Overdue, but with a recorded status: past due, and not "no update".
    row({ due: '2024-03', status: 'not-started', statusConfirmed: '2024-06' }),
    row({ due: '2027-01' }),
    row({}),
    row({ due: '2023-01', status: 'done', statusConfirmed: '2023-01' }),
  ];

  it('counts past-due items with and without a recorded update apart', () => {
    expect(trackerCounts(rows, AS_OF)).toEqual({
      total: 6,
      pastDue: 3,
      pastDueNoUpdate: 2,
      dueSoon: 1,
      progress: 2,
      noDate: 1,
    });
  });

  it('says how many of all items are past due with no update, and the rest separately', () => {
    expect(trackerHeadline(trackerCounts(rows, AS_OF), '22 November 2026')).toBe(
      'As at 22 November 2026, 2 of 6 items are past their due date with no update recorded. A further 1 is past due with progress recorded.',
    );
    expect(trackerHeadline({ total: 1, pastDue: 0, pastDueNoUpdate: 0 }, '1 May 2026')).toBe(
      'As at 1 May 2026, 0 of 1 item is past its due date with no update recorded.',
    );
  });
});

describe('the site-wide summary on the real content', () => {
  const site = buildSite(realContent().content);
  const summary = trackerSummary(site);
  const rows = commitmentRows(site);

  it('counts each place’s own items, those of every strategy that covers it', () => {
    expect(summary.places.size).toBe(site.places.length);
    for (const place of site.places) {
      expect(siteRowsForPlace(site, place.id)).toEqual(placeRows(rows, place.id));
      expect(summary.places.get(place.id)!.counts).toEqual(trackerCounts(placeRows(rows, place.id), site.asOf));
    }
    // Southend-on-Sea's items come from a strategy named for its integrated care system (Mid and South Essex).
    expect(summary.places.get('southend-on-sea')!.counts.total).toBeGreaterThan(0);
  });

  it('counts an item once in its region even when its strategy covers several of the region’s places', () => {
    for (const region of summary.regions) {
      const ids = new Set(region.places.map((p) => p.placeId));
      const distinct = rows.filter((r) => r.strategy.places.some((p) => ids.has(p.id)));
      expect(region.counts.total).toBe(distinct.length);
      expect(region.counts.total).toBeLessThanOrEqual(region.places.reduce((n, p) => n + p.counts.total, 0));
    }
    expect(summary.counts.total).toBe(rows.length);
  });

  it('orders regions as every list split by region does', () => {
    const order = summary.regions.map((r) => REGION_ORDER.indexOf(r.name as (typeof REGION_ORDER)[number]));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('is worked out once per site', () => {
    expect(trackerSummary(site)).toBe(summary);
    expect(commitmentRows(site)).toBe(rows);
  });
});

describe('the headline of a region’s summary says where its counts are from', () => {
  it('names the region and how many places it has', () => {
    expect(
      trackerHeadline({ total: 9, pastDue: 2, pastDueNoUpdate: 2 }, '1 May 2026', TRACKER.inRegion('London', 45)),
    ).toBe(
      'As at 1 May 2026, across the 45 places in London, 2 of 9 items are past their due date with no update recorded.',
    );
    expect(TRACKER.inRegion('Wales', 1)).toBe('across the place in Wales');
  });
});
