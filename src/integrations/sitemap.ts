// Writes dist/sitemap.xml after the build from the pages Astro actually wrote.
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sitemapXml } from '../lib/sitemap.ts';

export function sitemap(): AstroIntegration {
  let site = '';
  return {
    name: 'hws:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir, pages }) => {
        const paths = pages.map((p) => `/${p.pathname}`.replace(/\/+$/, '/') || '/');
        writeFileSync(fileURLToPath(new URL('sitemap.xml', dir)), sitemapXml(site, paths));
      },
    },
  };
}
