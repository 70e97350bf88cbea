// The web editor's configuration is made from the schemas: same collections, same fields, same allowed values.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsConfig, type CmsField } from '../../../src/lib/cms/config.ts';
import { readSchemaDocs } from '../../../src/lib/docs/schema-docs.ts';
import { COLLECTIONS } from '../../../src/lib/check/collections.ts';
import { PLACE_KINDS } from '../../../src/schemas/place.ts';
import { PROJECT_ROOT } from '../../helpers/content.ts';

const config = cmsConfig(readSchemaDocs(join(PROJECT_ROOT, 'src/schemas')), {
  backend: { name: 'github', repo: 'a/b', branch: 'main' },
});
const collections = config.collections as {
  name: string;
  folder: string;
  extension: string;
  label: string;
  format: string;
  fields: CmsField[];
}[];
const field = (collection: string, name: string) =>
  collections.find((c) => c.name === collection)!.fields.find((f) => f.name === name)!;

describe('the CMS configuration', () => {
  it('has one collection per content folder and file ending, opening pull requests through the editorial workflow', () => {
    expect(collections.map((c) => [c.name, c.folder])).toEqual(
      Object.entries(COLLECTIONS).flatMap(([name, spec]) =>
        spec.extensions.map((ext, i) => [i ? `${name}-${ext.slice(1)}` : name, `content/${spec.dir}`]),
      ),
    );
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  it("offers a place's kinds as a choice, from the schema's enum, with the doc comment as the hint", () => {
    expect(field('places', 'kind')).toMatchObject({
      widget: 'select',
      options: [...PLACE_KINDS],
      hint: 'What kind of council it is.',
    });
  });

  it('keeps dates as text with the YYYY, YYYY-MM or YYYY-MM-DD pattern, so no precision is added', () => {
    const date = field('strategies', 'lastReviewed');
    expect(date).toMatchObject({ widget: 'string', pattern: [expect.any(String), expect.any(String)] });
    const pattern = new RegExp(date.pattern![0]);
    for (const good of ['2023', '2023-09', '2023-03-06']) expect(pattern.test(good), good).toBe(true);
    for (const bad of ['23', '2023-9', '2023-03-06T00:00', '06/03/2023']) expect(pattern.test(bad), bad).toBe(false);
  });

  it('marks optional fields as not required, and nothing inside an optional group', () => {
    expect(field('places', 'integratedCareSystem').required).toBe(false);
    expect(field('places', 'name').required).toBeUndefined();
    expect(field('strategies', 'period').fields!.every((f) => f.required === false)).toBe(true);
  });

  it('edits MDX strategy bodies as plain text, so components are never escaped', () => {
    expect(field('strategies', 'body')).toMatchObject({ widget: 'text' });
  });

  it('nests list items: a priority has its themes as a list of ids', () => {
    const priorities = field('strategies', 'priorities');
    expect(priorities.widget).toBe('list');
    expect(priorities.fields!.find((f) => f.name === 'themes')).toMatchObject({
      widget: 'list',
      field: { widget: 'string', pattern: [expect.stringContaining('[a-z0-9]'), expect.any(String)] },
    });
  });

  it('lists and edits .mdx updates as their own collection over the same folder, with the body as plain text', () => {
    const updates = collections.filter((c) => c.folder === 'content/updates');
    expect(updates.map((c) => [c.name, c.extension, c.label])).toEqual([
      ['updates', 'md', 'Updates'],
      ['updates-mdx', 'mdx', 'Updates (MDX)'],
    ]);
    expect(updates[0]!.fields.find((f) => f.name === 'body')).toMatchObject({ widget: 'markdown' });
    expect(updates[1]!.fields.find((f) => f.name === 'body')).toMatchObject({ widget: 'text' });
    expect(updates[1]!.fields.filter((f) => f.name !== 'body')).toEqual(
      updates[0]!.fields.filter((f) => f.name !== 'body'),
    );
  });
});
