// After the build, writes the Pagefind index (dist/pagefind/) from one record per priority, action,
// measure, commitment and update, and the "Did you mean" word list (dist/search/vocabulary.json).
// PAGEFIND_SKIP=1 leaves both out (fixture builds in tests that do not search).
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { checkContent } from '../lib/check/run.ts';
import { buildSite } from '../lib/model.ts';
import { recordHtml, searchRecords } from '../lib/search/records.ts';
import { buildVocabulary } from '../lib/search/vocabulary.ts';

export function searchIndex(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'hws:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.PAGEFIND_SKIP) {
          logger.info('PAGEFIND_SKIP is set: no search index written');
          return;
        }
        const records = searchRecords(buildSite(checkContent(root).content));
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        for (const record of records) {
          const added = await index.addHTMLFile({ url: record.url, content: recordHtml(record) });
          if (added.errors.length) throw new Error(`Pagefind refused ${record.url}: ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
        if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
        await pagefind.close();
        // The site has its own small search element; Pagefind's ready-made UIs are never loaded, so do not ship them.
        const bundle = fileURLToPath(new URL('pagefind/', dir));
        for (const name of readdirSync(bundle)) if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name)) rmSync(`${bundle}${name}`);
        const searchDir = fileURLToPath(new URL('search/', dir));
        mkdirSync(searchDir, { recursive: true });
        writeFileSync(`${searchDir}vocabulary.json`, JSON.stringify(buildVocabulary(records)));
        logger.info(`search index: ${records.length} records`);
      },
    },
  };
}
