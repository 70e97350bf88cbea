import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { isVerbatim, verbatim, verbatimValues } from '../../../src/schemas/verbatim.ts';
import { strategy, action, priority, measure } from '../../../src/schemas/index.ts';
import { collectionJsonSchema } from '../../../src/lib/json-schema.ts';

describe('verbatim fields', () => {
  it('marks official wording in the schemas, and leaves the plain-English fields beside it unmarked', () => {
    expect(isVerbatim(action.shape.what)).toBe(true);
    expect(isVerbatim(action.shape.inShort)).toBe(false);
    expect(isVerbatim(priority.shape.title)).toBe(true);
    expect(isVerbatim(priority.shape.summary)).toBe(false);
    expect(isVerbatim(strategy.shape.vision)).toBe(true);
    expect(isVerbatim(strategy.shape.visionInShort)).toBe(false);
    expect(isVerbatim(measure.shape.name)).toBe(true);
    expect(isVerbatim(measure.shape.label)).toBe(false);
  });

  it('lists every verbatim value of an entry with its path, skipping summaries marked quote: false', () => {
    const schema = z.strictObject({
      title: verbatim(z.string()),
      note: z.string(),
      items: z
        .array(z.strictObject({ text: verbatim(z.string()).optional(), quote: z.boolean().default(true) }))
        .default([]),
    });
    const data = {
      title: 'As printed',
      note: 'ours',
      items: [{ text: 'Quoted', quote: true }, { text: 'Our summary', quote: false }, { quote: true }],
    };
    expect(verbatimValues(schema, data)).toEqual([
      { path: ['title'], text: 'As printed' },
      { path: ['items', 0, 'text'], text: 'Quoted' },
    ]);
  });

  it('says "verbatim": true in the JSON Schema for editors and open data', () => {
    const json = JSON.stringify(collectionJsonSchema('strategies'));
    const marked = json.match(/"verbatim":true/g) ?? [];
    expect(marked.length).toBeGreaterThanOrEqual(8);
  });
});
