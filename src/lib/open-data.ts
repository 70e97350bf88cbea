// The open-data downloads (/data/): every figure and every commitment as CSV, the strategies as
// JSON, built from the same view model as the pages. Each CSV's columns are described once here,
// and the /data/ page prints those descriptions.
import { COMPARATOR_KINDS, POLARITIES, RELATIONS, UNITS, type Measure } from '../schemas/measure.ts';
import { ACTION_KINDS, ACTION_STATUSES } from '../schemas/action.ts';
import type { SourceDocument } from '../schemas/common.ts';
import { commitmentRows } from './commitments.ts';
import { indicatorAsMeasure } from './areas.ts';
import { sourceDocument } from './sources.ts';
import type { Site } from './model.ts';
import { areaUrl, priorityUrl, strategyUrl } from './urls.ts';

export interface Column<Row> {
  name: string;
  /** What the column holds, for the /data/ page. */
  description: string;
  value: (row: Row) => string | number | boolean | undefined;
}

/** A column's allowed values, from the schema's own list: "a, b or c", with a note after any value that needs one. */
export function oneOf(values: readonly string[], notes: Record<string, string> = {}): string {
  const words = values.map((v) => (notes[v] ? `${v} (${notes[v]})` : v));
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** RFC 4180 CSV: fields with a comma, quote or line break are quoted; lines end CRLF. */
export function toCsv<Row>(columns: Column<Row>[], rows: readonly Row[]): string {
  const field = (v: string | number | boolean | undefined) => {
    const s = v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return (
    [columns.map((c) => field(c.name)), ...rows.map((r) => columns.map((c) => field(c.value(r))))]
      .map((cells) => cells.join(','))
      .join('\r\n') + '\r\n'
  );
}

/** Read RFC 4180 CSV back into rows of fields (used by tests and by anyone checking a download). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      /* the \n ends the row */
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** One figure: a place's value, a comparator's value (or words-only relation) or a target. */
export interface FigureRow {
  places: string[];
  strategy: string;
  priority: string | undefined;
  update: string | undefined;
  /** The neighbourhood profile, for figures from one. */
  area?: string | undefined;
  measure: Measure;
  figure: 'value' | 'comparator' | 'target';
  comparator: string | undefined;
  comparatorKind: string | undefined;
  period: string | undefined;
  value: number | undefined;
  asPrinted: string | undefined;
  relation: string | undefined;
  significant: boolean | undefined;
  note: string | undefined;
  source: SourceDocument | undefined;
}

function figureRows(
  measure: Measure,
  at: Omit<
    FigureRow,
    | 'measure'
    | 'figure'
    | 'comparator'
    | 'comparatorKind'
    | 'period'
    | 'value'
    | 'asPrinted'
    | 'relation'
    | 'significant'
    | 'note'
  >,
): FigureRow[] {
  const base = {
    ...at,
    measure,
    comparator: undefined,
    comparatorKind: undefined,
    relation: undefined,
    significant: undefined,
  };
  return [
    ...measure.values.map((v) => ({
      ...base,
      figure: 'value' as const,
      period: v.period,
      value: v.value,
      asPrinted: v.asPrinted,
      note: v.note,
    })),
    ...measure.comparators.map((c) => ({
      ...base,
      figure: 'comparator' as const,
      comparator: c.label,
      comparatorKind: c.kind,
      period: c.period,
      value: c.value,
      asPrinted: c.asPrinted,
      relation: c.relation,
      significant: c.significant,
      note: c.note,
    })),
    ...(measure.target
      ? [
          {
            ...base,
            figure: 'target' as const,
            comparator: measure.target.label,
            period: measure.target.by,
            value: measure.target.value,
            asPrinted: measure.target.asPrinted,
            note: measure.target.note,
          },
        ]
      : []),
  ];
}

/** Every figure on the site: strategies' measures, then figures from board updates. */
export function measureFigureRows(site: Site): FigureRow[] {
  const fromStrategies = site.measures().flatMap((m) =>
    figureRows(m.measure, {
      places: m.places.map((p) => p.id),
      strategy: m.strategyId,
      priority: m.measure.priority,
      update: undefined,
      source: sourceDocument(m.strategy.sources, m.measure.source.document),
    }),
  );
  const fromUpdates = site.updates.flatMap((u) =>
    u.data.figures.flatMap((measure) =>
      figureRows(measure, {
        places: u.data.places,
        strategy: u.data.strategy,
        priority: measure.priority,
        update: u.id,
        source: u.data.source,
      }),
    ),
  );
  const fromAreas = site.areas.flatMap((a) =>
    a.data.indicators.flatMap((indicator) =>
      figureRows(indicatorAsMeasure(indicator, a.data), {
        places: [a.data.place],
        strategy: a.data.strategy ?? '',
        priority: undefined,
        update: undefined,
        area: a.id,
        source: a.data.source,
      }),
    ),
  );
  return [...fromStrategies, ...fromUpdates, ...fromAreas];
}

export const MEASURE_COLUMNS: Column<FigureRow>[] = [
  {
    name: 'place',
    description: 'The place id (see /data/strategies.json); several are separated by semicolons.',
    value: (r) => r.places.join(';'),
  },
  { name: 'strategy', description: 'The strategy id, as in the strategy’s web address.', value: (r) => r.strategy },
  {
    name: 'priority',
    description: 'The priority id, or empty for a figure about the whole place.',
    value: (r) => r.priority,
  },
  { name: 'measure', description: 'The measure id, unique within its strategy or update.', value: (r) => r.measure.id },
  { name: 'measure_label', description: 'What is measured, in plain English.', value: (r) => r.measure.label },
  {
    name: 'measure_name',
    description: 'The measure’s name exactly as the source prints it, when the source names it.',
    value: (r) => r.measure.name,
  },
  {
    name: 'subject',
    description:
      'Who or what the figure describes, when that is not the place itself (e.g. "Mid and South Essex"); empty otherwise. For a neighbourhood profile figure it is always filled in: the area, or the ward or wider area the source gives the figure for (e.g. "Canvey Island South Ward").',
    value: (r) => r.measure.subject,
  },
  {
    name: 'figure',
    description:
      '"value" for the place’s own figure, "comparator" for a figure to compare with, "target" for a target.',
    value: (r) => r.figure,
  },
  {
    name: 'comparator',
    description:
      'Who or what the comparator or target is (e.g. "London", "England"); empty for the place’s own figure.',
    value: (r) => r.comparator,
  },
  { name: 'comparator_kind', description: `${oneOf(COMPARATOR_KINDS)}.`, value: (r) => r.comparatorKind },
  {
    name: 'period',
    description:
      'The period as the source prints it (for a target, the date it should be reached); empty when the source gives none.',
    value: (r) => r.period,
  },
  {
    name: 'value',
    description: 'The number, without commas or % signs; empty when the source compares in words only.',
    value: (r) => r.value,
  },
  { name: 'unit', description: `${oneOf(UNITS)}.`, value: (r) => r.measure.unit },
  {
    name: 'unit_label',
    description: 'The unit in the source’s words, when it gives them.',
    value: (r) => r.measure.unitLabel,
  },
  { name: 'polarity', description: `${oneOf(POLARITIES)}.`, value: (r) => r.measure.polarity },
  {
    name: 'relation',
    description: `How the place compares with this comparator, only where the source says so in words: ${oneOf(RELATIONS)}.`,
    value: (r) => r.relation,
  },
  {
    name: 'significant',
    description: '"true" only where the source says the difference is statistically significant.',
    value: (r) => r.significant,
  },
  {
    name: 'as_printed',
    description: 'The figure exactly as the source prints it, when that differs from the number.',
    value: (r) => r.asPrinted,
  },
  { name: 'note', description: 'Anything a reader needs to know about the figure.', value: (r) => r.note },
  { name: 'source', description: 'The title of the document the figure comes from.', value: (r) => r.source?.title },
  { name: 'source_page', description: 'The page of that document, when known.', value: (r) => r.measure.source.page },
  {
    name: 'source_url',
    description: 'Where the document is published, or "not online" / "not stated".',
    value: (r) => r.source?.url,
  },
  {
    name: 'update',
    description: 'The update (board report) id, for figures reported in an update rather than the strategy.',
    value: (r) => r.update,
  },
  {
    name: 'area',
    description:
      'The neighbourhood profile id (its page is /areas/<area>/), for figures from a profile; empty otherwise.',
    value: (r) => r.area,
  },
];

type Commitment = ReturnType<typeof commitmentRows>[number];

/** The commitments CSV's columns; `asOf` is the date past_due_date is worked out on. */
export function commitmentColumns(asOf: string): Column<Commitment>[] {
  return [
    {
      name: 'place',
      description: 'The place id; several are separated by semicolons.',
      value: (r) => r.strategy.data.places.join(';'),
    },
    { name: 'strategy', description: 'The strategy id.', value: (r) => r.strategy.id },
    { name: 'priority', description: 'The priority id.', value: (r) => r.priority.priority.id },
    { name: 'id', description: 'The action id, unique within its strategy.', value: (r) => r.action.id },
    { name: 'code', description: 'The source’s own code, e.g. W12, when it has one.', value: (r) => r.action.code },
    { name: 'kind', description: `${oneOf(ACTION_KINDS)}.`, value: (r) => r.action.kind },
    { name: 'what', description: 'What will be done, exactly as the source prints it.', value: (r) => r.action.what },
    {
      name: 'in_short',
      description: 'What will be done in plain English, when the site gives a plain-English version.',
      value: (r) => r.action.inShort,
    },
    {
      name: 'leads',
      description: 'Who leads or delivers it, as the source names them; several are separated by semicolons.',
      value: (r) => r.action.leads.join('; '),
    },
    {
      name: 'due',
      description:
        'When it is due, as YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source; empty when the source gives no date.',
      value: (r) => r.action.due,
    },
    {
      name: 'due_as_printed',
      description: 'The due date exactly as printed, when that differs.',
      value: (r) => r.action.dueAsPrinted,
    },
    {
      name: 'ongoing',
      description: '"true" when the source says the work carries on after the due date.',
      value: (r) => r.action.ongoing,
    },
    {
      name: 'status',
      description: `${oneOf(ACTION_STATUSES, { 'not-stated': 'no progress published' })}.`,
      value: (r) => r.action.status,
    },
    {
      name: 'status_confirmed',
      description: 'When the status was last confirmed by a published source.',
      value: (r) => r.action.statusConfirmed,
    },
    {
      name: 'past_due_date',
      description:
        '"true" when the due date has passed and no published source says the work is done; worked out on the as_of date.',
      value: (r) => r.state.overdue,
    },
    {
      name: 'as_of',
      description: 'The date the site’s content was last reviewed, which past_due_date is worked out on.',
      value: () => asOf,
    },
    {
      name: 'url',
      description: 'The page on this site where the action appears.',
      value: (r) => priorityUrl(r.strategy.id, r.priority.priority.id),
    },
  ];
}

export function commitmentsCsv(site: Site): string {
  return toCsv(commitmentColumns(site.asOf), commitmentRows(site));
}

export function measuresCsv(site: Site): string {
  return toCsv(MEASURE_COLUMNS, measureFigureRows(site));
}

/** The strategies as the content holds them, with their places and page addresses. */
export function strategiesJson(site: Site): unknown {
  return {
    asOf: site.asOf,
    lastReviewed: site.lastReviewed,
    places: site.places.map((p) => ({ id: p.id, ...p.data })),
    themes: site.themes.map((t) => ({ id: t.id, ...t.data })),
    strategies: site.strategies.map((s) => ({ id: s.id, url: strategyUrl(s.id), ...s.data })),
    // Each indicator keeps its `subject` when the figure is for a ward or a wider area, not the profile's area.
    areas: site.areas.map((a) => ({ id: a.id, url: areaUrl(a.id), ...a.data })),
  };
}
