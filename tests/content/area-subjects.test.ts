// No neighbourhood profile credits a ward's (or a larger area's) figure to the area itself.
// The pinned list below was read from /work/shared/seeds/004_ec368397706a6f69.txt (SEE Alliance 5 Year Plan
// DRAFT, agenda pack pages 55-88); when that text is present (../shared/seeds, as in CI), the test also
// finds every ward figure in it by itself, so a ward figure added later without a subject fails too.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, realContent } from '../helpers/content.ts';
import type { Area } from '../../src/schemas/area.ts';
import { indicatorChart } from '../../src/lib/charts/series.ts';
import { indicatorSubject } from '../../src/lib/areas.ts';

const SEED = resolve(PROJECT_ROOT, '../shared/seeds/004_ec368397706a6f69.txt');

const areas = () => realContent().content.areas.map((a) => a.data);
const area = (name: string) => areas().find((a) => a.name === name)!;
const fold = (s: string) => s.toLowerCase().replace(/[’']/g, '');

/** Every figure the source prints for a ward or a wider area, with the line it is on (file 004). */
const PRINTED_FOR_OTHERS: { area: string; subject: string; value: number; line: number }[] = [
  { area: 'Southend Victoria', subject: 'St Lukes', value: 6.2, line: 1315 },
  { area: 'Southend Victoria', subject: 'Victoria', value: 8.9, line: 1316 },
  { area: 'Southend Victoria', subject: 'Kursaal', value: 11.9, line: 1317 },
  { area: 'Southend Victoria', subject: 'St Lukes', value: 17.8, line: 1324 },
  { area: 'Southend Victoria', subject: 'Victoria', value: 21.3, line: 1325 },
  { area: 'Southend Victoria', subject: 'Kursaal', value: 18.9, line: 1326 },
  { area: 'Southend Victoria', subject: 'Victoria', value: 42, line: 1327 },
  { area: 'Canvey', subject: 'Canvey Island South', value: 135.3, line: 2062 },
  { area: 'Rochford', subject: 'Roche North & Rural', value: 145.2, line: 2353 },
  { area: 'Canvey', subject: 'Castle Point & Rochford', value: 51.1, line: 2050 },
  { area: 'Rochford', subject: 'Castle Point & Rochford', value: 51.1, line: 2330 },
  { area: 'Southend Victoria', subject: 'Southend', value: 52.3, line: 1357 },
];

/** Who the page says a figure of this value is for: an indicator's subject or a comparator's label. */
function creditedTo(a: Area, value: number): string[] {
  return [
    ...a.indicators.filter((i) => i.value === value).map((i) => indicatorSubject(i, a.name)),
    ...a.indicators.flatMap((i) => i.comparators.filter((c) => c.value === value).map((c) => c.label)),
  ];
}

describe('each neighbourhood figure is credited to what it measures', () => {
  it.each(PRINTED_FOR_OTHERS)('$area: $value is credited to $subject (line $line), not to $area', ({ area: name, subject, value }) => {
    const credited = creditedTo(area(name), value);
    expect(credited.length, `${name} has no figure ${value}`).toBeGreaterThan(0);
    expect(credited.some((who) => fold(who).includes(fold(subject))), `${value} is credited to ${credited.join(', ')}`).toBe(true);
    expect(credited).not.toContain(name);
  });

  it('names the subject in the chart bar and the takeaway, never the area', () => {
    const canvey = area('Canvey');
    const ward = canvey.indicators.find((i) => i.value === 135.3)!;
    const chart = indicatorChart(ward, canvey.name)!;
    expect(chart.bars.find((b) => b.highlight)!.label).toBe('Canvey Island South Ward');
    expect(chart.takeaway).toMatch(/^Canvey Island South Ward is higher than England average \(135\.3 against 100\)/);
    expect(chart.takeaway).not.toMatch(/^Canvey is/);
  });

  it('gives every subject a name other than the area’s own', () => {
    for (const a of areas()) for (const i of a.indicators) if (i.subject !== undefined) expect(i.subject, `${a.name}/${i.id}`).not.toBe(a.name);
  });
});

describe.skipIf(!existsSync(SEED))('against the source text, when it is present', () => {
  const lines = existsSync(SEED) ? readFileSync(SEED, 'utf8').split('\n') : [];
  const numbers = (line: string) => [...line.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
  // Ward names: "In Victoria Ward", "in **Milton ward**", and the names in "(Victoria 75.4; Kursaal 68.8; ...)".
  const wards = new Set<string>();
  for (const line of lines) {
    for (const m of line.matchAll(/\bIn ([A-Z][\w&' ]+?) Ward\b/g)) wards.add(fold(m[1]!));
    for (const m of line.matchAll(/\*\*([\w&' ]+?) ward\*\*/gi)) wards.add(fold(m[1]!));
    const list = /^\(([^()]*;[^()]*)\)\s*$/.exec(line.trim());
    if (list) for (const item of list[1]!.split(';')) { const name = /^\s*([A-Za-z][\w' ]*?)\s+\d/.exec(item)?.[1]; if (name && name !== 'England') wards.add(fold(name)); }
  }

  /** The lines of one profile: from its "# Name" heading to the next heading of another profile or section. */
  function section(name: string): string[] {
    const out: string[] = [];
    let inside = false;
    for (const line of lines) {
      if (line.startsWith('# ')) inside = line === `# ${name}` || line.startsWith(`# ${name} CORE20`);
      else if (inside) out.push(line);
    }
    return out;
  }

  it('finds the wards the profiles name', () => {
    for (const w of ['victoria', 'kursaal', 'st lukes', 'milton', 'canvey island south', 'roche north & rural']) expect(wards).toContain(w);
  });

  it('credits no figure to an area that the source prints only beside a ward’s name', () => {
    const wrong: string[] = [];
    for (const a of areas()) {
      const text = section(a.name);
      expect(text.length, `no section "# ${a.name}" in the source`).toBeGreaterThan(0);
      for (const i of a.indicators.filter((ind) => ind.subject === undefined)) {
        const onLines = text.filter((l) => numbers(l).includes(i.value));
        if (onLines.length === 0) continue;
        const aboutArea = onLines.some((l) => { const rest = fold(l).replace(fold(a.name), ''); return ![...wards].some((w) => new RegExp(`\\b${w}\\b`).test(rest)); });
        if (!aboutArea) wrong.push(`${a.name}/${i.id} (${i.value}) is printed only beside a ward: ${onLines[0]!.trim()}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('the open data credits each neighbourhood figure the same way', () => {
  it('gives every profile indicator in strategies.json the subject the page shows', async () => {
    const { buildSite } = await import('../../src/lib/model.ts');
    const { strategiesJson } = await import('../../src/lib/open-data.ts');
    const json = strategiesJson(buildSite(realContent().content)) as { areas: { name: string; indicators: { value: number; subject?: string }[] }[] };
    const canvey = json.areas.find((a) => a.name === 'Canvey')!;
    expect(canvey.indicators.find((i) => i.value === 135.3)!.subject).toBe('Canvey Island South Ward');
    for (const { area: name, subject, value } of PRINTED_FOR_OTHERS) {
      const a = json.areas.find((x) => x.name === name)!;
      const own = a.indicators.filter((i) => i.value === value);
      expect(own.length, `${name} ${value}`).toBeGreaterThan(0);
      for (const i of own) {
        expect(i.subject, `${name} ${value} has no subject`).toBeDefined();
        expect(fold(i.subject!)).toContain(fold(subject));
      }
    }
  });
});
