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

/**
 * The JSON Schema for editors (VS Code with the YAML extension): the collection's schema with each
 * field's doc comment from src/schemas as its description, so hovering a field explains it.
 */
export function editorJsonSchema(name: CollectionName, docs: Map<string, Record<string, string>>): JsonSchema {
  const schema = collectionJsonSchema(name);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const properties = record.properties as Record<string, Record<string, unknown>> | undefined;
    if (properties) {
      const fieldDocs = docs.get(Object.keys(properties).sort().join(',')) ?? {};
      for (const [key, property] of Object.entries(properties)) {
        if (fieldDocs[key] && !property.description) property.description = fieldDocs[key];
      }
    }
    Object.values(record).forEach(visit);
  };
  visit(schema);
  return { title: `A file in content/${COLLECTIONS[name].dir}/`, ...schema };
}
