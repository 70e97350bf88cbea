// npm run check: validate all content without building pages.
// Prints every problem as `file:line field: message` and exits non-zero on any error.
// `npm run check -- --format github` (or running under GitHub Actions) also prints each problem as a
// workflow command, so it shows as an annotation on the pull request's file and line.
import { checkContent, formatAnnotation, formatProblem } from '../src/lib/check/run.ts';
import { runSourceOption } from './lib/source-option.ts';

const args = process.argv.slice(2);
const formatIndex = args.indexOf('--format');
const format = formatIndex >= 0 ? args[formatIndex + 1] : args.find((a) => a.startsWith('--format='))?.slice('--format='.length);
const annotate = format === 'github' || process.env.GITHUB_ACTIONS === 'true';

const started = performance.now();
const result = checkContent(process.cwd());
const ms = Math.round(performance.now() - started);
for (const problem of result.problems) {
  console.log(formatProblem(problem));
  if (annotate) console.log(formatAnnotation(problem));
}
const errors = result.errors.length;
const warnings = result.problems.length - errors;
console.log(
  errors
    ? `\n${errors} error(s) and ${warnings} warning(s) in ${result.fileCount} content files (${ms} ms). Fix the errors above and run npm run check again.`
    : `Content OK: ${result.fileCount} files checked, ${warnings} warning(s), in ${ms} ms.`,
);
const sourceErrors = runSourceOption(args, process.cwd(), result.content, annotate);
process.exitCode = errors || sourceErrors ? 1 : 0;
