// Completeness test for the South East Essex Alliance neighbourhood (primary care network) profiles,
// from the SEE Alliance 5 Year Plan DRAFT in the Southend Health & Wellbeing Board pack of 6 March 2023.
import { describe, expect, it } from 'vitest';
import { realContent } from '../helpers/content.ts';

function southendAreas() {
  return realContent().content.areas.filter((a) => a.data.place === 'southend-on-sea');
}

function area(id: string) {
  const entry = realContent().content.areas.find((a) => a.id === id);
  if (!entry) throw new Error(`no area "${id}" in content/areas`);
  return entry.data;
}

function indicator(areaId: string, indicatorId: string) {
  const found = area(areaId).indicators.find((i) => i.id === indicatorId);
  if (!found) throw new Error(`no indicator "${indicatorId}" in ${areaId}`);
  return found;
}

// The source (004, "SEE Alliance 5 Year Plan DRAFT", agenda pack pages 55-88) has seven named profiles.
// Each has a demographics slide (4 figures: people, households, fuel poverty count and share), a
// CORE20 | PLUS | 5 deprivation slide, an adults slide and a children slide (asthma, Year 6 weight,
// smoking at 15; diabetes, epilepsy, oral health and mental health say "Data coming soon").
// One more adults/children page has no area heading; its figures sit on the SEE Alliance plan update.
const INDICATOR_COUNTS: Record<string, number> = {
  // deprivation 12 (unemployment and limiting illness per ward: St Lukes, Victoria, Kursaal), adults 11
  'southend-victoria': 30,
  // deprivation 8, adults 9 (birth rate to stroke, incl. "1.5 times more likely" COPD)
  'southend-west-central': 24,
  // deprivation 8, adults 7 (ends with breast cancer SIR 108.7)
  ss9: 22,
  // deprivation 8, adults 7 (ends with stroke SAR 103.1)
  'southend-east': 22,
  // deprivation 8, adults 10 (incl. Canvey Island South Ward self-harm 135.3)
  canvey: 25,
  // deprivation 8, adults 8 (prostate 103.2 and breast 108.3 SIR)
  'rayleigh-and-district': 23,
  // deprivation 8, adults 9 (incl. Roche North & Rural Ward COPD 145.2)
  rochford: 24,
};

describe('Southend neighbourhood profiles', () => {
  it('has exactly the seven named primary care network profiles', () => {
    expect(southendAreas().map((a) => a.id).sort()).toEqual(Object.keys(INDICATOR_COUNTS).sort());
    for (const a of southendAreas()) expect(a.data.kind).toBe('primary-care-network');
  });

  it('keeps the area names exactly as printed', () => {
    expect(Object.keys(INDICATOR_COUNTS).map((id) => area(id).name)).toEqual([
      'Southend Victoria',
      'Southend West Central',
      'SS9',
      'Southend East',
      'Canvey',
      'Rayleigh & District',
      'Rochford',
    ]);
  });

  it.each(Object.entries(INDICATOR_COUNTS))('%s keeps all %i indicators', (id, count) => {
    expect(area(id).indicators).toHaveLength(count);
  });

  it('has 170 indicators across the seven profiles', () => {
    expect(southendAreas().reduce((n, a) => n + a.data.indicators.length, 0)).toBe(170);
  });

  it('leaves out a comparator only where the source prints none (demographic counts, deprivation shares, other figures)', () => {
    for (const a of southendAreas()) {
      for (const i of a.data.indicators) {
        expect(['higher-is-better', 'lower-is-better', 'not-stated'], `${a.id}/${i.id}`).toContain(i.polarity);
        // Demographic counts and shares have no England figure in the source; everything compared is compared as printed.
        if (i.comparators.length === 0) expect(i.group, `${a.id}/${i.id}`).toMatch(/Demographics|Deprivation|Adults: other figures/);
      }
    }
  });

  it('keeps the hypertension (QOF) figure neutral, as the source says it may mean either more need or better case finding', () => {
    for (const id of Object.keys(INDICATOR_COUNTS)) expect(indicator(id, 'hypertension-qof-prevalence').polarity, id).toBe('not-stated');
  });

  it('spot-checks one figure from each profile against the source', () => {
    expect(indicator('southend-west-central', 'unemployment')).toMatchObject({ value: 6.13 });
    expect(indicator('southend-west-central', 'unemployment').comparators[0]).toMatchObject({ label: 'Milton ward', value: 9.9, asPrinted: '9.90%' });
    expect(indicator('ss9', 'deprivation-rank')).toMatchObject({ value: 1006, asPrinted: '1006/1264' });
    expect(indicator('southend-east', 'most-deprived-areas-people').value).toBe(9419);
    expect(indicator('canvey', 'self-harm-admissions-canvey-island-south')).toMatchObject({ value: 135.3, unitLabel: 'SAR' });
    expect(indicator('rayleigh-and-district', 'most-deprived-areas-people')).toMatchObject({ value: 128 });
    expect(indicator('rayleigh-and-district', 'most-deprived-areas-share').value).toBe(0);
    expect(indicator('rochford', 'copd-admissions-roche-north-and-rural')).toMatchObject({ value: 145.2 });
    expect(indicator('rochford', 'hip-fracture-admissions')).toMatchObject({ value: 109.1, period: '2016/17 - 2020/21' });
    expect(indicator('southend-victoria', 'fuel-poverty-households').value).toBe(3035);
  });

  it('has the five adult Core20PLUS5 sections on every profile', () => {
    for (const id of Object.keys(INDICATOR_COUNTS)) {
      const ids = area(id).indicators.map((i) => i.id);
      expect(ids, id).toEqual(
        expect.arrayContaining([
          'birth-rate',
          'self-harm-admissions',
          'copd-admissions',
          'early-cancer-diagnosis',
          'hypertension-qof-prevalence',
          'asthma-admissions-under-19',
        ]),
      );
    }
  });

  it('compares every COPD admission ratio with England 142.6, as printed', () => {
    const copd = Object.keys(INDICATOR_COUNTS).flatMap((id) =>
      area(id).indicators.filter((i) => i.id.startsWith('copd-admissions')).map((i) => ({ id, i })),
    );
    expect(copd).toHaveLength(8); // seven network figures and the Roche North & Rural ward figure
    for (const { id, i } of copd) {
      expect(i.unit, id).toBe('standardised-ratio');
      expect(i.unitLabel, id).toBe('SAR');
      const england = i.comparators.find((c) => c.kind === 'country');
      expect(england?.value, id).toBe(142.6);
      expect(england?.note, id).toMatch(/142\.6/);
    }
  });

  it('spot-checks Southend Victoria against the source', () => {
    const copd = indicator('southend-victoria', 'copd-admissions');
    expect(copd.value).toBe(240.1);
    expect(copd.headline).toBe('Very high emergency admission rates for COPD');
    expect(copd.polarity).toBe('lower-is-better');
    expect(copd.comparators.map((c) => [c.label, c.kind, c.value])).toEqual([
      ['Victoria', 'area', 275.0],
      ['Kursaal', 'area', 302.8],
      ["St Luke's", 'area', 73.2],
      ['England', 'country', 142.6],
    ]);
    const birth = indicator('southend-victoria', 'birth-rate');
    expect([birth.value, birth.unit, birth.unitLabel, birth.polarity]).toEqual([
      68.8,
      'per-1000',
      'live births per 1,000 population',
      'not-stated',
    ]);
    const selfHarm = indicator('southend-victoria', 'self-harm-admissions');
    expect(selfHarm.value).toBe(127.7);
    expect(selfHarm.comparators.at(-1)).toMatchObject({ label: 'England', value: 100, asPrinted: '100.0' });
    expect(indicator('southend-victoria', 'lung-cancer-incidence')).toMatchObject({ value: 128.9, unitLabel: 'SIR' });
    expect(indicator('southend-victoria', 'alcohol-admissions')).toMatchObject({ value: 126.3, unitLabel: 'SAR' });
    expect(indicator('southend-victoria', 'copd-times-more-likely')).toMatchObject({ value: 2.5, unit: 'times' });
    expect(indicator('southend-victoria', 'hip-fracture-admissions')).toMatchObject({ value: 122.3, period: '2016/17 - 2020/21' });
    expect(indicator('southend-victoria', 'deprivation-rank')).toMatchObject({ value: 210, asPrinted: '210/1264' });
  });

  it('keeps the Canvey figure printed without a comma', () => {
    const people = indicator('canvey', 'most-deprived-areas-people');
    expect(people.value).toBe(8954);
    expect(people.asPrinted).toBe('8954');
    expect(people.note).toMatch(/comma/);
  });

  it('gives early cancer diagnosis as higher-is-better against England 53.4%', () => {
    for (const id of Object.keys(INDICATOR_COUNTS)) {
      const cancer = indicator(id, 'early-cancer-diagnosis');
      expect(cancer.polarity, id).toBe('higher-is-better');
      expect(cancer.comparators[0]?.value, id).toBe(53.4);
    }
    expect(indicator('southend-east', 'early-cancer-diagnosis').value).toBe(52.3);
    expect(indicator('rochford', 'early-cancer-diagnosis').value).toBe(51.1);
  });

  it('notes the sections with no figures and the page with no area heading', () => {
    for (const id of Object.keys(INDICATOR_COUNTS)) expect(area(id).note, id).toMatch(/Data coming soon/);
    expect(area('southend-east').note).toMatch(/no area heading/);
    expect(area('canvey').note).toMatch(/no area heading/);
  });

  it('spot-checks the children figures', () => {
    expect(indicator('rayleigh-and-district', 'asthma-admissions-under-19')).toMatchObject({ value: 30.94, unit: 'per-100000' });
    expect(indicator('ss9', 'smokers-aged-15').value).toBe(9.6);
    expect(indicator('ss9', 'smokers-aged-15').comparators.map((c) => c.value)).toEqual([5.4, 3]);
    expect(indicator('canvey', 'year-6-overweight-or-obese').comparators[0]).toMatchObject({
      label: 'East of England average',
      kind: 'region',
      value: 33.2,
    });
  });
});
