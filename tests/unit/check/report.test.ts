// What a person sees from the check: errors before warnings, only the files they asked about with the rest
// counted in one line, clear words for a file name that names nothing, and the build's stop message.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/lib/check/run.ts';
import {
  buildStoppedReport,
  errorsFirst,
  focus,
  isKnownHarmlessBuildWarning,
  otherFilesLine,
  resolveFileArguments,
  summaryLine,
} from '../../../src/lib/check/report.ts';

const problem = (file: string, line: number, severity: Problem['severity'], message = `m${line}`): Problem => ({
  file,
  line,
  field: 'summary',
  message,
  severity,
});
const STRATEGY = 'content/strategies/newtown-2026-30.mdx';
const PLACE = 'content/places/newtown.yaml';
const OTHER = 'content/strategies/camden-2022-30.mdx';
const problems: Problem[] = [
  problem(OTHER, 3, 'warning'),
  problem(PLACE, 9, 'warning'),
  problem(STRATEGY, 40, 'warning'),
  problem(STRATEGY, 17, 'error'),
  problem(OTHER, 1, 'warning'),
  problem(PLACE, 2, 'error'),
];

describe('errorsFirst', () => {
  it('puts every error before every warning, each by file then line, without changing its input', () => {
    const before = [...problems];
    expect(errorsFirst(problems).map((p) => `${p.severity} ${p.file}:${p.line}`)).toEqual([
      `error ${PLACE}:2`,
      `error ${STRATEGY}:17`,
      `warning ${PLACE}:9`,
      `warning ${OTHER}:1`,
      `warning ${OTHER}:3`,
      `warning ${STRATEGY}:40`,
    ]);
    expect(problems).toEqual(before);
  });
});

describe('focus', () => {
  it('with no files shows every problem, errors first, and leaves nothing out', () => {
    const all = focus(problems);
    expect(all.shown).toHaveLength(problems.length);
    expect(all.shown[0]!.severity).toBe('error');
    expect(otherFilesLine(all)).toBe('');
  });

  it('with files shows only theirs, errors first, and counts the rest', () => {
    const mine = focus(problems, [STRATEGY]);
    expect(mine.shown.map((p) => p.line)).toEqual([17, 40]);
    expect(mine).toMatchObject({ otherErrors: 1, otherWarnings: 3 });
    expect(otherFilesLine(mine)).toBe(
      '1 error and 3 warnings in other files (the build stops on errors anywhere): npm run check -- --all',
    );
  });

  it('counts only warnings when the other files have no errors, in the words of the issue', () => {
    const mine = focus(problems, [STRATEGY, PLACE]);
    expect(mine.shown).toHaveLength(4);
    expect(otherFilesLine(mine)).toBe('2 warnings in other files: npm run check -- --all');
  });

  it('takes a folder ending "/" to mean every file in it, and matches no file by a shared prefix', () => {
    expect(focus(problems, ['content/places/']).shown.map((p) => p.file)).toEqual([PLACE, PLACE]);
    expect(focus(problems, ['content/places/new']).shown).toEqual([]);
  });
});

describe('summaryLine', () => {
  it('says OK with the warnings when the chosen files have no errors, then the rest', () => {
    const mine = focus(
      problems.filter((p) => p.severity === 'warning'),
      [OTHER],
    );
    expect(summaryLine(mine, { fileCount: 134, ms: 812, chosenFiles: 1 })).toBe(
      'Content OK: 1 file of 134 checked, 2 warnings, in 812 ms.\n2 warnings in other files: npm run check -- --all',
    );
  });

  it('counts errors and warnings and says what to do', () => {
    expect(summaryLine(focus(problems), { fileCount: 134, ms: 90 })).toBe(
      '2 errors and 4 warnings (134 files checked, 90 ms). Fix the errors above and run the check again.',
    );
  });
});

describe('buildStoppedReport', () => {
  it('prints the same file:line field: message lines as the check, errors only, and what to do', () => {
    const report = buildStoppedReport([problem(STRATEGY, 17, 'error', '"lonelyness" is not a theme.')]);
    expect(report.split('\n')).toEqual([
      'The content check found 1 error, so nothing was built:',
      '',
      `${STRATEGY}:17 summary: "lonelyness" is not a theme.`,
      '',
      expect.stringMatching(/^Fix each one .* npm run build again\./),
    ]);
  });
});

describe('resolveFileArguments', () => {
  const contentFiles = [PLACE, STRATEGY, OTHER];
  const kinds: Record<string, 'file' | 'folder'> = {
    [PLACE]: 'file',
    [STRATEGY]: 'file',
    [OTHER]: 'file',
    content: 'folder',
    'content/places': 'folder',
    'README.md': 'file',
  };
  const resolve = (typed: string[], cwd = '/repo') =>
    resolveFileArguments(typed, { cwd, root: '/repo', contentFiles, kindOf: (p) => kinds[p] ?? 'missing' });

  it('accepts paths typed from the project folder, from a subfolder, and absolute', () => {
    expect(resolve([PLACE, 'newtown-2026-30.mdx'], '/repo/content/strategies')[1]!.path).toBe(STRATEGY);
    expect(resolve([PLACE])[0]!.path).toBe(PLACE);
    expect(resolve([`/repo/${OTHER}`])[0]!.path).toBe(OTHER);
    expect(resolve(['./content/../content/places'])[0]!.path).toBe('content/places/');
  });

  it('names the file meant when the folder or ending is missing', () => {
    expect(resolve(['newtown-2026-30.mdx'])[0]!.problem).toBe(
      `there is no file "newtown-2026-30.mdx". Did you mean ${STRATEGY}?`,
    );
    expect(resolve(['content/places/newtown'])[0]!.problem).toMatch(/Did you mean content\/places\/newtown\.yaml\?$/);
  });

  it('refuses a file that does not exist, is outside the project, or is not content', () => {
    expect(resolve(['content/places/zzzzzzzzzzzzzz.txt'])[0]!.problem).toMatch(
      /^there is no file "content\/places\/zzzzzzzzzzzzzz\.txt"\. Content files are in content\//,
    );
    expect(resolve(['../etc/passwd'])[0]!.problem).toMatch(/is outside this project/);
    expect(resolve(['/repository-next-door/content/places/newtown.yaml'])[0]!.problem).toMatch(
      /is outside this project/,
    );
    expect(resolve(['README.md'])[0]!.problem).toBe(
      '"README.md" is not content: the check reads the files in content/ only.',
    );
  });
});

describe('isKnownHarmlessBuildWarning', () => {
  it("drops only Rolldown's warning about Astro's own head-inject directive", () => {
    const message = (directive: string) =>
      `The semantics of the module level directive "${directive}" in "content/strategies/x.mdx?astroPropagatedAssets" may not be preserved when bundling.`;
    expect(
      isKnownHarmlessBuildWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: message('use astro:head-inject') }),
    ).toBe(true);
    expect(isKnownHarmlessBuildWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: message('use client') })).toBe(false);
    expect(
      isKnownHarmlessBuildWarning({ code: 'CIRCULAR_DEPENDENCY', message: message('use astro:head-inject') }),
    ).toBe(false);
    expect(isKnownHarmlessBuildWarning({ message: 'anything' })).toBe(false);
  });
});
