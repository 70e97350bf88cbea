// Neighbourhood profiles: who each figure is for. A profile mixes the area's own figures with figures
// for one of its wards or for a larger area; every label, chart and sentence names the figure's own subject.
import type { Area, AreaIndicator } from '../schemas/area.ts';
import type { Measure } from '../schemas/measure.ts';

/** Who or what the figure describes: the indicator's own subject, else the area. */
export function indicatorSubject(indicator: Pick<AreaIndicator, 'subject'>, areaName: string): string {
  return indicator.subject ?? areaName;
}

/** True when the figure is for somewhere other than the whole area (a ward, or a larger area). */
export function isForOtherSubject(indicator: Pick<AreaIndicator, 'subject'>, areaName: string): boolean {
  return indicator.subject !== undefined && indicator.subject !== areaName;
}

export interface IndicatorSubjectCount {
  /** The subject's name as the source gives it. */
  subject: string;
  /** How many of the profile's figures are for it. */
  count: number;
}

/** The wards and larger areas a profile has figures for, besides itself, in the order they first appear. */
export function otherSubjects(area: Pick<Area, 'name' | 'indicators'>): IndicatorSubjectCount[] {
  const counts = new Map<string, number>();
  for (const indicator of area.indicators) {
    if (!isForOtherSubject(indicator, area.name)) continue;
    counts.set(indicator.subject!, (counts.get(indicator.subject!) ?? 0) + 1);
  }
  return [...counts].map(([subject, count]) => ({ subject, count }));
}

/**
 * A profile indicator in the shape of a strategy's measure, for the open data: its subject is always
 * filled in (the area, or the ward or larger area the figure is for), so no row leaves it to be guessed.
 */
export function indicatorAsMeasure(indicator: AreaIndicator, area: Pick<Area, 'name' | 'source' | 'page'>): Measure {
  return {
    id: indicator.id,
    label: indicator.label,
    subject: indicatorSubject(indicator, area.name),
    unit: indicator.unit,
    unitLabel: indicator.unitLabel,
    polarity: indicator.polarity,
    values: [
      { value: indicator.value, period: indicator.period, asPrinted: indicator.asPrinted, note: indicator.note },
    ],
    comparators: indicator.comparators,
    source: { document: area.source.id, page: area.page },
    themes: indicator.themes,
  };
}
