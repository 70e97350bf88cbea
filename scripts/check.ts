// npm run check: validate all content without building pages.
// Prints every problem as `file:line field: message` and exits non-zero on any error.
// With GITHUB_ACTIONS=true it also prints annotations for the pull request.
import { checkContent, formatAnnotation, formatProblem } from '../src/lib/check/run.ts';

const started = performance.now();
const result = checkContent(process.cwd());
const ms = Math.round(performance.now() - started);
for (const problem of result.problems) {
  console.log(formatProblem(problem));
  if (process.env.GITHUB_ACTIONS === 'true') console.log(formatAnnotation(problem));
}
const errors = result.errors.length;
const warnings = result.problems.length - errors;
console.log(
  errors
    ? `\n${errors} error(s) and ${warnings} warning(s) in ${result.fileCount} content files (${ms} ms). Fix the errors above and run npm run check again.`
    : `Content OK: ${result.fileCount} files checked, ${warnings} warning(s), in ${ms} ms.`,
);
process.exitCode = errors ? 1 : 0;
