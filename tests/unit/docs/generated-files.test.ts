// The field reference and the editor JSON Schemas are generated from src/schemas: the committed copies
// must match what `npm run docs:fields` writes now, and every field must explain itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../../../src/lib/check/collections.ts';
import { flattenFields } from '../../../src/lib/docs/fields.ts';
import { generatedFiles } from '../../../src/lib/docs/generated.ts';
import { docsFromSource, readSchemaDocs } from '../../../src/lib/docs/schema-docs.ts';
import { PROJECT_ROOT } from '../../helpers/content.ts';

const files = generatedFiles(PROJECT_ROOT);

describe('generated files', () => {
  it.each(Object.keys(files))('%s is up to date (run npm run docs:fields if this fails)', (path) => {
    expect(readFileSync(join(PROJECT_ROOT, path), 'utf8')).toBe(files[path]);
  });

  it('every field of every collection has a doc comment in src/schemas', () => {
    const docs = readSchemaDocs(join(PROJECT_ROOT, 'src/schemas'));
    const missing = (Object.keys(COLLECTIONS) as CollectionName[]).flatMap((name) =>
      flattenFields(COLLECTIONS[name].schema, docs)
        .filter((f) => !f.description)
        .map((f) => `${name}: ${f.path}`),
    );
    expect(missing).toEqual([]);
  });

  it('the field reference lists nested fields with what to write', () => {
    const reference = files['docs/field-reference.md']!;
    expect(reference).toContain(
      '| &nbsp;&nbsp;`actions[].status` | optional (default `"not-stated"`) | one of: `not-stated`, `not-started`',
    );
    expect(reference).toContain(
      '| `lastReviewed` | **required** | date: YYYY, YYYY-MM or YYYY-MM-DD | When this entry was last checked. |',
    );
  });

  it('the editor schema carries the doc comments as descriptions and refuses unknown fields', () => {
    const places = JSON.parse(files['schemas/places.schema.json']!);
    expect(places.properties.council.description).toBe(
      'The council\'s official name, e.g. "London Borough of Barking and Dagenham".',
    );
    expect(places.additionalProperties).toBe(false);
    expect(places.required).toEqual(expect.arrayContaining(['name', 'council', 'kind', 'summary', 'lastReviewed']));
  });
});

describe('reading doc comments', () => {
  it('finds the doc comment of each field of an object literal, keyed by its field names', () => {
    const docs = docsFromSource(
      `const a = z.strictObject({\n  /** The name.\n   * Two lines. */\n  name: text,\n  // not a doc comment\n  other: text,\n});`,
    );
    expect(docs.get('name,other')).toEqual({ name: 'The name. Two lines.' });
  });
});

describe('VS Code editor help', () => {
  it('maps every YAML collection folder to its generated schema in .vscode/settings.json', () => {
    const settings = JSON.parse(readFileSync(join(PROJECT_ROOT, '.vscode/settings.json'), 'utf8'));
    const yamlCollections = (Object.keys(COLLECTIONS) as CollectionName[]).filter((n) => !COLLECTIONS[n].hasBody);
    for (const name of yamlCollections) {
      expect(settings['yaml.schemas'][`./schemas/${name}.schema.json`]).toBe(`content/${COLLECTIONS[name].dir}/*.yaml`);
      expect(files[`schemas/${name}.schema.json`]).toBeDefined();
    }
  });
});
