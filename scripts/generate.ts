// npm run docs:fields (also npm run generate): write the files generated from the zod schemas,
// docs/field-reference.md and schemas/<collection>.schema.json. Tests fail if the committed copies are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { generatedFiles } from '../src/lib/docs/generated.ts';

for (const [path, contents] of Object.entries(generatedFiles(process.cwd()))) {
  mkdirSync(path.replace(/\/[^/]+$/, ''), { recursive: true });
  writeFileSync(path, contents);
  console.log(`wrote ${path}`);
}
