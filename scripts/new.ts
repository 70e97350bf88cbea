// npm run new -- place --id <place>
// npm run new -- strategy --place <place> [--id <strategy>]
// npm run new -- update --strategy <strategy> [--id <update>]
// Writes a starting file with every required field, its meaning as a comment, and "FILL IN" placeholders.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../src/lib/check/locate.ts';
import { readSchemaDocs } from '../src/lib/docs/schema-docs.ts';
import { scaffold, type ScaffoldRequest } from '../src/lib/scaffold.ts';
import { SLUG_PATTERN } from '../src/schemas/common.ts';

const root = process.cwd();
const [kind, ...rest] = process.argv.slice(2);
const option = (name: string) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : rest.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
};
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
const needSlug = (value: string | undefined, what: string) => {
  if (!value) fail(`Say which ${what}, e.g. --${what} hackney.`);
  if (!SLUG_PATTERN.test(value!)) fail(`"${value}" is not a valid id: use lower-case letters, numbers and single hyphens, like "good-work".`);
  return value!;
};

let request: ScaffoldRequest;
if (kind === 'place') {
  request = { kind, id: needSlug(option('id') ?? option('place'), 'id') };
} else if (kind === 'strategy') {
  const place = needSlug(option('place'), 'place');
  if (!existsSync(join(root, `content/places/${place}.yaml`))) fail(`There is no place "${place}" in content/places. Add it first: npm run new -- place --id ${place}`);
  request = { kind, id: needSlug(option('id') ?? `${place}-strategy`, 'id'), places: [place] };
} else if (kind === 'update') {
  const strategy = needSlug(option('strategy'), 'strategy');
  const file = join(root, `content/strategies/${strategy}.mdx`);
  if (!existsSync(file)) fail(`There is no strategy "${strategy}" in content/strategies.`);
  const places = (parse(splitFrontmatter(readFileSync(file, 'utf8')).yaml ?? '') as { places?: string[] })?.places ?? [];
  request = { kind, id: needSlug(option('id') ?? `${strategy}-update`, 'id'), strategy, places };
} else {
  fail('Say what to create: npm run new -- place --id <place>, npm run new -- strategy --place <place>, or npm run new -- update --strategy <strategy>.');
}

const { path, contents } = scaffold(request!, readSchemaDocs(join(root, 'src/schemas')));
if (existsSync(join(root, path))) fail(`${path} already exists. Choose another id with --id.`);
mkdirSync(join(root, path, '..'), { recursive: true });
writeFileSync(join(root, path), contents);
console.log(`Wrote ${path}. Replace every "FILL IN", then run npm run check.`);
