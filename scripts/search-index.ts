// Writes the search index into a built site (`npm run build` runs it once `astro build` has exited, so
// Pagefind's memory peak and the Astro build's never overlap). The records come from the same checked
// content reader the build uses (src/integrations/search-index.ts). Options: --dist <dir> (default dist).
// PAGEFIND_SKIP=1 writes nothing (fixture builds in tests that do not search).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSearchIndex } from '../src/integrations/search-index.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = resolve(values.dist!);

if (process.env['PAGEFIND_SKIP']) {
  console.log('search-index: PAGEFIND_SKIP is set, so no search index is written');
} else if (!existsSync(join(dist, 'index.html'))) {
  console.error(`search-index: ${dist} has no index.html. Run npm run build.`);
  process.exit(1);
} else {
  const started = performance.now();
  const summary = await writeSearchIndex(process.cwd(), dist);
  console.log(`search-index: ${summary}, written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
