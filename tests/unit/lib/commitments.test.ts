import { describe, expect, it } from 'vitest';
import { action as actionSchema, type Action } from '../../../src/schemas/action.ts';
import { dueState, dueTag, dueYear } from '../../../src/lib/commitments.ts';

const make = (fields: Partial<Record<keyof Action, unknown>>): Action =>
  actionSchema.parse({ id: 'a', priority: 'p', what: 'Do a thing', source: { document: 'doc' }, ...fields });

describe('a commitment says where it stands, from the data only', () => {
  it('past its due date with no recorded update, it says so', () => {
    const state = dueState(make({ due: '2023-09' }), '2026-11-22');
    expect(state).toEqual({ tone: 'overdue', text: 'Due September 2023, no update recorded', overdue: true });
  });

  it('is not overdue on the last day of its due month', () => {
    expect(dueState(make({ due: '2023-09' }), '2023-09-30').overdue).toBe(false);
    expect(dueState(make({ due: '2023-09' }), '2023-10-01').overdue).toBe(true);
  });

  it('keeps "and ongoing" from the source', () => {
    expect(dueState(make({ due: '2023-09', ongoing: true }), '2026-11-22').text).toBe('Due September 2023 and ongoing, no update recorded');
  });

  it('shows recorded progress with the date it was confirmed', () => {
    const state = dueState(make({ due: '2025-03', status: 'in-progress', statusConfirmed: '2026-10-01' }), '2026-11-22');
    expect(state.text).toBe('Due March 2025. In progress (confirmed 1 October 2026)');
    expect(state.overdue).toBe(false);
  });

  it('never calls finished work overdue', () => {
    expect(dueState(make({ due: '2023-09', status: 'done', statusConfirmed: '2023-08' }), '2026-11-22').overdue).toBe(false);
  });

  it('says when the source gives no due date, and shows a printed period as printed', () => {
    expect(dueState(make({}), '2026-11-22').text).toBe('No due date stated. No update recorded');
    expect(dueState(make({ dueAsPrinted: 'by the spring' }), '2026-11-22').text).toBe('Due by the spring (as printed). No update recorded');
  });

  it('treats a printed year such as "2022/23" as passed only once every kind of year it could mean has ended', () => {
    expect(dueState(make({ dueAsPrinted: '2022/23' }), '2026-11-22')).toEqual({ tone: 'overdue', text: 'Planned for 2022/23, no update recorded', overdue: true });
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
