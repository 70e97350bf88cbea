import { describe, expect, it } from 'vitest';
import { buildDay, ukDay } from '../../../src/lib/build-day.ts';

describe('the day a build speaks for', () => {
  it('is today in the UK, not in UTC', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time); in winter the two agree.
    expect(buildDay({}, () => new Date('2027-06-30T23:30:00Z'))).toBe('2027-07-01');
    expect(buildDay({}, () => new Date('2027-01-31T23:30:00Z'))).toBe('2027-01-31');
  });

  it('is SOURCE_DATE_EPOCH when set, for a repeatable build', () => {
    const epoch = String(Date.UTC(2026, 10, 1, 12) / 1000);
    expect(buildDay({ SOURCE_DATE_EPOCH: epoch }, () => new Date('2030-01-01T00:00:00Z'))).toBe('2026-11-01');
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => buildDay({ SOURCE_DATE_EPOCH: '2026-11-01' })).toThrow(/whole seconds/);
  });

  it('formats as YYYY-MM-DD', () => {
    expect(ukDay(new Date('2026-12-02T10:00:00Z'))).toBe('2026-12-02');
  });
});
