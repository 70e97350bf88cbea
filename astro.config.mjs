// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentCheck } from './src/integrations/content-check.ts';
import { sitemap } from './src/integrations/sitemap.ts';

export default defineConfig({
  site: 'https://health-wellbeing-strategies.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx(), sitemap()],
});
