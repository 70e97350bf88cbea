// `npm run new`: starting files for a place, a strategy or an update, and new entries (a measure, an
// action, a resident-voice statement) added to a strategy, generated from the zod schemas. Every required
// field is there with its doc comment and a "FILL IN" placeholder; the content check refuses a file until
// every placeholder is replaced.
import { COLLECTIONS } from './check/collections.ts';
import { action } from '../schemas/action.ts';
import { measure } from '../schemas/measure.ts';
import { residentVoice } from '../schemas/voice.ts';
import { objectFields, unwrap, valueKind, describeKind, type ValueKind } from './docs/fields.ts';
import type { SchemaDocs } from './docs/schema-docs.ts';

/** Every placeholder starts with this, so the check can find one that was not filled in. */
export const PLACEHOLDER = 'FILL IN';

/** Values the command already knows, by field path (e.g. "places", "sources[].id"). */
export type Presets = Record<string, unknown>;

/** Optional fields a new file should still ask for, because the cross-reference rules need them. */
const ASK_FOR: ReadonlySet<string> = new Set(['date', 'source.date']);

const yamlValue = (value: unknown) => JSON.stringify(value);
const placeholderFor = (kind: ValueKind, inner: unknown) =>
  `${PLACEHOLDER}: ${describeKind(kind, inner).replace(/`/g, '')}`;

/** YAML lines for the required fields of an object schema (and optional ones as comments). */
export function scaffoldObject(
  schema: unknown,
  docs: SchemaDocs,
  presets: Presets,
  indent = '',
  prefix = '',
  ask: ReadonlySet<string> = ASK_FOR,
): string[] {
  const lines: string[] = [];
  const optional: string[] = [];
  objectFields(schema, docs).forEach(({ name, schema: field, description }) => {
    const { inner, required } = unwrap(field);
    const kind = valueKind(inner);
    const path = prefix ? `${prefix}.${name}` : name;
    if (!required && !(path in presets) && !ask.has(path)) {
      optional.push(`${indent}#   ${name}: ${description}`);
      return;
    }
    if (description) lines.push(`${indent}# ${description}`);
    if (path in presets) {
      lines.push(`${indent}${name}: ${yamlValue(presets[path])}`);
    } else if (kind.kind === 'object') {
      lines.push(`${indent}${name}:`, ...scaffoldObject(kind.schema, docs, presets, `${indent}  `, path, ask));
    } else if (kind.kind === 'list' && kind.of.kind === 'object') {
      const [first, ...rest] = scaffoldObject(kind.of.schema, docs, presets, `${indent}    `, `${path}[]`, ask);
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
  if (optional.length)
    lines.push(`${indent}# Optional fields you can add here (see docs/field-reference.md):`, ...optional);
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
    return {
      path: `content/strategies/${request.id}.mdx`,
      contents: `---\n${[...header('strategy'), ...lines].join('\n')}\n---\n\n${BODY_HINT.strategy}\n`,
    };
  }
  const presets: Presets = { strategy: request.strategy ?? '', places: request.places ?? [] };
  const lines = scaffoldObject(COLLECTIONS.updates.schema, docs, presets);
  return {
    path: `content/updates/${request.id}.md`,
    contents: `---\n${[...header('update'), ...lines].join('\n')}\n---\n\n${BODY_HINT.update}\n`,
  };
}

/** Lines that still hold a placeholder, for the content check. */
export function placeholderLines(source: string): { line: number; text: string }[] {
  return source
    .split('\n')
    .map((text, i) => ({ line: i + 1, text: text.trim() }))
    .filter(({ text }) => text.includes(PLACEHOLDER) && !text.startsWith('#'));
}

/** The entries `npm run new` can add to a strategy: which list they go in, their schema and what to ask for. */
export const ENTRY_KINDS = {
  measure: {
    list: 'measures',
    schema: measure,
    // Optional, but what a reader looks for: a figure with its period, what it is compared with, a target.
    ask: new Set([
      'values',
      'values[].period',
      'comparators',
      'comparators[].value',
      'comparators[].period',
      'target',
      'target.by',
      'source.page',
    ]),
  },
  action: { list: 'actions', schema: action, ask: new Set(['leads', 'due', 'source.page']) },
  voice: { list: 'residentVoice', schema: residentVoice, ask: new Set(['number', 'source.page']) },
} as const;
export type EntryKind = keyof typeof ENTRY_KINDS;

/** A placeholder that names the allowed values, e.g. "FILL IN: one of: strategy, board-report". */
export function choosePlaceholder(options: readonly string[], aside?: string): string {
  return `${PLACEHOLDER}: one of: ${options.join(', ')}${aside ? ` (${aside})` : ''}`;
}

/** A strategy file whose list cannot be added to without rewriting it. */
export class ListShapeError extends Error {}

/**
 * YAML lines for one new list entry, its dash at `dashIndent` spaces: every required field and the ones
 * a reader looks for with a placeholder and its hint, the other optional fields as comments.
 */
export function scaffoldEntry(kind: EntryKind, docs: SchemaDocs, presets: Presets, dashIndent = 2): string[] {
  const { schema, ask } = ENTRY_KINDS[kind];
  const inner = ' '.repeat(dashIndent + 2);
  const lines = scaffoldObject(schema, docs, presets, inner, '', ask);
  const firstField = lines.findIndex((l) => !l.trimStart().startsWith('#'));
  const dash = ' '.repeat(dashIndent);
  lines[firstField] = `${dash}- ${lines[firstField]!.slice(inner.length)}`;
  // Comments above the first field sit with the dash, so they read as part of the new entry.
  for (let i = 0; i < firstField; i++) lines[i] = `${dash}${lines[i]!.trimStart()}`;
  return [
    `${dash}# A new ${kind === 'voice' ? 'resident-voice statement' : kind}. Replace every "${PLACEHOLDER}"; delete a line the source gives`,
    `${dash}# nothing for (the site then says "not stated"), and the comment lines you do not need.`,
    ...lines,
  ];
}

/**
 * Add entry lines (from `scaffoldEntry`, dash at 2 spaces) to the end of a top-level list in a file's
 * frontmatter, changing nothing else in the file. The list may be a block of "- " items, "[]", or missing.
 */
export function appendToList(source: string, list: string, entry: (dashIndent: number) => string[]): string {
  const newline = source.includes('\r\n') ? '\r\n' : '\n';
  const lines = source.split(/\r?\n/);
  if (lines[0]?.replace(/^\uFEFF/, '') !== '---')
    throw new ListShapeError('the file must start with a line of three dashes (---).');
  const close = lines.indexOf('---', 1);
  if (close < 0) throw new ListShapeError('the fields must end with a line of three dashes (---).');
  const keyLine = lines.findIndex((l, i) => i > 0 && i < close && new RegExp(`^${list}:(\\s|$)`).test(l));
  const insert = (at: number, added: string[]) => [...lines.slice(0, at), ...added, ...lines.slice(at)].join(newline);
  if (keyLine < 0) return insert(close, [`${list}:`, ...entry(2)]);
  const rest = lines[keyLine]!.slice(list.length + 1)
    .replace(/\s+#.*$/, '')
    .trim();
  if (rest === '[]') {
    lines[keyLine] = `${list}:`;
    return insert(keyLine + 1, entry(2));
  }
  if (rest !== '')
    throw new ListShapeError(
      `${list} is written on one line. Write each entry on its own lines starting "- ", then run this again.`,
    );
  // The list ends at the next top-level field (a line starting with a letter) or the closing ---;
  // comment and blank lines just before that field belong to it, so the new entry goes above them.
  let end = keyLine + 1;
  let dashIndent = -1;
  for (let i = keyLine + 1; i < close; i++) {
    const line = lines[i]!;
    if (/^[A-Za-z_"']/.test(line)) break;
    if (line.trim() === '' || /^#/.test(line)) continue;
    if (dashIndent < 0 && /^\s*- /.test(line)) dashIndent = line.indexOf('-');
    end = i + 1;
  }
  return insert(end, entry(dashIndent < 0 ? 2 : dashIndent));
}
