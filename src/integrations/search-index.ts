// After the build, writes the Pagefind index (dist/pagefind/) from the search records (one per
// priority, action, measure, commitment and update, packed into pages by pages.ts), and the
// "Did you mean" word list (dist/search/vocabulary.json).
// PAGEFIND_SKIP=1 leaves both out (fixture builds in tests that do not search).
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { checkContent } from '../lib/check/run.ts';
import { buildSite } from '../lib/model.ts';
import { pageHtml, searchPages } from '../lib/search/pages.ts';
import { searchRecords } from '../lib/search/records.ts';
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
        const pages = searchPages(records);
        for (const page of pages) {
          const added = await index.addHTMLFile({ url: page.key, content: pageHtml(page) });
          if (added.errors.length) throw new Error(`Pagefind refused ${page.key}: ${added.errors.join('; ')}`);
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
        logger.info(`search index: ${records.length} records in ${pages.length} Pagefind pages`);
      },
    },
  };
}
