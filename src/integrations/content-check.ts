// Astro integration: run the content check before anything is built, so bad content
// stops the build with the same messages as `npm run check` and no pages are written.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildStoppedReport, count, isKnownHarmlessBuildWarning } from '../lib/check/report.ts';
import { checkedContent } from './checked-content.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'hws:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger, updateConfig }) => {
        const result = checkedContent(fileURLToPath(config.root));
        if (result.errors.length) {
          // Not a thrown error: Astro would add "An unhandled error occurred" and a stack trace,
          // which is about our code, not the content the person needs to fix.
          console.error(buildStoppedReport(result.errors));
          process.exit(1);
        }
        const warnings = result.problems.length;
        logger.info(
          `content check passed (${count(result.fileCount, 'file')}${warnings ? `; ${count(warnings, 'warning')}, listed by npm run check` : ''})`,
        );
        const onwarn = (warning: { code?: string; message?: string }, warn: (w: typeof warning) => void) => {
          if (!isKnownHarmlessBuildWarning(warning)) warn(warning);
        };
        updateConfig({ vite: { build: { rolldownOptions: { onwarn } } } });
      },
    },
  };
}
