// npm run check: validate all content without building pages.
// Prints every problem as `file:line field: message`, errors before warnings, and exits non-zero on any error.
// `npm run check -- FILE...` (files or folders in content/) shows only those files' problems, with one line
// counting the rest; cross-references are still checked against all content. `--all` shows everything.
// `npm run check -- --format github` (or running under GitHub Actions) also prints each problem as a
// workflow command, so it shows as an annotation on the pull request's file and line.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, formatAnnotation, formatProblem } from '../src/lib/check/run.ts';
import { focus, resolveFileArguments, summaryLine } from '../src/lib/check/report.ts';
import { runSourceOption } from './lib/source-option.ts';

const root = process.cwd();
const args = process.argv.slice(2);
let format: string | undefined;
let all = false;
const typed: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--format') format = args[++i];
  else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
  else if (arg === '--all') all = true;
  // --sources DIR is read by runSourceOption below; skip its folder here.
  else if (arg === '--sources') i++;
  else if (arg.startsWith('--sources=')) continue;
  else if (arg.startsWith('-')) {
    console.error(
      `"${arg}" is not an option of npm run check. Use: npm run check [-- FILE...] [--all] [--sources DIR] [--format github]`,
    );
    process.exit(1);
  } else typed.push(arg);
}
const annotate = format === 'github' || process.env.GITHUB_ACTIONS === 'true';

// npm runs scripts from the project folder; INIT_CWD is where the person typed the command.
const contentDir = join(root, 'content');
const contentFiles = existsSync(contentDir)
  ? readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.[a-z]+$/.test(f))
      .map((f) => `content/${f.split('\\').join('/')}`)
  : [];
const chosen = all
  ? []
  : resolveFileArguments(typed, {
      cwd: process.env.INIT_CWD ?? root,
      root,
      contentFiles,
      kindOf: (path) => {
        const absolute = join(root, path);
        if (!existsSync(absolute)) return 'missing';
        return statSync(absolute).isDirectory() ? 'folder' : 'file';
      },
    });
const refused = chosen.filter((c) => c.problem);
if (refused.length) {
  for (const { typed: name, problem } of refused) console.error(`npm run check -- ${name}: ${problem}`);
  process.exit(1);
}
const selection = chosen.map((c) => c.path!);

const started = performance.now();
const result = checkContent(root);
const ms = Math.round(performance.now() - started);
const focused = focus(result.problems, selection);
for (const problem of focused.shown) {
  console.log(formatProblem(problem));
  if (annotate) console.log(formatAnnotation(problem));
}
const chosenFiles = selection.length
  ? contentFiles.filter((f) => selection.some((s) => (s.endsWith('/') ? f.startsWith(s) : f === s))).length
  : undefined;
console.log(
  `${focused.shown.length ? '\n' : ''}${summaryLine(focused, { fileCount: result.fileCount, ms, chosenFiles })}`,
);
// Any error stops the build, so the exit code counts errors in every file, shown or not.
const sourceErrors = runSourceOption(args, process.cwd(), result.content, annotate);
process.exitCode = result.errors.length || sourceErrors ? 1 : 0;
