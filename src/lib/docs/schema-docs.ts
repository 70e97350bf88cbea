// Read the /** doc comments */ on the fields in src/schemas/*.ts with the TypeScript compiler API,
// so the field reference, the editor schema and the CMS show the same words as the code (one source).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** Doc comments by object shape: the key is the object's field names, sorted and joined with commas. */
export type SchemaDocs = Map<string, Record<string, string>>;

/** The key that identifies an object schema by its field names. */
export const shapeKey = (fields: readonly string[]) => [...fields].sort().join(',');

function docOf(node: ts.Node, source: ts.SourceFile): string | undefined {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  const doc = ranges
    .map((r) => source.text.slice(r.pos, r.end))
    .filter((c) => c.startsWith('/**'))
    .at(-1);
  if (!doc) return undefined;
  return doc
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trim())
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Doc comments of every `z.object({...})` / `z.strictObject({...})` literal in one TypeScript source. */
export function docsFromSource(text: string, fileName = 'schema.ts'): SchemaDocs {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const docs: SchemaDocs = new Map();
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ['object', 'strictObject', 'looseObject'].includes(node.expression.name.text) &&
      node.arguments[0] &&
      ts.isObjectLiteralExpression(node.arguments[0])
    ) {
      const fields: Record<string, string> = {};
      const names: string[] = [];
      for (const property of node.arguments[0].properties) {
        const name =
          property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
            ? property.name.text
            : undefined;
        if (!name) continue;
        names.push(name);
        const doc = docOf(property, source);
        if (doc) fields[name] = doc;
      }
      const key = shapeKey(names);
      docs.set(key, { ...docs.get(key), ...fields });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return docs;
}

/** Doc comments from every schema module in a folder (src/schemas). */
export function readSchemaDocs(dir: string): SchemaDocs {
  const all: SchemaDocs = new Map();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    for (const [key, fields] of docsFromSource(readFileSync(join(dir, file), 'utf8'), file)) {
      all.set(key, { ...all.get(key), ...fields });
    }
  }
  return all;
}
