// The field reference (docs/field-reference.md), generated from the zod schemas and their doc comments.
import { COLLECTIONS, type CollectionName } from '../check/collections.ts';
import { flattenFields, type FieldInfo } from './fields.ts';
import type { SchemaDocs } from './schema-docs.ts';

const INTRO: Record<CollectionName, string> = {
  places:
    "One file per council area: `content/places/<place>.yaml`. The file name is the place's id and the last part of its web address.",
  themes:
    'The shared list of themes used to compare places: `content/themes/<theme>.yaml`. Add synonyms here so search finds the theme by the words residents use.',
  strategies:
    'One file per strategy: `content/strategies/<strategy>.mdx`. The fields go between the two `---` lines at the top; the plain-English introduction follows as the body.',
  updates:
    'Board reports and progress notes: `content/updates/<update>.md` (or `.mdx`). Fields between the `---` lines, the report in plain English below.',
  areas: 'Neighbourhood profiles: `content/areas/<area>.yaml`.',
  glossary:
    'Glossary terms: `content/glossary/<term>.yaml`. An abbreviation listed here is linked to its explanation where it is first used.',
};

const escapeCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function row(field: FieldInfo): string {
  const name = `${'&nbsp;&nbsp;'.repeat(field.depth)}\`${field.path}\``;
  const needed = field.required
    ? '**required**'
    : field.defaultValue !== undefined && !(Array.isArray(field.defaultValue) && field.defaultValue.length === 0)
      ? `optional (default \`${JSON.stringify(field.defaultValue)}\`)`
      : 'optional';
  const type = field.verbatim ? `${field.type}, **exactly as printed** (checked against the source)` : field.type;
  return `| ${name} | ${needed} | ${escapeCell(type)} | ${escapeCell(field.description || '—')} |`;
}

/** The whole reference as Markdown. */
export function fieldReferenceMarkdown(docs: SchemaDocs): string {
  const sections = (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => {
    const rows = flattenFields(COLLECTIONS[name].schema, docs).map(row);
    return [
      `## ${name}`,
      '',
      INTRO[name],
      '',
      '| field | needed? | what to write | what it means |',
      '| --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n');
  });
  return [
    '# Field reference',
    '',
    '<!-- Generated from src/schemas/*.ts by `npm run docs:fields`. Do not edit by hand: change the doc comment on the field in the schema and run the command again. A test fails if this file is out of date. -->',
    '',
    'Every field a content file may have, what to write in it and what it means. Nested fields are shown as',
    '`parent.child`; `[]` means "each item of the list". See [CONTRIBUTING.md](../CONTRIBUTING.md) for worked examples.',
    'Fields marked **exactly as printed** hold official wording: copy it from the source document, typing slips',
    'included, and put any plain-English version in the field beside it (`inShort`, `visionInShort`).',
    '',
    ...sections,
  ].join('\n');
}
