// The Decap CMS configuration (/admin/config.yml), generated from the zod schemas so that the
// editor's collections and fields can never drift from the content model. Field hints are the
// schemas' doc comments.
import { COLLECTIONS, type CollectionName, type CollectionSpec } from '../check/collections.ts';
import { PARTIAL_DATE_PATTERN, SLUG_PATTERN } from '../../schemas/common.ts';
import { objectFields, unwrap, valueKind, type ValueKind } from '../docs/fields.ts';
import type { SchemaDocs } from '../docs/schema-docs.ts';

export interface CmsField {
  label: string;
  name: string;
  widget: string;
  required?: boolean;
  hint?: string;
  options?: string[];
  pattern?: [string, string];
  value_type?: 'int' | 'float';
  fields?: CmsField[];
  field?: CmsField;
  summary?: string;
  collapsed?: boolean;
}

/** Fields that hold a paragraph, shown as a multi-line box. */
const LONG_TEXT = new Set([
  'summary',
  'description',
  'vision',
  'governance',
  'note',
  'definition',
  'what',
  'inShort',
  'visionInShort',
  'statusNote',
  'text',
  'dataNote',
  'boardRole',
]);

const SLUG_RULE: [string, string] = [
  SLUG_PATTERN.source,
  'Lower-case letters, numbers and single hyphens, like good-work',
];
const DATE_RULE: [string, string] = [
  PARTIAL_DATE_PATTERN.source,
  'A date written as YYYY, YYYY-MM or YYYY-MM-DD, like 2023-09 or 2023-03-06',
];

/** "integratedCareSystem" -> "Integrated care system". */
export function labelFor(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The Decap widget settings for one kind of value. */
function widgetFor(kind: ValueKind, name: string, docs: SchemaDocs): Omit<CmsField, 'label' | 'name'> {
  switch (kind.kind) {
    case 'id':
      return { widget: 'string', pattern: SLUG_RULE };
    // Dates stay text: Decap's date widget would add precision the source does not give.
    case 'date':
      return { widget: 'string', pattern: DATE_RULE };
    case 'year':
      return { widget: 'number', value_type: 'int' };
    case 'number':
      return { widget: 'number', value_type: kind.integer ? 'int' : 'float' };
    case 'boolean':
      return { widget: 'boolean' };
    case 'choice':
      return { widget: 'select', options: kind.options };
    case 'list':
      if (kind.of.kind === 'object')
        return { widget: 'list', collapsed: true, fields: cmsFields(kind.of.schema, docs) };
      return { widget: 'list', field: { label: labelFor(name), name: 'item', ...widgetFor(kind.of, name, docs) } };
    case 'object':
      return { widget: 'object', collapsed: true, fields: cmsFields(kind.schema, docs) };
    // A page can be a number (23) or text ("23-25"); a string widget would turn 23 into "23".
    case 'text-or-number':
      return { widget: 'string' };
    default:
      return { widget: LONG_TEXT.has(name) ? 'text' : 'string' };
  }
}

/**
 * Decap fields for an object schema, with hints from the doc comments. Inside an optional group
 * nothing is marked required, because Decap would then refuse to save a file that leaves the group
 * out; `npm run check` on the pull request still enforces the schema.
 */
export function cmsFields(schema: unknown, docs: SchemaDocs, insideOptional = false): CmsField[] {
  return objectFields(schema, docs).map(({ name, schema: field, description }) => {
    const { inner, required } = unwrap(field);
    const kind = valueKind(inner);
    const settings = widgetFor(kind, name, docs);
    if (kind.kind === 'object') settings.fields = cmsFields(kind.schema, docs, insideOptional || !required);
    const isRequired = required && !insideOptional;
    return {
      label: labelFor(name),
      name,
      ...settings,
      ...(isRequired ? {} : { required: false }),
      ...(description ? { hint: description } : {}),
    };
  });
}

const IDENTIFIER: Record<CollectionName, string> = {
  places: 'name',
  themes: 'title',
  strategies: 'title',
  updates: 'title',
  areas: 'name',
  glossary: 'term',
};
const LABELS: Record<CollectionName, [string, string]> = {
  places: ['Places', 'Place'],
  themes: ['Themes', 'Theme'],
  strategies: ['Strategies', 'Strategy'],
  updates: ['Updates', 'Update'],
  areas: ['Neighbourhood profiles', 'Neighbourhood profile'],
  glossary: ['Glossary', 'Glossary term'],
};

export interface CmsOptions {
  /** The Decap backend, e.g. { name: 'github', repo: 'owner/repo', branch: 'main' } or { name: 'test-repo' }. */
  backend: Record<string, unknown>;
}

/**
 * The editor's name for a collection's files with one ending. Decap reads one ending per collection, so a
 * folder the site reads with two endings (updates: .md and .mdx) is two collections over the same folder:
 * "updates" for the first ending and "updates-mdx" for the second.
 */
export function cmsCollectionName(name: CollectionName, extension: string): string {
  return extension === COLLECTIONS[name].extensions[0] ? name : `${name}-${extension.replace(/^\./, '')}`;
}

/** The whole Decap configuration. */
export function cmsConfig(docs: SchemaDocs, options: CmsOptions): Record<string, unknown> {
  const collections = (Object.keys(COLLECTIONS) as CollectionName[]).flatMap((name) => {
    const spec: CollectionSpec = COLLECTIONS[name];
    return spec.extensions.map((extension, index) => {
      const isMdx = extension === '.mdx';
      const fields = cmsFields(spec.schema, docs);
      if (spec.hasBody) {
        // MDX bodies are edited as plain text: Decap's rich-text editor would escape the components (<InsetText>).
        fields.push(
          name === 'strategies'
            ? {
                label: 'Introduction (MDX)',
                name: 'body',
                widget: 'text',
                hint: 'The plain-English introduction. Markdown, and only the components listed in CONTRIBUTING.md.',
              }
            : isMdx
              ? {
                  label: 'Report (MDX)',
                  name: 'body',
                  widget: 'text',
                  hint: 'What the report says, in plain English. Markdown, and only the components listed in CONTRIBUTING.md.',
                }
              : { label: 'Report', name: 'body', widget: 'markdown', hint: 'What the report says, in plain English.' },
        );
      }
      // The second ending of a folder gets its own entry in the editor's list, named for the ending.
      const suffix = index === 0 ? '' : ` (${extension.slice(1).toUpperCase()})`;
      return {
        name: cmsCollectionName(name, extension),
        label: `${LABELS[name][0]}${suffix}`,
        label_singular: `${LABELS[name][1]}${suffix}`,
        folder: `content/${spec.dir}`,
        extension: extension.slice(1),
        format: spec.hasBody ? 'frontmatter' : 'yaml',
        create: true,
        slug: '{{slug}}',
        identifier_field: IDENTIFIER[name],
        summary: `{{${IDENTIFIER[name]}}}`,
        fields,
      };
    });
  });
  return {
    backend: options.backend,
    publish_mode: 'editorial_workflow',
    media_folder: 'public/images',
    public_folder: '/images',
    site_url: '/',
    display_url: '/',
    collections,
  };
}
