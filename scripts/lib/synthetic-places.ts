// Synthetic places, strategies and updates for the scale benchmark: same schema as real content,
// realistic size (about one real strategy each), deterministic, and names that are plainly fake.
import { stringify } from 'yaml';

/** A small seeded random number generator (mulberry32), so the same seed always gives the same site. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  /** How many places (each with one strategy and one update). */
  count: number;
  /** Theme ids that exist in content/themes; priorities are tagged with these in turn. */
  themes: string[];
  seed?: number;
}

/** "Testshire 042": the name of synthetic place number `n` (1-based). */
export function syntheticPlaceName(n: number): string {
  return `Testshire ${String(n).padStart(3, '0')}`;
}

export function syntheticPlaceId(n: number): string {
  return `testshire-${String(n).padStart(3, '0')}`;
}

/**
 * Regions with roughly how many health and wellbeing bodies each has (upper-tier councils, districts,
 * and Wales' and Scotland's partnerships), so synthetic places are spread unevenly, as real ones are:
 * the South East and the East of England have the most, the North East the fewest. `systems` is how
 * many integrated care systems a region's places are shared among (none outside England).
 */
export const SYNTHETIC_REGIONS = [
  { name: 'North East', weight: 12, systems: 1 },
  { name: 'North West', weight: 39, systems: 3 },
  { name: 'Yorkshire and The Humber', weight: 22, systems: 3 },
  { name: 'East Midlands', weight: 40, systems: 4 },
  { name: 'West Midlands', weight: 30, systems: 5 },
  { name: 'East of England', weight: 50, systems: 6 },
  { name: 'London', weight: 33, systems: 5 },
  { name: 'South East', weight: 70, systems: 5 },
  { name: 'South West', weight: 30, systems: 7 },
  { name: 'Wales', weight: 22, systems: 0 },
  { name: 'Scotland', weight: 32, systems: 0 },
] as const;

/** The region and integrated care system of synthetic place number `n`: the same for every count. */
export function syntheticRegion(n: number, seed = 42): { region: string; integratedCareSystem: string | undefined } {
  // Its own generator per place, so adding places never moves earlier ones.
  const draw = seededRandom(seed * 7919 + n)();
  const total = SYNTHETIC_REGIONS.reduce((sum, r) => sum + r.weight, 0);
  let at = draw * total;
  const region = SYNTHETIC_REGIONS.find((r) => (at -= r.weight) < 0) ?? SYNTHETIC_REGIONS.at(-1)!;
  const system = region.systems ? `${region.name} test care system ${(n % region.systems) + 1}` : undefined;
  return { region: region.name, integratedCareSystem: system };
}

/** Stems of made-up town names, one per letter, so the index of places has entries under every letter. */
const TOWN_STEMS =
  'Alder Bram Cole Dun Elm Fern Glen Hollin Ivy Juniper Kest Lark Moss Nether Oak Pen Quarry Rush Sedge Thorn Upton Vale Wold Yew Zeal'.split(
    ' ',
  );

/** Two made-up towns that synthetic place number `n` covers, e.g. "Alderby Test 042". */
export function syntheticTowns(n: number): string[] {
  const num = String(n).padStart(3, '0');
  return [TOWN_STEMS[n % TOWN_STEMS.length]!, TOWN_STEMS[(n * 7 + 3) % TOWN_STEMS.length]!].map(
    (stem, i) => `${stem}${i ? 'ford' : 'by'} Test ${num}`,
  );
}

const PRIORITY_TOPICS = [
  'Healthy start for every child',
  'Good mental health for all ages',
  'Homes that keep people well',
  'Good work and fair pay',
  'Ageing well at home',
  'Fewer people smoking',
  'Safe and connected neighbourhoods',
  'Healthy weight and active lives',
];
const LEADS = [
  'Public health team',
  'Integrated care board',
  'Housing service',
  'Voluntary sector partnership',
  'Adult social care',
];
const STAGES = [
  'pregnancy-and-early-years',
  'children-and-young-people',
  'working-age-adults',
  'older-people',
  'all-ages',
] as const;

function sentence(words: string, n: number): string {
  return `${words} (synthetic test text ${n}). It is long enough to look like a real summary a resident would read on the page.`;
}

/** The files of one synthetic place: place YAML, strategy MDX and one update, keyed by path under content/. */
function placeFiles(n: number, themes: string[], random: () => number): Record<string, string> {
  const id = syntheticPlaceId(n);
  const name = syntheticPlaceName(n);
  const strategyId = `${id}-2025-30`;
  const pick = <T>(list: readonly T[], i: number): T => list[(n + i) % list.length]!;
  const percent = () => Math.round(random() * 900 + 50) / 10;
  const { region, integratedCareSystem } = syntheticRegion(n);

  const place = {
    name,
    council: `${name} Council (synthetic test data)`,
    kind: 'unitary-authority',
    region,
    ...(integratedCareSystem ? { integratedCareSystem } : {}),
    covers: syntheticTowns(n),
    website: `https://${id}.example`,
    summary: `${name} is a made-up place generated for the scale benchmark.`,
    lastReviewed: '2026-11-01',
  };

  const priorities = Array.from({ length: 6 }, (_, p) => ({
    id: `priority-${p + 1}`,
    title: `${pick(PRIORITY_TOPICS, p)} in ${name}`,
    label: `Priority ${p + 1}`,
    summary: sentence(`What ${name} will do about ${pick(PRIORITY_TOPICS, p).toLowerCase()}`, p),
    themes: [pick(themes, p), pick(themes, p + 3)].filter((t, i, all) => all.indexOf(t) === i),
    lifeStages: [pick(STAGES, p)],
    subThemes: [1, 2].map((s) => ({ id: `priority-${p + 1}-part-${s}`, title: `Part ${s} of priority ${p + 1}` })),
    source: { document: 'strategy', page: p + 3 },
  }));

  const measures = priorities.flatMap((p, pi) =>
    Array.from({ length: 4 }, (_, m) => ({
      id: `measure-${pi + 1}-${m + 1}`,
      priority: p.id,
      label: `Share of residents in test group ${m + 1} for priority ${pi + 1}`,
      description: 'A made-up indicator with made-up figures, for the scale benchmark only.',
      unit: 'percent',
      polarity: m % 2 ? 'lower-is-better' : 'higher-is-better',
      values: ['2021/22', '2022/23', '2023/24'].map((period) => ({ period, value: percent() })),
      comparators: [
        { label: region, kind: 'region', value: percent(), period: '2023/24' },
        { label: 'England', kind: 'country', value: percent(), period: '2023/24' },
      ],
      source: { document: 'strategy', page: pi + 10 },
    })),
  );

  const actions = priorities.flatMap((p, pi) =>
    Array.from({ length: 5 }, (_, a) => ({
      id: `action-${pi + 1}-${a + 1}`,
      code: `T${pi * 5 + a + 1}`,
      kind: a % 2 ? 'commitment' : 'action',
      priority: p.id,
      subTheme: p.subThemes[a % 2]!.id,
      what: `We will run test activity ${a + 1} for ${p.title.toLowerCase()}.`,
      details: [`First step of test activity ${a + 1}.`, `Second step of test activity ${a + 1}.`],
      howWeKnow: [`More residents in test group ${a + 1} say things got better.`],
      leads: [pick(LEADS, pi + a)],
      due: `${2026 + (a % 4)}-0${(a % 9) + 1}`,
      source: { document: 'strategy', page: pi + 20 },
    })),
  );

  const residentVoice = Array.from({ length: 8 }, (_, v) => ({
    id: `voice-${v + 1}`,
    kind: 'resident-insight',
    text: `A made-up resident comment number ${v + 1} about life in ${name}.`,
    quote: false,
    priority: priorities[v % priorities.length]!.id,
    source: { document: 'strategy', page: 30 },
  }));

  const strategy = {
    title: `${name} Health and Wellbeing Strategy 2025-30 (synthetic)`,
    shortTitle: `${name} 2025-30`,
    places: [id],
    owner: `${name} Health and Wellbeing Board`,
    period: { start: 2025, end: 2030 },
    status: 'adopted',
    published: '2025-03',
    lastReviewed: '2026-11-01',
    nextReviewDue: '2027-05-01',
    vision: `Everyone in ${name} lives a long and healthy life (synthetic).`,
    summary: sentence(`A made-up strategy for ${name} with six priorities`, 0),
    principles: [1, 2].map((i) => ({
      id: `principle-${i}`,
      title: `Test principle ${i}`,
      points: [`Point one of principle ${i}.`, `Point two of principle ${i}.`],
    })),
    priorities,
    measures,
    actions,
    residentVoice,
    sources: [
      {
        id: 'strategy',
        title: `${name} Health and Wellbeing Strategy 2025-30`,
        publisher: `${name} Council`,
        date: '2025-03',
        url: 'not online',
        pages: '1-40',
      },
    ],
  };

  const body = [
    `This strategy is **synthetic test data** for ${name}. No real council wrote it.`,
    `It sets out six priorities for the NHS and the council to work on together, like a real strategy would.`,
    `Each priority has measures with made-up figures and actions with made-up due dates.`,
  ].join('\n\n');

  const update = {
    title: `${name} board report on the synthetic strategy`,
    date: '2026-06-01',
    kind: 'progress',
    strategy: strategyId,
    places: [id],
    priorities: [priorities[0]!.id],
    summary: `A made-up progress report for ${name}, for the scale benchmark.`,
    source: {
      id: 'report',
      title: `${name} board report`,
      publisher: `${name} Council`,
      date: '2026-06-01',
      url: 'not online',
    },
  };

  return {
    [`places/${id}.yaml`]: stringify(place),
    [`strategies/${strategyId}.mdx`]: `---\n${stringify(strategy)}---\n\n${body}\n`,
    [`updates/${id}-2026-06-01-board-report.md`]: `---\n${stringify(update)}---\n\nA made-up update (synthetic test data).\n`,
  };
}

/** Every synthetic content file, keyed by its path under content/. Same options, same files. */
export function syntheticContent({ count, themes, seed = 42 }: SyntheticOptions): Record<string, string> {
  if (!themes.length) throw new Error('syntheticContent needs at least one theme id');
  const random = seededRandom(seed);
  const files: Record<string, string> = {};
  for (let n = 1; n <= count; n++) Object.assign(files, placeFiles(n, themes, random));
  return files;
}
