// Astro integration: run the content check before anything is built, so bad content
// stops the build with the same messages as `npm run check` and no pages are written.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../lib/check/run.ts';
import { checkedContent } from './checked-content.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'hws:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const result = checkedContent(fileURLToPath(config.root));
        if (result.errors.length) {
          const report = result.errors.map(formatProblem).join('\n');
          throw new Error(`Content check failed with ${result.errors.length} error(s):\n${report}`);
        }
        logger.info(`content check passed (${result.fileCount} files)`);
      },
    },
  };
}
