// The one content reader. Every collection is loaded from the content check's own reading of the files
// (src/lib/check/run.ts), so the pages, search, redirects, feeds and open data get exactly the fields and
// bodies the check validated: there is no second parser that could read a file differently.
// Markdown bodies are rendered here, from the body the check parsed; MDX bodies are compiled by
// @astrojs/mdx from the file, which splits it with the same Astro function the check uses.
import type { Loader } from 'astro/loaders';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { CollectionName } from '../lib/check/collections.ts';
import { checkedContent, forgetCheckedContent } from '../integrations/checked-content.ts';
import { formatProblem } from '../lib/check/run.ts';

export function checkedLoader(collection: CollectionName): Loader {
  return {
    name: 'hws:checked-content',
    load: async ({ config, store, parseData, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      // Made once, and only for a collection that has Markdown bodies (most collections have none).
      let renderer: ReturnType<typeof config.markdown.processor.createRenderer> | undefined;
      const markdownRenderer = () => {
        const { markdown, image } = config;
        renderer ??= markdown.processor.createRenderer({
          image,
          syntaxHighlight: markdown.syntaxHighlight,
          shikiConfig: markdown.shikiConfig,
          gfm: markdown.gfm,
          smartypants: markdown.smartypants,
        });
        return renderer;
      };
      const sync = async () => {
        const result = checkedContent(root);
        if (result.errors.length) {
          // The build stops before this in the content check; in `astro dev` the page shows the last good content.
          logger.error(`content check failed:\n${result.errors.map(formatProblem).join('\n')}`);
          return;
        }
        store.clear();
        for (const entry of result.entries.values()) {
          if (entry.collection !== collection) continue;
          const filePath = join(root, entry.file);
          const data = await parseData({ id: entry.id, data: entry.fields as Record<string, unknown>, filePath });
          const common = { id: entry.id, data, filePath: entry.file, digest: generateDigest(entry.source) };
          if (entry.renderedBody === undefined) {
            store.set(common);
          } else if (entry.file.endsWith('.mdx')) {
            store.set({ ...common, body: entry.renderedBody.trim(), deferredRender: true });
          } else {
            const out = await (
              await markdownRenderer()
            ).render(entry.renderedBody, {
              frontmatter: data,
              fileURL: pathToFileURL(filePath),
            });
            const metadata = {
              ...out.metadata,
              imagePaths: [...out.metadata.localImagePaths, ...out.metadata.remoteImagePaths],
            };
            store.set({ ...common, body: entry.renderedBody.trim(), rendered: { html: out.code, metadata } });
          }
        }
      };
      await sync();
      // In `astro dev`, any change under content/ is read again (the check reads all content, for its cross-references).
      watcher?.on('all', async (_event, changed) => {
        if (!changed.startsWith(join(root, 'content'))) return;
        forgetCheckedContent(root);
        await sync();
      });
    },
  };
}
