// Turn zod's validation issues into plain-English messages with a fix.
import type { z } from 'astro/zod';
import { closestMatch } from '../suggest.ts';

type Issue = z.core.$ZodIssue & { input?: unknown };

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a group of fields',
  date: 'a date',
};

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

/** Is this one of our own messages (set in the schema) rather than zod's default wording? */
function isCustom(message: string): boolean {
  return !/^(Invalid|Too (small|big)|Unrecognized|Expected)/.test(message);
}

/** The plain-English message for one zod issue. `knownKeys` lists the fields allowed where the issue is. */
export function explainIssue(issue: Issue, knownKeys: readonly string[] = []): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        const field = issue.path.at(-1);
        return typeof field === 'string'
          ? `is required but missing. Add a "${field}:" line.`
          : 'is required but missing.';
      }
      if (isCustom(issue.message)) return `${issue.message}, not ${describe(issue.input)}.`;
      // YAML reads 8954 or true as a number or true/false; say exactly what to type to keep it as text.
      const quote =
        issue.expected === 'string' && (typeof issue.input === 'number' || typeof issue.input === 'boolean')
          ? ` Put it in double quotes: "${String(issue.input)}".`
          : '';
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}, not ${describe(issue.input)}.${quote}`;
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const guess = typeof issue.input === 'string' ? closestMatch(issue.input, options) : undefined;
      const hint = guess ? ` Did you mean "${guess}"?` : '';
      return `${describe(issue.input)} is not allowed here. Use one of: ${options.join(', ')}.${hint}`;
    }
    case 'unrecognized_keys':
      return issue.keys
        .map((key) => {
          const guess = closestMatch(key, knownKeys);
          return `"${key}" is not a field here.${guess ? ` Did you mean "${guess}"?` : ` Allowed fields: ${knownKeys.join(', ')}.`}`;
        })
        .join(' ');
    case 'too_small':
      if (issue.origin === 'array')
        return isCustom(issue.message) ? `${issue.message}.` : `needs at least ${issue.minimum} item(s).`;
      if (issue.origin === 'string') return 'must not be empty.';
      return `must be at least ${issue.minimum}.`;
    case 'too_big':
      return issue.origin === 'string'
        ? `is too long (at most ${issue.maximum} characters).`
        : `must be at most ${issue.maximum}.`;
    case 'invalid_format':
      if (isCustom(issue.message)) return `${describe(issue.input)} ${issue.message}.`;
      if (issue.format === 'url')
        return `${describe(issue.input)} is not a web address. Write it in full, starting https://.`;
      if (issue.format === 'email') return `${describe(issue.input)} is not an email address.`;
      return `${describe(issue.input)} is not in the right format (${issue.format}).`;
    case 'invalid_union':
      if (issue.input === null) return 'is empty. Fill it in or remove the line.';
      return `${describe(issue.input)} is not a valid value here.${isCustom(issue.message) ? ` ${issue.message}.` : ''}`;
    case 'custom':
      return `${issue.input !== undefined && typeof issue.input !== 'object' ? `${describe(issue.input)} ` : ''}${issue.message}.`;
    default:
      return `${issue.message}.`;
  }
}

/** Unwrap optional/default/pipe wrappers to find the object shape at a path, for "did you mean" on field names. */
export function keysAtPath(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let node = s as { _zod?: { def?: Record<string, unknown> } };
    for (let i = 0; i < 10 && node?._zod?.def; i++) {
      const def = node._zod.def;
      const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
      if (!next) break;
      node = next as typeof node;
    }
    return node;
  };
  for (const segment of path) {
    const node = unwrap(current) as { _zod?: { def?: Record<string, unknown> } };
    const def = node?._zod?.def;
    if (!def) return [];
    if (def.type === 'object' && typeof segment === 'string') current = (def.shape as Record<string, unknown>)[segment];
    else if (def.type === 'array' && typeof segment === 'number') current = def.element;
    else return [];
  }
  const def = (unwrap(current) as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

/** A problem at a line of a data file, before it is given its file and severity. */
export interface FieldProblem {
  line: number;
  field: string;
  message: string;
}

/** A field's path as a reader writes it: `priorities[1].themes[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, segment) => {
    if (typeof segment === 'number') return `${out}[${segment}]`;
    return out ? `${out}.${String(segment)}` : String(segment);
  }, '');
}

/** YAML that could not be read: one problem per error, at its line. */
export function yamlProblems(errors: readonly { line: number; message: string }[]): FieldProblem[] {
  return errors.map((e) => ({
    line: e.line,
    field: 'yaml',
    message: `the fields could not be read: ${e.message}. Check indentation, colons and quotes on this line.`,
  }));
}

/**
 * A schema's issues as problems at their fields' lines. An unknown field is pointed at its own line (the first
 * one, when several are unknown), with the field names it may have meant.
 */
export function schemaProblems(
  schema: z.ZodType,
  issues: readonly z.core.$ZodIssue[],
  lineOf: (path: readonly (string | number)[]) => number,
): FieldProblem[] {
  return issues.map((issue) => {
    const path = issue.path as (string | number)[];
    const unknown = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const knownKeys = unknown.length ? keysAtPath(schema, path) : [];
    return {
      line: lineOf(unknown.length ? [...path, unknown[0]!] : path),
      field: formatPath(path) || '(top level)',
      message: explainIssue(issue, knownKeys),
    };
  });
}
