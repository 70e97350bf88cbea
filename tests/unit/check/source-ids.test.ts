// An update that reuses its strategy's source id must mean the same document: both share one source page.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../../src/lib/check/run.ts';
import { copyFixtureSite } from '../../helpers/fixture-site.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function siteWithUpdate(sourceTitle: string): string {
  const root = copyFixtureSite();
  roots.push(root);
  mkdirSync(join(root, 'content/updates'), { recursive: true });
  writeFileSync(
    join(root, 'content/updates/exampleton-report.md'),
    [
      '---',
      'title: A report',
      'date: 2024-05-01',
      'kind: board-report',
      'strategy: exampleton-2024-28',
      'places: [exampleton]',
      'summary: A short report.',
      'source:',
      '  id: strategy',
      `  title: ${sourceTitle}`,
      '  publisher: Exampleton Borough Council',
      '  date: 2024-03',
      '  url: not online',
      '---',
      '',
      'Body.',
      '',
    ].join('\n'),
  );
  return root;
}

describe('source ids shared by a strategy and its updates', () => {
  it('accepts an update that names the strategy’s own document by its id', () => {
    const result = checkContent(siteWithUpdate('Exampleton Health and Wellbeing Strategy 2024-28'));
    expect(result.errors.map(formatProblem)).toEqual([]);
  });

  it('refuses an update that gives another document the same id, with its file, line and field', () => {
    const result = checkContent(siteWithUpdate('Exampleton board report'));
    const problem = result.errors.find((p) => p.field === 'source.id');
    expect(problem, result.problems.map(formatProblem).join('\n')).toBeDefined();
    expect(problem!.file).toBe('content/updates/exampleton-report.md');
    expect(problem!.line).toBe(9);
    expect(problem!.message).toMatch(
      /"strategy" is already the id of "Exampleton Health and Wellbeing Strategy 2024-28"/,
    );
  });
});
