// The files generated from the schemas, by path, so the script writes them and a test compares them.
import { join } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../check/collections.ts';
import { editorJsonSchema } from '../json-schema.ts';
import { fieldReferenceMarkdown } from './field-reference.ts';
import { readSchemaDocs } from './schema-docs.ts';

/** Relative path -> contents of every generated file. */
export function generatedFiles(root: string): Record<string, string> {
  const docs = readSchemaDocs(join(root, 'src/schemas'));
  const files: Record<string, string> = { 'docs/field-reference.md': fieldReferenceMarkdown(docs) };
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    files[`schemas/${name}.schema.json`] = `${JSON.stringify(editorJsonSchema(name, docs), null, 2)}\n`;
  }
  return files;
}
