import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/lib/model.ts';
import {
  commitmentColumns,
  commitmentsCsv,
  MEASURE_COLUMNS,
  measuresCsv,
  oneOf,
  parseCsv,
  strategiesJson,
  toCsv,
} from '../../../src/lib/open-data.ts';
import { COMPARATOR_KINDS, POLARITIES, RELATIONS, UNITS } from '../../../src/schemas/measure.ts';
import { ACTION_KINDS, ACTION_STATUSES } from '../../../src/schemas/action.ts';
import { measureGroupCounts, measureGroupId, measuresByTheme, WHOLE_PLACE_GROUP } from '../../../src/lib/measures.ts';
import { realContent } from '../../helpers/content.ts';

const content = realContent().content;
const site = buildSite(content);

describe('CSV writing and reading', () => {
  it('quotes commas, quotes and line breaks, and reads them back unchanged', () => {
    const rows = [
      { a: 'plain', b: 'has, comma' },
      { a: 'says "hello"', b: 'two\nlines' },
      { a: '', b: 'x' },
    ];
    const csv = toCsv(
      [
        { name: 'a', description: '', value: (r: (typeof rows)[number]) => r.a },
        { name: 'b', description: '', value: (r: (typeof rows)[number]) => r.b },
      ],
      rows,
    );
    expect(csv.split('\r\n')[1]).toBe('plain,"has, comma"');
    expect(parseCsv(csv)).toEqual([
      ['a', 'b'],
      ['plain', 'has, comma'],
      ['says "hello"', 'two\nlines'],
      ['', 'x'],
    ]);
  });
});

describe('measures.csv', () => {
  const [header, ...rows] = parseCsv(measuresCsv(site));
  const col = (name: string) => header!.indexOf(name);

  it('starts with the columns the /data/ page describes', () => {
    expect(header).toEqual(MEASURE_COLUMNS.map((c) => c.name));
    expect(header!.slice(0, 4)).toEqual(['place', 'strategy', 'priority', 'measure']);
  });

  it('parses back to exactly the figures in the content, one row per value, comparator and target', () => {
    const expected = [
      // In the site's order (strategies by place name, updates newest first); figures in file order.
      ...site.strategies.flatMap((view) =>
        content.strategies
          .find((s) => s.id === view.id)!
          .data.measures.map((m) => ({ strategy: view.id, update: '', m })),
      ),
      ...site.updates.flatMap((view) =>
        content.updates
          .find((u) => u.id === view.id)!
          .data.figures.map((m) => ({ strategy: view.data.strategy, update: view.id, m })),
      ),
    ].flatMap(({ strategy, update, m }) => [
      ...m.values.map((v) => [strategy, update, m.id, 'value', '', v.period ?? '', v.value]),
      ...m.comparators.map((c) => [strategy, update, m.id, 'comparator', c.label, c.period ?? '', c.value]),
      ...(m.target ? [[strategy, update, m.id, 'target', m.target.label, m.target.by ?? '', m.target.value]] : []),
    ]);
    // Then the neighbourhood profiles' figures, in the site's order of profiles.
    const fromAreas = site.areas.flatMap((view) =>
      content.areas
        .find((a) => a.id === view.id)!
        .data.indicators.flatMap((i) => [
          [view.data.strategy ?? '', '', i.id, 'value', '', i.period ?? '', i.value],
          ...i.comparators.map((c) => [
            view.data.strategy ?? '',
            '',
            i.id,
            'comparator',
            c.label,
            c.period ?? '',
            c.value,
          ]),
        ]),
    );
    expected.push(...fromAreas);
    const actual = rows.map((r) => [
      r[col('strategy')],
      r[col('update')],
      r[col('measure')],
      r[col('figure')],
      r[col('comparator')],
      r[col('period')],
      r[col('value')] === '' ? undefined : Number(r[col('value')]),
    ]);
    expect(actual.length).toBeGreaterThan(100);
    expect(actual).toEqual(expected);
  });

  it('gives every row the same number of cells as the header', () => {
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
  });

  it('names who each neighbourhood figure is for, a ward’s figure under the ward', () => {
    const areaRows = rows.filter((r) => r[col('area')] !== '');
    expect(areaRows.length).toBe(
      content.areas.reduce((n, a) => n + a.data.indicators.reduce((k, i) => k + 1 + i.comparators.length, 0), 0),
    );
    expect(areaRows.every((r) => r[col('subject')] !== '')).toBe(true);
    const canveyWard = areaRows.find(
      (r) => r[col('area')] === 'canvey' && r[col('figure')] === 'value' && r[col('value')] === '135.3',
    )!;
    expect(canveyWard[col('subject')]).toBe('Canvey Island South Ward');
  });
});

describe('commitments.csv', () => {
  it('has a row for every action in every strategy', () => {
    const [, ...rows] = parseCsv(commitmentsCsv(site));
    const ids = rows.map((r) => `${r[1]}/${r[3]}`).sort();
    expect(ids).toEqual(content.strategies.flatMap((s) => s.data.actions.map((a) => `${s.id}/${a.id}`)).sort());
  });
});

describe('strategies.json', () => {
  it('holds every strategy with its measures, as plain JSON', () => {
    const json = JSON.parse(JSON.stringify(strategiesJson(site))) as {
      strategies: { id: string; measures: unknown[] }[];
    };
    expect(json.strategies.map((s) => s.id).sort()).toEqual(content.strategies.map((s) => s.id).sort());
    const camden = json.strategies.find((s) => s.id === 'camden-2022-30')!;
    expect(camden.measures).toEqual(
      JSON.parse(JSON.stringify(content.strategies.find((s) => s.id === 'camden-2022-30')!.data.measures)),
    );
  });
});

describe('the measures page', () => {
  it('lists every measure once, under one theme or as a figure about the whole place', () => {
    const listed = measuresByTheme(site).flatMap((g) =>
      g.strategies.flatMap((s) => s.measures.map((m) => `${m.strategyId}/${m.measure.id}`)),
    );
    expect(listed.sort()).toEqual(
      site
        .measures()
        .map((m) => `${m.strategyId}/${m.measure.id}`)
        .sort(),
    );
  });

  it('gives each theme its own page address, and the whole-place figures theirs', () => {
    const ids = measuresByTheme(site).map(measureGroupId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.at(-1)).toBe(WHOLE_PLACE_GROUP);
    expect(ids.slice(0, -1).every((id) => site.themes.some((t) => t.id === id))).toBe(true);
  });

  it('counts each theme’s measures and strategies for the index', () => {
    const total = measuresByTheme(site).reduce((n, g) => n + measureGroupCounts(g).measures, 0);
    expect(total).toBe(site.measures().length);
  });
});

describe('the column descriptions', () => {
  it('list allowed values as "a, b or c", with notes where given', () => {
    expect(oneOf(['a', 'b', 'c'], { a: 'first' })).toBe('a (first), b or c');
    expect(oneOf(['a'])).toBe('a');
  });

  it('name every value the schema allows, so a new one cannot be left undocumented', () => {
    const described = (columns: { name: string; description: string }[], name: string) =>
      columns.find((c) => c.name === name)!.description;
    for (const [name, values] of [
      ['unit', UNITS],
      ['polarity', POLARITIES],
      ['relation', RELATIONS],
      ['comparator_kind', COMPARATOR_KINDS],
    ] as const) {
      for (const value of values)
        expect(described(MEASURE_COLUMNS, name), name).toMatch(new RegExp(`(^|[ :,])${value}\\b`));
    }
    for (const [name, values] of [
      ['kind', ACTION_KINDS],
      ['status', ACTION_STATUSES],
    ] as const) {
      for (const value of values)
        expect(described(commitmentColumns('2026-01-01'), name), name).toMatch(new RegExp(`(^|[ :,])${value}\\b`));
    }
  });
});
