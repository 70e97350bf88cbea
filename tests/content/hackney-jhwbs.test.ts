// Completeness test for the Hackney Joint Health and Wellbeing Strategy.
// Counts are pinned against /work/shared/seeds/001_c8daa800c3317c9f.txt (report to the Health and Wellbeing
// Board, "9 th November", no year), so that a later edit that drops a priority, an action-plan row, a target
// group, an objective or a board ask fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, realContent, strategyById } from '../helpers/content.ts';

const s = strategyById('hackney-jhwbs');
const approach = (id: string) => {
  const a = s.approaches.find((x) => x.id === id);
  if (!a) throw new Error(`no approaches list "${id}"`);
  return a;
};
const sc = () => s.priorities.find((p) => p.id === 'increasing-social-connections')!;
const actionsFor = (subTheme: string) =>
  s.actions.filter((a) => a.priority === 'increasing-social-connections' && a.subTheme === subTheme);

/** The 13 target groups, word for word (source lines 91-103). */
const TARGET_GROUPS = [
  'Middle-aged and elderly residents, living alone, with long-term health conditions or who are disabled (ONS research; Wick Award)',
  'Children and young people, and their families',
  'Younger renters with little trust and sense of belonging to their area (ONS research)',
  'Recently bereaved people',
  'People diagnosed with a serious mental illness',
  "Residents who don't engage with health services",
  'Residents living in the private rental sector and in social housing',
  'Black and Global Majority residents',
  'The traveller community',
  'Migrants & refugees, and non-English speakers',
  'LGBTQIA+ community',
  'Men (across the above groups)',
  'Carers',
];

/**
 * Each action plan row's lead (the "Who might be SRO" column) and outcomes, in printed order, for the three
 * themes whose columns line up (source lines 106-118 and 130-136). A row with no lead or outcome printed has [].
 */
const ROWS: Record<string, { leads: string[]; outcomes: number }[]> = {
  'raising-awareness': [
    { leads: ['Connect Hackney', 'LBH', 'NHS'], outcomes: 4 }, // line 106
    { leads: ['Public Health and MECC training provider'], outcomes: 1 }, // line 107
    { leads: ['Neighbourhoods team – community navigation'], outcomes: 2 }, // lines 108-110
    { leads: ['LBH communications team'], outcomes: 0 }, // line 111
    { leads: ['Population Health Hub'], outcomes: 0 }, // lines 112-114
  ],
  'monitoring-social-connection': [
    { leads: ['Population health hub'], outcomes: 1 }, // line 115
    { leads: ['Public Health intelligence team'], outcomes: 1 }, // line 116
    { leads: ['IT enabler'], outcomes: 0 }, // line 117
    { leads: [], outcomes: 0 }, // line 118
  ],
  'planning-and-commissioning': [
    { leads: ['Homerton', 'Primary Care', 'ELFT', 'Healthwatch', 'LBH'], outcomes: 0 }, // line 130
    { leads: ['LBH and NHS contract leads'], outcomes: 0 }, // line 131
    { leads: [], outcomes: 0 }, // line 132
    { leads: ['Homerton NHS'], outcomes: 0 }, // line 134
    { leads: [], outcomes: 0 }, // line 135
    { leads: [], outcomes: 0 }, // line 136
  ],
};

describe('Hackney Joint Health and Wellbeing Strategy', () => {
  it('has the basic facts, with no invented period or year', () => {
    expect(s.title).toBe('Hackney Joint Health and Wellbeing Strategy');
    expect(s.places).toEqual(['hackney']);
    expect(s.owner).toBe('Hackney Health and Wellbeing Board');
    expect(s.status).toBe('adopted');
    expect(s.period).toBeUndefined();
    expect(s.published).toBeUndefined();
    expect(s.statusNote).toMatch(/23 March/);
    expect(s.statusNote).toMatch(/July 2023/);
    expect(s.statusNote).toMatch(/draft/);
    expect(s.sources).toHaveLength(1);
    expect(s.sources[0]).toMatchObject({ id: 'hwb-report-9-november', title: 'Hackney HWB strategy update', dateAsPrinted: '9 November' });
    expect(s.sources[0]!.date).toBeUndefined();
  });

  it('has the three priorities in order', () => {
    expect(s.priorities.map((p) => p.title)).toEqual([
      'Improving mental health',
      'Increasing social connections',
      'Supporting greater financial security',
    ]);
  });

  it('has the four ways of working', () => {
    expect(approach('ways-of-working').items.map((i) => i.title)).toEqual([
      'Strengthening our communities',
      'Creating, supporting and working with volunteer and peer roles',
      'Collaborations and partnerships: including at a neighbourhood level',
      'Making the best of community resources',
    ]);
  });

  it('has the six proposed social connection objectives, with the sub-points under 2 and 6', () => {
    const objectives = approach('social-connection-objectives').items;
    expect(objectives).toHaveLength(6);
    expect(objectives.map((o) => o.points.length)).toEqual([0, 1, 0, 0, 0, 1]);
    expect(objectives[0]!.title).toMatch(/^1\. Build a local culture of valuing connection and friendship/);
  });

  it('has the national policy with its three objectives and the seven pieces of local work', () => {
    const national = approach('national-policy').items;
    expect(national.map((i) => i.title)).toEqual(['Emerging Together: The Tackling Loneliness Network Action Plan']);
    expect(national[0]!.points).toHaveLength(3);
    expect(approach('local-work').items).toHaveLength(7);
  });

  it('names the 13 target groups for social connections, word for word', () => {
    expect(sc().groups).toEqual(TARGET_GROUPS);
  });

  it('names the six objectives as the source numbers them (lines 79-87)', () => {
    expect(approach('social-connection-objectives').items.map((o) => o.title.split(' ').slice(0, 3).join(' '))).toEqual([
      '1. Build a',
      '2. Drive a',
      '3. Recognise the',
      '4. Establish ways',
      '5. Improve the',
      '6. Put in',
    ]);
  });

  it('gives each matched action plan row its printed lead and outcomes', () => {
    for (const [theme, rows] of Object.entries(ROWS)) {
      const actions = actionsFor(theme);
      expect(actions.map((a) => a.leads), theme).toEqual(rows.map((r) => r.leads));
      expect(actions.map((a) => a.outcomes.length), theme).toEqual(rows.map((r) => r.outcomes));
    }
  });

  it('prints no year the source does not give: only November 2020 and July 2023 appear', () => {
    const raw = readFileSync(join(PROJECT_ROOT, 'content/strategies/hackney-jhwbs.mdx'), 'utf8');
    const update = readFileSync(join(PROJECT_ROOT, 'content/updates/hackney-board-report-9-november.md'), 'utf8');
    // lastReviewed and nextReviewDue are this site's own dates, not facts from the source.
    const withoutReviewDates = (t: string) => t.replace(/^(lastReviewed|nextReviewDue): .*$/gm, '');
    const years = new Set([...withoutReviewDates(raw + update).matchAll(/\b(19|20)\d{2}\b/g)].map((m) => m[0]));
    expect([...years].sort()).toEqual(['2020', '2023']);
    // The meeting dates themselves carry no year, not even one of those two.
    expect(raw + update).not.toMatch(/(9 ?(th)? November|23 March),? (19|20)\d{2}/);
  });

  it('has every row of the draft social connections action plan under its four themes', () => {
    expect(sc().subThemes.map((t) => t.title)).toEqual([
      'Raising awareness in communities and professionals of the value of social connections',
      'Monitoring levels of social connection',
      'Increasing social connections for residents',
      'Planning and commissioning services for connection',
    ]);
    expect(s.actions).toHaveLength(21);
    expect(s.actions.every((a) => a.priority === 'increasing-social-connections')).toBe(true);
    expect(actionsFor('raising-awareness')).toHaveLength(5);
    expect(actionsFor('monitoring-social-connection')).toHaveLength(4);
    expect(actionsFor('connections-for-residents')).toHaveLength(6);
    expect(actionsFor('planning-and-commissioning')).toHaveLength(6);
  });

  it('gives no due dates or progress, because the source gives none', () => {
    expect(s.actions.every((a) => a.due === undefined && a.status === 'not-stated')).toBe(true);
  });

  it('carries leads only where the row can be matched', () => {
    const lead = (id: string) => s.actions.find((a) => a.id === id)!.leads;
    expect(lead('sc-train-the-trainer')).toEqual(['Connect Hackney', 'LBH', 'NHS']);
    expect(lead('sc-mecc')).toEqual(['Public Health and MECC training provider']);
    expect(lead('sc-nhs-extra-time-pilot')).toEqual(['Homerton NHS']);
    // The "Increasing social connections for residents" columns are out of line in the source.
    for (const a of actionsFor('connections-for-residents')) {
      expect(a.leads).toEqual([]);
      expect(a.outcomes).toEqual([]);
      expect(a.note).toMatch(/Homerton CCG/);
    }
    expect(s.actions.find((a) => a.id === 'sc-train-the-trainer')!.outcomes).toHaveLength(4);
  });
});

describe('Hackney board report, 9 November', () => {
  const entry = realContent().content.updates.find((u) => u.id === 'hackney-board-report-9-november');
  if (!entry) throw new Error('no update hackney-board-report-9-november');
  const u = entry.data;

  it('has the date as printed and no year', () => {
    expect(u.date).toBeUndefined();
    expect(u.dateAsPrinted).toBe('9 November');
    expect(u.kind).toBe('board-report');
    expect(u.strategy).toBe('hackney-jhwbs');
  });

  it('has the approval sought, the five steers and the three next steps', () => {
    expect(u.asks).toHaveLength(6);
    expect(u.asks[0]).toMatch(/Improving Mental Health and Increasing Financial Security/);
    expect(u.nextSteps).toHaveLength(3);
  });
});
