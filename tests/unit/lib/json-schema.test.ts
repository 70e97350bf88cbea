import { describe, expect, it } from 'vitest';
import { collectionJsonSchema, contentJsonSchemas } from '../../../src/lib/json-schema.ts';

describe('collectionJsonSchema', () => {
  it('describes a strategy with its required fields and no unknown fields', () => {
    const schema = collectionJsonSchema('strategies');
    expect(schema['type']).toBe('object');
    expect(schema['required']).toEqual(
      expect.arrayContaining(['title', 'places', 'owner', 'status', 'priorities', 'sources']),
    );
    expect(schema['additionalProperties']).toBe(false);
  });

  it('lists the allowed strategy statuses', () => {
    const props = collectionJsonSchema('strategies')['properties'] as Record<string, { enum?: string[] }>;
    expect(props['status']?.enum).toEqual(['in-development', 'draft', 'adopted', 'under-review', 'superseded']);
  });

  it('has a schema for every collection', () => {
    expect(Object.keys(contentJsonSchemas()).sort()).toEqual([
      'areas',
      'glossary',
      'places',
      'strategies',
      'themes',
      'updates',
    ]);
  });
});
