// Completeness test for the Mid and South Essex Integrated Care Strategy 2022-2033
// (Southend Health & Wellbeing Board agenda pack, 6 March 2023) and its Southend updates.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, realContent, strategyById } from '../helpers/content.ts';

const ID = 'mid-and-south-essex-2022-33';
const s = strategyById(ID);
const commitments = s.actions.filter((a) => a.kind === 'commitment');
const byCode = (code: string) => {
  const found = s.actions.find((a) => a.code === code);
  if (!found) throw new Error(`no commitment ${code}`);
  return found;
};

describe('Mid and South Essex Integrated Care Strategy 2022-2033', () => {
  it('has the right owner, place, period and status', () => {
    expect(s.owner).toBe('Mid and South Essex Integrated Care Partnership');
    expect(s.places).toEqual(['southend-on-sea']);
    expect(s.period).toEqual({ start: 2022, end: 2033 });
    expect(s.status).toBe('adopted');
    expect(s.statusNote).toMatch(/December 2022/);
    expect(s.statusNote).toMatch(/6 March 2023/);
  });

  it('keeps all priorities, with the four partner-priority areas under Partner Priorities', () => {
    expect(s.priorities.map((p) => p.id)).toEqual([
      'common-endeavour',
      'shared-objectives',
      'partner-priorities',
      'determinants-of-health',
      'core20plus5',
      'core20plus5-adults',
      'core20plus5-children',
      'adult-care',
      'babies-children-young-people',
      'first-5000-households',
      'community-priorities',
      'system-priorities',
      'how-we-work-together',
      'governance-and-operation',
    ]);
    const children = s.priorities.filter((p) => p.parent === 'partner-priorities').map((p) => p.id);
    expect(children).toEqual([
      'determinants-of-health',
      'core20plus5',
      'adult-care',
      'babies-children-young-people',
      'first-5000-households',
    ]);
  });

  it('has the five Core20PLUS5 clinical areas for adults and for children', () => {
    const adults = s.priorities.find((p) => p.id === 'core20plus5-adults')!;
    const children = s.priorities.find((p) => p.id === 'core20plus5-children')!;
    expect(adults.parent).toBe('core20plus5');
    expect(children.parent).toBe('core20plus5');
    expect(adults.subThemes.map((t) => t.title)).toEqual([
      'Maternity',
      'Severe mental illness (SMI)',
      'Chronic respiratory disease',
      'Early cancer diagnosis',
      'Hypertension case-finding and optimal management and lipid optimal management',
    ]);
    expect(children.subThemes.map((t) => t.title)).toEqual(['Asthma', 'Diabetes', 'Epilepsy', 'Oral health', 'Mental health']);
    expect(adults.groups).toHaveLength(8);
  });

  it('has all 26 W commitments, W1 to W26, in the "we" voice', () => {
    const w = commitments.filter((a) => a.code?.startsWith('W'));
    expect(w).toHaveLength(26);
    expect(w.map((a) => a.code)).toEqual(Array.from({ length: 26 }, (_, i) => `W${i + 1}`));
    expect(w.every((a) => a.voice === 'we')).toBe(true);
  });

  it('has exactly the 16 printed I commitments, with no I15', () => {
    const i = commitments.filter((a) => a.code?.startsWith('I'));
    const expected = ['I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'I7', 'I8', 'I9', 'I10', 'I11', 'I12', 'I13', 'I14', 'I16', 'I17'];
    expect(i.map((a) => a.code).sort()).toEqual([...expected].sort());
    expect(i).toHaveLength(16);
    expect(i.some((a) => a.code === 'I15')).toBe(false);
    expect(i.every((a) => a.voice === 'i')).toBe(true);
    expect(commitments).toHaveLength(42);
  });

  it('records that I8 is printed as "18"', () => {
    const i8 = byCode('I8');
    expect(i8.asPrinted).toBe('18');
    expect(i8.note).toMatch(/"18"/);
    expect(i8.priority).toBe('adult-care');
  });

  it('keeps W22 as printed, cut short, with a note', () => {
    const w22 = byCode('W22');
    expect(w22.what).toMatch(/early\.$/);
    expect(w22.note).toMatch(/cut short/);
  });

  it('carries the printed due dates', () => {
    expect(byCode('W1')).toMatchObject({ due: '2023-09', dueAsPrinted: '09/23', ongoing: false });
    expect(byCode('W2')).toMatchObject({ due: '2023-10', dueAsPrinted: '10/23 and ongoing', ongoing: true });
    expect(byCode('W4')).toMatchObject({ due: '2023-09', dueAsPrinted: '09/23', ongoing: false });
    expect(byCode('W12')).toMatchObject({ due: '2023-09', dueAsPrinted: '09/23 and ongoing', ongoing: true });
    expect(byCode('W13')).toMatchObject({ due: '2023-09', dueAsPrinted: '09/23 and annually' });
    expect(byCode('I16').note).toMatch(/no I15/);
    expect(byCode('W26')).toMatchObject({ due: '2023-04', dueAsPrinted: '04/23 and ongoing', ongoing: true });
    expect(byCode('I3')).toMatchObject({ due: '2023-09', dueAsPrinted: '09/23 and ongoing' });
    expect(byCode('I17')).toMatchObject({ due: '2024-03', dueAsPrinted: '03/24 and ongoing', ongoing: true });
    expect(commitments.every((a) => a.status === 'not-stated')).toBe(true);
  });

  it('attaches commitments to the section they are printed under', () => {
    const count = (priority: string) => commitments.filter((a) => a.priority === priority).length;
    expect(count('common-endeavour')).toBe(10); // W1-W7, I1-I3
    expect(count('shared-objectives')).toBe(3); // W8, W9, I4
    expect(count('determinants-of-health')).toBe(2); // W10, I5
    expect(count('core20plus5')).toBe(5); // W11-W13, I6, I7
    expect(count('adult-care')).toBe(2); // W14, I8
    expect(count('babies-children-young-people')).toBe(2); // W15, I9
    expect(count('first-5000-households')).toBe(2); // W16, I10
    expect(count('community-priorities')).toBe(5); // W17-W19, I11, I12
    expect(count('system-priorities')).toBe(6); // W20-W23, I13, I14
    expect(count('how-we-work-together')).toBe(3); // W24, W25, I16
    expect(count('governance-and-operation')).toBe(2); // W26, I17
  });

  it('has its figures, measures and resident insights', () => {
    // 16 figures the strategy states: 1.2m people, 27 PCNs, 180 GP practices, 42 ICSs, engagement (27 strategies,
    // 8 workshops, over 170 people, 1,700 views, 280 comments, 25+ meetings), deprivation (15% Southend vs 17% Basildon,
    // 11% Thurrock; 133,000 = 10.5% of MSE) and targets (60% SMI health checks, 75% early cancer diagnosis by 2028, c.5,000 households).
    // The partnership's make-up (3 upper tier councils, 7 districts, ...) is a list in `approaches`, not a measure.
    expect(s.measures).toHaveLength(16);
    expect(s.residentVoice).toHaveLength(11);
    expect(s.principles).toHaveLength(9);
    const pop = s.measures.find((m) => m.id === 'mse-population')!;
    expect(pop.values[0]).toMatchObject({ value: 1200000, asPrinted: '1.2m' });
    // Figures about the whole system are labelled with their own subject, not as Southend's.
    expect(pop.subject).toBe('Mid and South Essex');
    expect(s.measures.filter((m) => m.id.startsWith('mse-')).every((m) => m.subject === 'Mid and South Essex')).toBe(true);
    const southend = s.measures.find((m) => m.id === 'southend-most-deprived-20-percent')!;
    expect(southend.unit).toBe('percent');
    expect(southend.values[0]!.value).toBe(15);
    expect(southend.comparators.map((c) => [c.label, c.value])).toEqual([['Basildon', 17], ['Thurrock', 11]]);
    expect(s.measures.find((m) => m.id === 'mse-people-in-most-deprived-areas')!.values[0]!.value).toBe(133000);
    expect(s.measures.find((m) => m.id === 'mse-share-in-most-deprived-areas')!.values[0]!.value).toBe(10.5);
    expect(s.measures.find((m) => m.id === 'cancers-diagnosed-early')!.target).toMatchObject({ value: 75, by: '2028' });
    expect(s.measures.find((m) => m.id === 'smi-annual-health-checks')!.target!.value).toBe(60);
    const members = s.approaches.find((a) => a.id === 'partnership-members')!.items.map((i) => i.title);
    expect(members).toEqual(expect.arrayContaining(['Three upper tier local authorities', 'Seven district councils', 'Three local independent watchdog bodies', 'Nine community and voluntary sector associations']));
    expect(s.measures.find((m) => m.id === 'first-5000-households-cohort')!.target).toMatchObject({ value: 5000, asPrinted: 'c.5,000' });
    expect(s.measures.find((m) => m.id === 'engagement-workshop-people')!.values[0]).toMatchObject({ value: 170, asPrinted: 'over 170' });
  });

  it('tags priorities with shared themes so topics line up across places', () => {
    const themes = (id: string) => s.priorities.find((p) => p.id === id)!.themes;
    expect(themes('adult-care')).toContain('social-connection'); // "Loneliness and isolation"
    expect(themes('core20plus5-adults')).toContain('long-term-conditions'); // hypertension, COPD
    expect(themes('core20plus5-adults')).toContain('cancer'); // early cancer diagnosis
    expect(themes('core20plus5-children')).toContain('oral-health'); // tooth extractions
    expect(themes('babies-children-young-people')).toContain('best-start-in-life'); // maternity and early years
    expect(themes('first-5000-households')).toContain('health-inequalities');
    expect(themes('system-priorities')).toContain('good-work'); // workforce recruitment and retention
  });

  it('carries every commitment with a printed due date and the source section it sits under', () => {
    for (const c of commitments) {
      expect(c.dueAsPrinted, c.code).toMatch(/^(0[0-9]|1[0-2])\/2[34]( and (ongoing|annually))?$/);
      const [mm, yy] = c.dueAsPrinted!.slice(0, 5).split('/');
      expect(c.due, c.code).toBe(`20${yy}-${mm}`);
      expect(c.ongoing, c.code).toBe(/and (ongoing|annually)/.test(c.dueAsPrinted!));
      expect(c.source.document, c.code).toBe('mse-ics-strategy');
    }
  });
});

describe('Southend updates for the Mid and South Essex strategy', () => {
  const updates = realContent().content.updates.filter((u) => u.data.strategy === ID && u.data.places.includes('southend-on-sea'));
  const update = (id: string) => {
    const found = updates.find((u) => u.id === id);
    if (!found) throw new Error(`no update ${id}`);
    return found.data;
  };

  it('has six updates from the 6 March 2023 agenda pack', () => {
    expect(updates.map((u) => u.id).sort()).toEqual([
      'southend-on-sea-2022-12-08-board-minutes',
      'southend-on-sea-2023-03-03-a-better-start-southend',
      'southend-on-sea-2023-03-06-able-like-mabel-falls-campaign',
      'southend-on-sea-2023-03-06-health-protection',
      'southend-on-sea-2023-03-06-see-alliance-five-year-plan',
      'southend-on-sea-2023-03-06-see-communications-engagement-network',
    ]);
    expect(update('southend-on-sea-2022-12-08-board-minutes')).toMatchObject({ kind: 'minutes', date: '2022-12-08' });
    expect(update('southend-on-sea-2023-03-06-able-like-mabel-falls-campaign').kind).toBe('campaign');
  });

  it('dates the A Better Start Southend report 3 March and notes the 6 March meeting', () => {
    const abss = update('southend-on-sea-2023-03-03-a-better-start-southend');
    expect(abss.date).toBe('2023-03-03');
    expect(abss.source.note).toMatch(/6 March 2023/);
    // Report section 5 (reach), section 4 (evaluation, Festival of Conversations incl. "397 being unique individuals"),
    // the perinatal mental health and family support worker paragraphs, and the Appendix One dashboard extract.
    expect(abss.figures).toHaveLength(35);
    expect(abss.figures.every((f) => f.source.document === abss.source.id)).toBe(true);
  });

  it('carries the A Better Start Southend reach figures exactly', () => {
    const figures = update('southend-on-sea-2023-03-03-a-better-start-southend').figures;
    const values = (id: string) => figures.find((f) => f.id === id)!.values.map((v) => v.value);
    expect(values('abss-beneficiaries-since-2015')).toEqual([5980]);
    expect(values('abss-beneficiaries-since-2015-dashboard')).toEqual([5993, 6104]);
    expect(values('abss-beneficiaries-12-months')).toEqual([1922, 2114, 2130]);
    expect(values('abss-reach-eligible')).toEqual([42, 46.2, 46.6]);
    expect(values('abss-new-beneficiaries')).toEqual([1028, 1050]);
    expect(values('abss-reach-shoeburyness')).toEqual([57.2]);
    expect(values('abss-reach-westborough')).toEqual([32.5, 39.2]);
    expect(values('abss-reach-most-deprived-10')).toEqual([45.7, 51.3]);
    expect(values('abss-reach-deprived-11-20')).toEqual([39.1, 44.6]);
    expect(values('abss-reach-deprived-21-30')).toEqual([43, 47.4]);
    expect(values('pmh-beneficiaries')).toEqual([222, 233]);
    expect(values('abss-festival-unique-individuals')).toEqual([397]);
    expect([values('abss-festival-adults'), values('abss-festival-children'), values('abss-festival-events')]).toEqual([[512], [413], [40]]);
    expect(values('pmh-survey-strategies')).toEqual([84.24]);
    expect(values('abss-ward-reach-gap')).toEqual([19.8]);
  });

  it('carries the health protection figures with the East of England comparator', () => {
    const hp = update('southend-on-sea-2023-03-06-health-protection');
    const covid = hp.figures.find((f) => f.id === 'covid-19-rate')!;
    expect(covid).toMatchObject({ unit: 'per-100000' });
    expect(covid.values[0]).toMatchObject({ value: 46.5, period: 'as of 23 February' });
    expect(covid.comparators[0]).toMatchObject({ label: 'East of England', value: 49.6, relation: 'lower' });
    expect(hp.figures.every((f) => f.source.document === hp.source.id)).toBe(true);
  });

  it('lists the profile page with no area heading on the SEE Alliance plan update, without guessing its area', () => {
    // Source: the adults/children page between the Southend East and Canvey profiles (10 figures). They are in the
    // body, not in `figures`, because a figure table labels every row with the update's place (Southend-on-Sea).
    const see = update('southend-on-sea-2023-03-06-see-alliance-five-year-plan');
    const body = readFileSync(join(PROJECT_ROOT, 'content/updates/southend-on-sea-2023-03-06-see-alliance-five-year-plan.md'), 'utf8');
    const section = body.slice(body.indexOf('no area heading'), body.indexOf('## Listening to residents'));
    const printed = ['57.2', '59.2', '53.6', '100.0', '77.9', '142.6', '51.1%', '53.4%', '16.9%', '14%', '1.6%', '104.8', '35.7', '120.03', '32.4%', '33.2%', '7.3%', '5.4%', '3%'];
    for (const figure of printed) expect(section, figure).toContain(figure);
    expect(section.match(/^- \*\*/gm)).toHaveLength(10);
    expect(section).toMatch(/Castle Point & Rochford/);
    expect(see.figures).toHaveLength(0);
  });

  it('records the two awards in the 8 December 2022 minutes', () => {
    const minutes = update('southend-on-sea-2022-12-08-board-minutes');
    expect(minutes.figures.find((f) => f.id === 'abss-awards')!.values[0]).toMatchObject({ value: 2, asPrinted: 'two' });
  });
});
