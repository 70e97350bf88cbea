// `npm run new`: starting files for a place, a strategy or an update, generated from the zod schemas.
// Every required field is there with its doc comment and a "FILL IN" placeholder; the content check
// refuses a file until every placeholder is replaced.
import { COLLECTIONS } from './check/collections.ts';
import { objectFields, unwrap, valueKind, describeKind, type ValueKind } from './docs/fields.ts';
import type { SchemaDocs } from './docs/schema-docs.ts';

/** Every placeholder starts with this, so the check can find one that was not filled in. */
export const PLACEHOLDER = 'FILL IN';

/** Values the command already knows, by field path (e.g. "places", "sources[].id"). */
export type Presets = Record<string, unknown>;

/** Optional fields a new file should still ask for, because the cross-reference rules need them. */
const ASK_FOR: ReadonlySet<string> = new Set(['date', 'source.date']);

const yamlValue = (value: unknown) => JSON.stringify(value);
const placeholderFor = (kind: ValueKind, inner: unknown) => `${PLACEHOLDER}: ${describeKind(kind, inner).replace(/`/g, '')}`;

/** YAML lines for the required fields of an object schema (and optional ones as comments). */
export function scaffoldObject(schema: unknown, docs: SchemaDocs, presets: Presets, indent = '', prefix = ''): string[] {
  const lines: string[] = [];
  const optional: string[] = [];
  objectFields(schema, docs).forEach(({ name, schema: field, description }) => {
    const { inner, required } = unwrap(field);
    const kind = valueKind(inner);
    const path = prefix ? `${prefix}.${name}` : name;
    if (!required && !(path in presets) && !ASK_FOR.has(path)) {
      optional.push(`${indent}#   ${name}: ${description}`);
      return;
    }
    if (description) lines.push(`${indent}# ${description}`);
    if (path in presets) {
      lines.push(`${indent}${name}: ${yamlValue(presets[path])}`);
    } else if (kind.kind === 'object') {
      lines.push(`${indent}${name}:`, ...scaffoldObject(kind.schema, docs, presets, `${indent}  `, path));
    } else if (kind.kind === 'list' && kind.of.kind === 'object') {
      const [first, ...rest] = scaffoldObject(kind.of.schema, docs, presets, `${indent}    `, `${path}[]`);
      // The item's first line carries the list dash; comment lines come first, so find the first field.
      const item = [first!, ...rest];
      const firstField = item.findIndex((l) => !l.trimStart().startsWith('#'));
      item[firstField] = `${indent}  - ${item[firstField]!.trimStart()}`;
      lines.push(`${indent}${name}:`, ...item.map((l, i) => (i < firstField ? `${indent}  ${l.trimStart()}` : l)));
    } else if (kind.kind === 'list') {
      lines.push(`${indent}${name}:`, `${indent}  - ${yamlValue(placeholderFor(kind.of, undefined))}`);
    } else {
      lines.push(`${indent}${name}: ${yamlValue(placeholderFor(kind, inner))}`);
    }
  });
  if (optional.length) lines.push(`${indent}# Optional fields you can add here (see docs/field-reference.md):`, ...optional);
  return lines;
}

export interface ScaffoldRequest {
  kind: 'place' | 'strategy' | 'update';
  /** The new file's id (its file name without the ending). */
  id: string;
  /** The place(s) a strategy or update covers. */
  places?: string[];
  /** The strategy an update is about. */
  strategy?: string;
}

const BODY_HINT: Record<'strategy' | 'update', string> = {
  strategy: `${PLACEHOLDER}: write two or three short paragraphs in plain English: what the strategy is, who wrote it and what it means for residents.`,
  update: `${PLACEHOLDER}: write what the report says in plain English: what was asked, what was decided and what happens next.`,
};

/** The path and contents of a new content file. */
export function scaffold(request: ScaffoldRequest, docs: SchemaDocs): { path: string; contents: string } {
  const header = (what: string) => [
    `# A new ${what}. Replace every "${PLACEHOLDER}" value, delete the comment lines you do not need,`,
    '# then run `npm run check`. Every field is explained in docs/field-reference.md.',
  ];
  if (request.kind === 'place') {
    const lines = [...header('place'), ...scaffoldObject(COLLECTIONS.places.schema, docs, {})];
    return { path: `content/places/${request.id}.yaml`, contents: `${lines.join('\n')}\n` };
  }
  if (request.kind === 'strategy') {
    const presets: Presets = {
      places: request.places ?? [],
      'priorities[].source.document': 'strategy',
      'sources[].id': 'strategy',
    };
    const lines = scaffoldObject(COLLECTIONS.strategies.schema, docs, presets);
    return { path: `content/strategies/${request.id}.mdx`, contents: `---\n${[...header('strategy'), ...lines].join('\n')}\n---\n\n${BODY_HINT.strategy}\n` };
  }
  const presets: Presets = { strategy: request.strategy ?? '', places: request.places ?? [] };
  const lines = scaffoldObject(COLLECTIONS.updates.schema, docs, presets);
  return { path: `content/updates/${request.id}.md`, contents: `---\n${[...header('update'), ...lines].join('\n')}\n---\n\n${BODY_HINT.update}\n` };
}

/** Lines that still hold a placeholder, for the content check. */
export function placeholderLines(source: string): { line: number; text: string }[] {
  return source
    .split('\n')
    .map((text, i) => ({ line: i + 1, text: text.trim() }))
    .filter(({ text }) => text.includes(PLACEHOLDER) && !text.startsWith('#'));
}

