// JSON Schema of each content collection, generated from the zod schemas (the one source of truth).
// Used by the open-data downloads and by editor help for content files.
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from './check/collections.ts';

export type JsonSchema = Record<string, unknown>;

/** The JSON Schema of what a content file in `name` may contain (the input side: defaults are optional). */
export function collectionJsonSchema(name: CollectionName): JsonSchema {
  // Dates may be YAML dates as well as strings; a JSON Schema cannot say "a YAML date", so that branch becomes `{}`.
  return z.toJSONSchema(COLLECTIONS[name].schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** Every collection's JSON Schema, keyed by collection name. */
export function contentJsonSchemas(): Record<CollectionName, JsonSchema> {
  return Object.fromEntries(
    (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [name, collectionJsonSchema(name)]),
  ) as Record<CollectionName, JsonSchema>;
}
