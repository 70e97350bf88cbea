// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { contentCheck } from './src/integrations/content-check.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { redirects } from './src/integrations/redirects.ts';
import { cms } from './src/integrations/cms.ts';
import { remarkGlossary } from './src/integrations/remark-glossary.ts';
import { glossaryMatchers } from './src/lib/glossary-links.ts';
import { checkContent } from './src/lib/check/run.ts';

// Glossary abbreviations are linked on first use in strategy and update bodies (remark, so the unified processor).
const glossary = checkContent(process.cwd()).content.glossary;

export default defineConfig({
  site: 'https://health-wellbeing-strategies.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx(), sitemap(), redirects(), cms()],
  markdown: { processor: unified({ remarkPlugins: [[remarkGlossary, { matchers: glossaryMatchers(glossary) }]] }) },
});
