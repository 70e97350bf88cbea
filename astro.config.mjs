// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { contentCheck } from './src/integrations/content-check.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { redirects } from './src/integrations/redirects.ts';
import { cms } from './src/integrations/cms.ts';
import { remarkGlossary } from './src/integrations/remark-glossary.ts';
import { rehypeExternalLinks } from './src/integrations/rehype-external-links.ts';
import { remarkBodySafety } from './src/integrations/remark-body-safety.ts';
import { glossaryMatchers } from './src/lib/glossary-links.ts';
import { checkedContent } from './src/integrations/checked-content.ts';

// Glossary abbreviations are linked on first use in strategy and update bodies (remark, so the unified processor).
const glossary = checkedContent(process.cwd()).content.glossary;
const site = 'https://health-wellbeing-strategies.example';

export default defineConfig({
  site,
  // The content layer's cache lives in each checkout, not in node_modules/.astro: node_modules may be
  // shared (worktrees, the test and bench copies) and builds running at once would mix their content.
  cacheDir: './.astro/cache',
  // Vite's own cache too: test and bench copies of the project share node_modules, and builds running
  // at once must not clear each other's node_modules/.vite.
  vite: { cacheDir: './.astro/vite' },
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx(), sitemap(), redirects(), cms()],
  markdown: {
    processor: unified({
      // The content check's body rules, applied again by the renderer itself: first, before any other plugin.
      remarkPlugins: [remarkBodySafety, [remarkGlossary, { matchers: glossaryMatchers(glossary) }]],
      // Raw HTML is never passed through from Markdown (remarkBodySafety refuses it; this drops anything left).
      remarkRehype: { allowDangerousHtml: false },
      // Links to other websites in bodies are marked as external, like ExternalLink.astro.
      rehypePlugins: [[rehypeExternalLinks, { site }]],
    }),
  },
});
