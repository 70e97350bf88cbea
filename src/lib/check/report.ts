// How the content check's problems are shown to a person: errors before warnings, only the files they
// asked about (with one line summing up the rest), and the same lines whether `npm run check` or
// `npm run build` prints them. Pure functions: scripts/check.ts and the build integration call them.
import { closestMatch } from '../suggest.ts';
import { formatProblem, type Problem } from './run.ts';

/** "1 error", "28 warnings". */
export function count(n: number, word: 'error' | 'warning' | 'file'): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Errors first, then warnings; within each, by file and line. A new array; the input is not changed. */
export function errorsFirst(problems: readonly Problem[]): Problem[] {
  const rank = (p: Problem) => (p.severity === 'error' ? 0 : 1);
  return [...problems].sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line);
}

/** Does a selection (files, or folders ending "/") include this problem's file? */
function selects(selection: readonly string[], file: string): boolean {
  return selection.some((chosen) => (chosen.endsWith('/') ? file.startsWith(chosen) : file === chosen));
}

export interface Focused {
  /** The problems in the chosen files, errors first. */
  shown: Problem[];
  /** What is left out, counted. */
  otherErrors: number;
  otherWarnings: number;
}

/**
 * The problems to show for a selection of files (project-relative paths, or folders ending "/").
 * No selection shows everything. Cross-references were already resolved against all content, so a
 * chosen file's problems are the same as in a full check.
 */
export function focus(problems: readonly Problem[], selection?: readonly string[]): Focused {
  if (!selection?.length) return { shown: errorsFirst(problems), otherErrors: 0, otherWarnings: 0 };
  const shown: Problem[] = [];
  let otherErrors = 0;
  let otherWarnings = 0;
  for (const problem of problems) {
    if (selects(selection, problem.file)) shown.push(problem);
    else if (problem.severity === 'error') otherErrors++;
    else otherWarnings++;
  }
  return { shown: errorsFirst(shown), otherErrors, otherWarnings };
}

/** One line about the problems left out, e.g. "28 warnings in other files: npm run check -- --all". Empty if none. */
export function otherFilesLine({ otherErrors, otherWarnings }: Focused): string {
  const parts = [
    otherErrors ? count(otherErrors, 'error') : '',
    otherWarnings ? count(otherWarnings, 'warning') : '',
  ].filter(Boolean);
  if (!parts.length) return '';
  return `${parts.join(' and ')} in other files${otherErrors ? ' (the build stops on errors anywhere)' : ''}: npm run check -- --all`;
}

/** The closing line of `npm run check`. */
export function summaryLine(focused: Focused, totals: { fileCount: number; ms: number; chosenFiles?: number }): string {
  const errors = focused.shown.filter((p) => p.severity === 'error').length;
  const warnings = focused.shown.length - errors;
  const where =
    totals.chosenFiles === undefined
      ? `${count(totals.fileCount, 'file')} checked`
      : `${count(totals.chosenFiles, 'file')} of ${totals.fileCount} checked`;
  const head = errors
    ? `${count(errors, 'error')} and ${count(warnings, 'warning')} (${where}, ${totals.ms} ms). Fix the errors above and run the check again.`
    : `Content OK: ${where}, ${count(warnings, 'warning')}, in ${totals.ms} ms.`;
  const rest = otherFilesLine(focused);
  return rest ? `${head}\n${rest}` : head;
}

/**
 * What the build prints when the content check stops it: the same `file:line field: message` lines as
 * `npm run check`, and what to do next. No stack trace: the problem is in the content, not the code.
 */
export function buildStoppedReport(errors: readonly Problem[]): string {
  return [
    `The content check found ${count(errors.length, 'error')}, so nothing was built:`,
    '',
    ...errorsFirst(errors).map(formatProblem),
    '',
    'Fix each one (the line says which file, line and field), then run npm run build again. npm run check -- FILE checks one file.',
  ].join('\n');
}

export interface FileArgument {
  /** What was typed. */
  typed: string;
  /** Project-relative path with forward slashes (folders end "/"), when it names content. */
  path?: string;
  /** Why it was not accepted, with what to type instead. */
  problem?: string;
}

/**
 * Turn the file names a person typed (relative to where they are, or absolute) into project-relative
 * content paths. `kindOf` says whether a project-relative path is a file, a folder or missing;
 * `contentFiles` lists every content file, for "did you mean".
 */
export function resolveFileArguments(
  typed: readonly string[],
  options: {
    cwd: string;
    root: string;
    kindOf: (path: string) => 'file' | 'folder' | 'missing';
    contentFiles: readonly string[];
  },
): FileArgument[] {
  const root = normalise(options.root.replace(/\\/g, '/'));
  const cwd = normalise(options.cwd.replace(/\\/g, '/'));
  return typed.map((raw) => {
    const slashed = raw.replace(/\\/g, '/');
    const absolute = normalise(slashed.startsWith('/') ? slashed : `${cwd}/${slashed}`);
    if (absolute !== root && !absolute.startsWith(`${root}/`))
      return {
        typed: raw,
        problem: `"${raw}" is outside this project. Name a file in content/, like content/places/camden.yaml.`,
      };
    let path = absolute.slice(root.length + 1);
    const kind = options.kindOf(path);
    if (kind === 'missing') {
      const guess = nearestContentFile(path, options.contentFiles);
      return {
        typed: raw,
        problem: `there is no file "${path}".${guess ? ` Did you mean ${guess}?` : ' Content files are in content/, like content/places/camden.yaml.'}`,
      };
    }
    if (path !== 'content' && !path.startsWith('content/'))
      return { typed: raw, problem: `"${path}" is not content: the check reads the files in content/ only.` };
    if (kind === 'folder') path = `${path}/`;
    return { typed: raw, path };
  });
}

/** The content file someone probably meant: same name in another folder or without its ending, or a near spelling. */
function nearestContentFile(path: string, contentFiles: readonly string[]): string | undefined {
  const base = (p: string) => p.slice(p.lastIndexOf('/') + 1).replace(/\.(ya?ml|mdx?)$/, '');
  const sameName = contentFiles.filter((f) => base(f) === base(path));
  if (sameName.length) return sameName.join(' or ');
  return closestMatch(path, contentFiles);
}

/** a/b/../c/./d -> /a/c/d */
function normalise(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return `/${out.join('/')}`;
}

/**
 * Bundler warnings a clean build would otherwise print that nobody can act on. Exactly one today:
 * Astro marks each MDX file's asset module with the directive "use astro:head-inject", which Astro reads
 * before bundling; Rolldown then warns (MODULE_LEVEL_DIRECTIVE, with a code frame naming the content
 * file) that bundling may drop the directive. It is Astro's own marker and already used by then
 * (withastro/astro#18087), so this one warning is dropped; every other warning is still printed.
 */
export function isKnownHarmlessBuildWarning(warning: { code?: string; message?: string }): boolean {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && /"use astro:head-inject"/.test(warning.message ?? '');
}
