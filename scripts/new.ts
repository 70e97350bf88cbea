// npm run new -- place --id <place>
// npm run new -- strategy --place <place> --id <strategy>
// npm run new -- update --strategy <strategy> --id <update>
// npm run new -- measure|action|voice --strategy <strategy> [--id <id>] [--priority <priority>]
// Writes a starting file, or adds an entry to the end of a strategy's list, with every field, its meaning
// as a comment, and "FILL IN" placeholders. The decisions are in src/lib/scaffold-command.ts.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSchemaDocs } from '../src/lib/docs/schema-docs.ts';
import { planNew } from '../src/lib/scaffold-command.ts';

const root = process.cwd();
const plan = planNew(
  process.argv.slice(2),
  {
    list: (dir) => (existsSync(join(root, 'content', dir)) ? readdirSync(join(root, 'content', dir)) : []),
    read: (path) => readFileSync(join(root, path), 'utf8'),
  },
  readSchemaDocs(fileURLToPath(new URL('../src/schemas', import.meta.url))),
);

if (!plan.ok) {
  console.error(plan.message);
  process.exit(1);
}
if (plan.created) mkdirSync(join(root, plan.path, '..'), { recursive: true });
// A new file is never written over an existing one, even if one appeared since the plan was made.
writeFileSync(join(root, plan.path), plan.contents, plan.created ? { flag: 'wx' } : {});
console.log(plan.message);
