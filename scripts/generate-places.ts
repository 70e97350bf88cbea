// Make a content/ folder of N synthetic places ("Testshire 001"...) for the scale benchmark.
// Usage: npm run generate-places -- --count 150 --out /tmp/hws-150   (writes /tmp/hws-150/content)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticContent } from './lib/synthetic-site.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '50' }, out: { type: 'string' } } });
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1)
  throw new Error(`--count must be a whole number above 0, not "${values.count}"`);
const out = values.out ? resolve(values.out) : mkdtempSync(join(tmpdir(), `hws-synthetic-${count}-`));
const written = writeSyntheticContent(process.cwd(), out, count);
console.log(`wrote ${written} synthetic content files for ${count} places to ${join(out, 'content')}`);
