// After the build, write a redirect page at each old address (and dist/_redirects for hosts that read it).
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkedContent } from './checked-content.ts';
import { redirectPage, redirectsFile, redirectsFromContent } from '../lib/redirects.ts';

export function redirects(): AstroIntegration {
  let site = '';
  return {
    name: 'hws:redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const list = redirectsFromContent(checkedContent(process.cwd()).content);
        for (const redirect of list) {
          const file = join(out, redirect.from, 'index.html');
          // Never replace a real page: an old address that is in use again keeps its page.
          if (existsSync(file)) continue;
          mkdirSync(join(out, redirect.from), { recursive: true });
          writeFileSync(file, redirectPage(redirect, site));
        }
        writeFileSync(join(out, '_redirects'), redirectsFile(list));
        logger.info(`${list.length} redirect(s) from old addresses`);
      },
    },
  };
}
