// Official wording that the site must show exactly as the source prints it (names of priorities,
// outcomes, principles, visions, commitments, actions, I statements, measures' names, figures as
// printed). Marking the field, rather than remembering the rule, lets the source check, the field
// reference and the JSON Schema (`"verbatim": true`) find every such field.
import { z } from 'astro/zod';

/** What `verbatim()` records on a field, in zod's global registry (and so in the JSON Schema). */
export interface VerbatimMeta {
  verbatim: true;
}

/** Mark a text field as official wording, shown exactly as printed. */
export function verbatim<T extends z.ZodType>(schema: T): T {
  return schema.meta({ verbatim: true }) as T;
}

type Def = Record<string, unknown> & { type: string };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** True when the field, or any optional/default wrapper around it, is marked verbatim. */
export function isVerbatim(schema: unknown): boolean {
  let current = schema;
  for (let i = 0; i < 10 && current; i++) {
    if ((z.globalRegistry.get(current as z.ZodType) as Partial<VerbatimMeta> | undefined)?.verbatim) return true;
    const def = defOf(current);
    if (!WRAPPERS.has(def.type)) return false;
    current = def.innerType;
  }
  return false;
}

/** One verbatim value in a content entry, with its field path. */
export interface VerbatimValue {
  path: (string | number)[];
  text: string;
}

/** Every verbatim text in `data`, found by walking `schema` beside it. */
export function verbatimValues(schema: unknown, data: unknown, path: (string | number)[] = []): VerbatimValue[] {
  if (data === undefined || data === null) return [];
  if (isVerbatim(schema)) return typeof data === 'string' ? [{ path, text: data }] : [];
  let def = defOf(schema);
  for (let i = 0; i < 10 && (WRAPPERS.has(def.type) || def.type === 'pipe'); i++) {
    def = defOf(def.type === 'pipe' ? def.in : def.innerType);
  }
  if (def.type === 'object' && typeof data === 'object') {
    // An entry with `quote: false` holds our summary, not the source's words (e.g. a resident insight).
    if ((data as { quote?: unknown }).quote === false) return [];
    const shape = def.shape as Record<string, unknown>;
    return Object.entries(shape).flatMap(([key, field]) =>
      verbatimValues(field, (data as Record<string, unknown>)[key], [...path, key]),
    );
  }
  if (def.type === 'array' && Array.isArray(data)) {
    return data.flatMap((item, index) => verbatimValues(def.element, item, [...path, index]));
  }
  return [];
}
