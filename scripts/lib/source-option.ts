// `npm run check -- --sources DIR`: after the content check, look up every verbatim field and figure
// in the text copies of the source documents in DIR. Kept apart from scripts/check.ts so that the
// check's own output can change without touching this.
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { checkSources } from '../../src/lib/check/source-claims.ts';
import { formatAnnotation, formatProblem } from '../../src/lib/check/run.ts';
import type { SiteContent } from '../../src/schemas/rules.ts';

/** The folder given with `--sources DIR` or `--sources=DIR`, if any. */
export function sourcesFolder(args: readonly string[]): string | undefined {
  const index = args.indexOf('--sources');
  // A flag with no folder after it must not silently skip the check: '' is reported as a missing folder.
  if (index >= 0) return args[index + 1]?.startsWith('--') ? '' : (args[index + 1] ?? '');
  return args.find((a) => a.startsWith('--sources='))?.slice('--sources='.length);
}

/** Run the source check when asked for; print its problems and a count. Returns the number of errors. */
export function runSourceOption(
  args: readonly string[],
  root: string,
  content: SiteContent,
  annotate: boolean,
): number {
  const folder = sourcesFolder(args);
  if (folder === undefined) return 0;
  const dir = resolve(root, folder);
  if (!folder || !existsSync(dir)) {
    console.log(
      `\nSource check: ${folder ? `the folder "${folder}" does not exist` : 'no folder given after --sources'}. Give the folder that holds the text copies, e.g. --sources ../shared/seeds`,
    );
    return 1;
  }
  const started = performance.now();
  const result = checkSources(root, content, dir);
  const ms = Math.round(performance.now() - started);
  for (const p of result.problems) {
    const problem = { ...p, severity: 'error' as const };
    console.log(formatProblem(problem));
    if (annotate) console.log(formatAnnotation(problem));
  }
  console.log(
    `${result.problems.length ? '\n' : ''}Source check: ${result.found} of ${result.claims} quotes and figures found as printed, ` +
      `${result.problems.length} not found, ${result.notVerified} not verified (no text copy named or in ${folder}), in ${ms} ms.`,
  );
  return result.problems.length;
}
