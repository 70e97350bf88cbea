// Writes the Pagefind index (dist/pagefind/) from the search records (one for everything a reader can
// see, bodies included; packed into pages by pages.ts), and the "Did you mean" word list
// (dist/search/vocabulary.json). Run by scripts/search-index.ts once `astro build` has exited (the `build`
// npm script), so Pagefind's memory peak never adds to the Astro build's. PAGEFIND_SKIP=1 leaves both out
// (fixture builds in tests that do not search); the script checks it.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { checkedContent } from './checked-content.ts';
import { buildDay } from '../lib/build-day.ts';
import { buildSite } from '../lib/model.ts';
import { compactMeta } from '../lib/search/compact-meta.ts';
import { recompress } from '../lib/search/recompress.ts';
import { pageHtml, searchPages } from '../lib/search/pages.ts';
import { searchRecords } from '../lib/search/records.ts';
import { buildVocabulary } from '../lib/search/vocabulary.ts';

/** Pagefind's index chunk target (its own unit, not bytes): about 3 KB gzipped per chunk here. */
const INDEX_CHUNK_SIZE = 2_000;

/** Index the site whose content is under `root` into the built site at `dist`; returns a one-line summary. */
export async function writeSearchIndex(root: string, dist: string): Promise<string> {
  const checked = checkedContent(root);
  const bodies = new Map([...checked.entries].map(([key, entry]) => [key, entry.renderedBody]));
  const records = searchRecords(buildSite(checked.content, buildDay()), bodies);
  // A query downloads the index chunk of each of its words, so chunk size is paid once per word:
  // with chunks near 8 KB (and ten fragments) a first query of "cost of living" cost 121 KB; near
  // 4 KB (and eight), 99.8 KB; near 3 KB (and ten, "of" no longer asked for), 97.8 KB (npm run
  // bench:search). At 150 synthetic places the first query was 113.6 KB before and 115.1 KB after
  // (npm run bench:scale -- --counts 150), so smaller chunks do not cost more there. The index is a
  // few KB larger in all. The setting is Pagefind's own but marked unstable (1.6.0); if a later
  // version drops it, chunks are only bigger again (npm run bench:search shows it). Set the variable
  // to override.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const pages = searchPages(records);
  for (const page of pages) {
    const added = await index.addHTMLFile({ url: page.key, content: pageHtml(page) });
    if (added.errors.length) throw new Error(`Pagefind refused ${page.key}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await pagefind.close();
  // The site has its own small search element; Pagefind's ready-made UIs are never loaded, so do not ship them.
  const bundle = join(dist, 'pagefind');
  for (const name of readdirSync(bundle))
    if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name)) rmSync(join(bundle, name));
  await compactBundle(bundle);
  const searchDir = join(dist, 'search');
  mkdirSync(searchDir, { recursive: true });
  writeFileSync(join(searchDir, 'vocabulary.json'), JSON.stringify(buildVocabulary(records)));
  return `${records.length} records in ${pages.length} Pagefind pages`;
}

/**
 * Give every fragment and index chunk a short name in order (compact-meta.ts says why), renaming the
 * files to match; write the metadata file under a name from its new content, as Pagefind names it;
 * and zip the metadata file and the search engine again, smaller (recompress.ts).
 */
async function compactBundle(bundle: string) {
  const entryPath = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as {
    languages: Record<string, { hash: string; wasm?: string }>;
  };
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaPath = join(bundle, `pagefind.${info.hash}.pf_meta`);
    const { file, fragments, chunks } = compactMeta(readFileSync(metaPath));
    for (const [from, to] of fragments)
      renameSync(join(bundle, 'fragment', `${from}.pf_fragment`), join(bundle, 'fragment', `${to}.pf_fragment`));
    for (const [from, to] of chunks)
      renameSync(join(bundle, 'index', `${from}.pf_index`), join(bundle, 'index', `${to}.pf_index`));
    rmSync(metaPath);
    const smaller = await recompress(file);
    info.hash = `${language}_${createHash('sha256').update(smaller).digest('hex').slice(0, 10)}`;
    writeFileSync(join(bundle, `pagefind.${info.hash}.pf_meta`), smaller);
    if (info.wasm) {
      const wasmPath = join(bundle, `wasm.${info.wasm}.pagefind`);
      writeFileSync(wasmPath, await recompress(readFileSync(wasmPath)));
    }
  }
  writeFileSync(entryPath, JSON.stringify(entry));
}
