import { describe, expect, it } from 'vitest';
import {
  currencyFilterLabel,
  currencyLabel,
  currencyNotice,
  lastDocumentDate,
  strategyCurrency,
} from '../../../src/lib/currency.ts';

type Fields = {
  period?: { start: number; end: number };
  status?: string;
  published?: string;
  sources?: { date?: string }[];
  updates?: string[];
  places?: string[];
};
function strategy(id: string, f: Fields) {
  return {
    id,
    url: `/strategies/${id}/`,
    places: (f.places ?? ['barking-and-dagenham']).map((p) => ({ id: p })),
    updates: (f.updates ?? []).map((date) => ({ data: { date } })),
    data: {
      title: `Strategy ${id}`,
      status: f.status ?? 'adopted',
      period: f.period,
      published: f.published,
      sources: f.sources ?? [{}],
    },
  } as unknown as Parameters<typeof strategyCurrency>[0];
}

describe('whether a strategy is current', () => {
  const ended = strategy('bd', { period: { start: 2019, end: 2023 }, status: 'draft' });

  it('says a strategy whose period ended before this year has ended, whatever its status says', () => {
    const c = strategyCurrency(ended, '2026-12-01', [ended]);
    expect(c).toEqual({ state: 'ended', start: 2019, end: 2023, newer: [] });
    expect(currencyLabel(c)).toBe('Period ended');
    expect(currencyFilterLabel(c)).toBe('Period ended');
    expect(currencyNotice(c, ['Barking and Dagenham'])).toBe(
      'This strategy covered 2019 to 2023. No newer strategy for Barking and Dagenham is published here.',
    );
  });

  it('still counts the last year of the period as current', () => {
    expect(strategyCurrency(ended, '2023-12-31', [ended]).state).toBe('provisional');
  });

  it('names a newer strategy for the same place, and ignores other places’ strategies', () => {
    const newer = strategy('bd-new', { period: { start: 2024, end: 2028 } });
    const elsewhere = strategy('camden', { period: { start: 2024, end: 2030 }, places: ['camden'] });
    const c = strategyCurrency(ended, '2026-12-01', [ended, newer, elsewhere]);
    expect(c).toMatchObject({ state: 'ended', newer: [{ title: 'Strategy bd-new', url: '/strategies/bd-new/' }] });
    expect(currencyNotice(c, ['Barking and Dagenham'])).toBe(
      'This strategy covered 2019 to 2023. A newer strategy for Barking and Dagenham is published here: Strategy bd-new.',
    );
  });

  it('says how old the document behind an "in development" status is, to the month', () => {
    const s = strategy('southwark', {
      status: 'in-development',
      sources: [{ date: '2021-11-04' }, { date: '2021-06' }],
      updates: ['2021-11-04'],
    });
    const c = strategyCurrency(s, '2026-12-01', [s]);
    expect(currencyLabel(c)).toBe('In development: last update November 2021');
    expect(currencyFilterLabel(c)).toBe('In development');
    expect(currencyNotice(c, ['Southwark'])).toMatch(
      /from November 2021\. It was in development then; we have nothing newer\.$/,
    );
  });

  it('says so when no document behind a draft is dated, rather than guessing', () => {
    const s = strategy('x', { status: 'draft' });
    const c = strategyCurrency(s, '2026-12-01', [s]);
    expect(currencyLabel(c)).toBe('Draft: date of last update not stated');
  });

  it('leaves an adopted strategy with no period as it is, with no notice', () => {
    const s = strategy('hackney', { status: 'adopted' });
    const c = strategyCurrency(s, '2026-12-01', [s]);
    expect(c).toEqual({ state: 'current', status: 'adopted' });
    expect(currencyLabel(c)).toBe('Adopted');
    expect(currencyNotice(c, ['Hackney'])).toBeUndefined();
  });

  it('takes the newest of the publication, source and update dates', () => {
    expect(
      lastDocumentDate(
        strategy('a', { published: '2022-12', sources: [{ date: '2023-03-06' }], updates: ['2022-12-08'] }),
      ),
    ).toBe('2023-03-06');
    expect(lastDocumentDate(strategy('b', {}))).toBeUndefined();
  });
});
