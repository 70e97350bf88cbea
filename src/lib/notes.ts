// Notes written for checking a figure against its source, gathered in reading order so a page can
// keep them in one collapsed "About this figure" section under the figure.
import type { Measure } from '../schemas/measure.ts';
import type { AreaIndicator } from '../schemas/area.ts';
import { NO_PERIOD_NOTE } from '../i18n/en.ts';

/** "England: the source compares with England 142.6, not 100." */
const labelled = (label: string, note: string | undefined) => (note === undefined ? undefined : `${label}: ${note}`);

/** Every note on a measure: its values', comparators' and target's, and where the source gives no period. */
export function measureNotes(measure: Measure): string[] {
  const notes = [
    ...measure.values.map((v) => (measure.values.length > 1 && v.period ? labelled(v.period, v.note) : v.note)),
    ...measure.comparators.map((c) => labelled(c.label, c.note)),
    measure.target && labelled(`Target (${measure.target.label})`, measure.target.note),
    measure.values.length > 0 && measure.values.every((v) => v.period === undefined) ? NO_PERIOD_NOTE : undefined,
  ];
  return notes.filter((n): n is string => typeof n === 'string');
}

/** Every note on a neighbourhood indicator, and where the source gives no period. */
export function indicatorNotes(indicator: AreaIndicator): string[] {
  const notes = [
    indicator.note,
    ...indicator.comparators.map((c) => labelled(c.label, c.note)),
    indicator.period ? undefined : NO_PERIOD_NOTE,
  ];
  return notes.filter((n): n is string => n !== undefined);
}
