// Walk a zod schema into a flat list of fields (path, required, type in words, meaning), for the
// field reference in docs/ and the CMS configuration. The schemas stay the one source of truth.
import type { z } from 'astro/zod';
import { partialDate, period, slug, text, year } from '../../schemas/common.ts';
import { shapeKey, type SchemaDocs } from './schema-docs.ts';
import { isVerbatim } from '../../schemas/verbatim.ts';

type Def = Record<string, unknown> & { type: string };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

export interface FieldInfo {
  /** e.g. "priorities[].themes". */
  path: string;
  name: string;
  depth: number;
  required: boolean;
  /** The value used when the field is left out, if any. */
  defaultValue?: unknown;
  /** The type in plain words, e.g. "text", "list of ids", "one of: adopted, draft". */
  type: string;
  description: string;
  /** Official wording that must be copied exactly as the source prints it (marked with `verbatim()`). */
  verbatim: boolean;
}

/** Strip optional/default wrappers, noting whether the field may be left out and its default. */
export function unwrap(schema: unknown): { inner: unknown; required: boolean; defaultValue?: unknown } {
  let inner = schema;
  let required = true;
  let defaultValue: unknown;
  for (let i = 0; i < 10; i++) {
    const def = defOf(inner);
    if (def.type === 'optional') required = false;
    else if (def.type === 'default') {
      required = false;
      defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
    } else break;
    inner = def.innerType;
  }
  return { inner, required, defaultValue };
}

/** The kind of value a schema accepts, for editors: which widget or words to use. */
export type ValueKind =
  | { kind: 'text' }
  | { kind: 'id' }
  | { kind: 'date' }
  | { kind: 'year' }
  | { kind: 'url' }
  | { kind: 'email' }
  | { kind: 'number'; integer: boolean }
  | { kind: 'boolean' }
  | { kind: 'choice'; options: string[] }
  | { kind: 'text-or-number' }
  | { kind: 'list'; of: ValueKind }
  | { kind: 'object'; schema: unknown }
  | { kind: 'other' };

export function valueKind(schema: unknown): ValueKind {
  if (schema === slug) return { kind: 'id' };
  if (schema === text || schema === period) return { kind: 'text' };
  if (schema === partialDate) return { kind: 'date' };
  if (schema === year) return { kind: 'year' };
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      if (def.format === 'url') return { kind: 'url' };
      if (def.format === 'email') return { kind: 'email' };
      return { kind: 'text' };
    case 'number':
      return { kind: 'number', integer: Boolean((schema as { isInt?: boolean }).isInt) };
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'choice', options: Object.values(def.entries as Record<string, string>) };
    case 'literal':
      return { kind: 'choice', options: (def.values as unknown[]).map(String) };
    case 'array':
      return { kind: 'list', of: valueKind(unwrap(def.element).inner) };
    case 'object':
      return { kind: 'object', schema };
    case 'union': {
      const options = (def.options as unknown[]).map(valueKind);
      if (options.every((o) => o.kind === 'choice' || o.kind === 'url')) {
        // e.g. a web address, "not online" or "not stated".
        const choices = options.flatMap((o) => (o.kind === 'choice' ? o.options : []));
        return options.some((o) => o.kind === 'url') ? { kind: 'url' } : { kind: 'choice', options: choices };
      }
      if (options.some((o) => o.kind === 'number') && options.some((o) => o.kind === 'text'))
        return { kind: 'text-or-number' };
      return { kind: 'other' };
    }
    default:
      return { kind: 'other' };
  }
}

/** A value kind in plain English. */
export function describeKind(kind: ValueKind, schema?: unknown): string {
  switch (kind.kind) {
    case 'text':
      return 'text';
    case 'id':
      return 'id (lower-case letters, numbers and hyphens)';
    case 'date':
      return 'date: YYYY, YYYY-MM or YYYY-MM-DD';
    case 'year':
      return 'year, e.g. 2024';
    case 'url': {
      const def = schema ? defOf(schema) : undefined;
      const literals =
        def?.type === 'union'
          ? (def.options as unknown[]).map(valueKind).flatMap((o) => (o.kind === 'choice' ? o.options : []))
          : [];
      return `web address${literals.length ? ` or ${literals.map((l) => `"${l}"`).join(' or ')}` : ''}`;
    }
    case 'email':
      return 'email address';
    case 'number':
      return kind.integer ? 'whole number' : 'number';
    case 'boolean':
      return 'true or false';
    case 'choice':
      return `one of: ${kind.options.map((o) => `\`${o}\``).join(', ')}`;
    case 'text-or-number':
      return 'number or text';
    case 'list':
      return kind.of.kind === 'object'
        ? 'list of groups of fields (below)'
        : `list of ${describeKind(kind.of)
            .replace(/^id /, 'ids ')
            .replace(/^text$/, 'text items')}`;
    case 'object':
      return 'group of fields (below)';
    default:
      return 'value';
  }
}

/** The fields of an object schema, in order, with their doc comments. */
export function objectFields(
  schema: unknown,
  docs: SchemaDocs,
): { name: string; schema: unknown; description: string }[] {
  const shape = defOf(unwrap(schema).inner).shape as Record<string, unknown>;
  const fieldDocs = docs.get(shapeKey(Object.keys(shape))) ?? {};
  return Object.entries(shape).map(([name, field]) => ({ name, schema: field, description: fieldDocs[name] ?? '' }));
}

/** Every field of a collection schema, depth first, with nested groups after their parent. */
export function flattenFields(schema: z.ZodType | unknown, docs: SchemaDocs, prefix = '', depth = 0): FieldInfo[] {
  return objectFields(schema, docs).flatMap(({ name, schema: field, description }) => {
    const { inner, required, defaultValue } = unwrap(field);
    const kind = valueKind(inner);
    const path = prefix ? `${prefix}.${name}` : name;
    const row: FieldInfo = {
      path,
      name,
      depth,
      required,
      defaultValue,
      type: describeKind(kind, inner),
      description,
      verbatim: isVerbatim(field),
    };
    const nestedObject =
      kind.kind === 'object'
        ? kind.schema
        : kind.kind === 'list' && kind.of.kind === 'object'
          ? kind.of.schema
          : undefined;
    const childPrefix = kind.kind === 'list' ? `${path}[]` : path;
    return nestedObject ? [row, ...flattenFields(nestedObject, docs, childPrefix, depth + 1)] : [row];
  });
}
