import { describe, expect, it } from 'vitest';
import { measure as measureSchema } from '../../../src/schemas/measure.ts';
import { measureNotes } from '../../../src/lib/notes.ts';
import { NO_PERIOD_NOTE } from '../../../src/i18n/en.ts';

const measure = (fields: Record<string, unknown>) =>
  measureSchema.parse({
    id: 'm',
    label: 'A measure',
    unit: 'percent',
    polarity: 'not-stated',
    source: { document: 'd' },
    ...fields,
  });

describe('notes kept for "About this figure"', () => {
  it('keeps every note on values, comparators and the target, in reading order', () => {
    const m = measure({
      values: [{ period: '2019', value: 1, note: 'A typing slip.' }],
      comparators: [{ label: 'England', kind: 'country', value: 2, note: 'Compared with 142.6.' }],
      target: { value: 3, label: 'herd immunity', note: 'No date given.' },
    });
    expect(measureNotes(m)).toEqual([
      'A typing slip.',
      'England: Compared with 142.6.',
      'Target (herd immunity): No date given.',
    ]);
  });

  it('says once, in the notes, that the source gives no period', () => {
    expect(measureNotes(measure({ values: [{ value: 1 }] }))).toEqual([NO_PERIOD_NOTE]);
    expect(measureNotes(measure({ values: [] }))).toEqual([]);
  });
});
