// A council's PDF to a reviewed draft, end to end: Chromium prints a document, `npm run import` reads it, writes its
// text copy with pages and a draft strategy, and the check refuses the draft until it has been reviewed.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProjectWithFixtureContent } from '../helpers/site-copy.ts';
import { printPdfs } from '../../scripts/lib/test-documents.ts';
import { PAGE_BREAK } from '../../src/lib/import/text-copy.ts';

const root = copyProjectWithFixtureContent();
afterAll(() => rmSync(root, { recursive: true, force: true }));
const npm = (...args: string[]) =>
  spawnSync('npm', ['run', '--silent', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });

const lines = [
  'Exampleton Health and Wellbeing Strategy 2025-30',
  ...Array.from(
    { length: 70 },
    (_, i) => `Background paragraph ${i + 1} describes the borough and its people in some detail for readers.`,
  ),
  '## Healthy and ready for school',
  'In Exampleton 66.4% of children had their MMR2 by age 5 in 2021/22, against 89.2% in England.',
  'We will offer every family a health visit by March 2026.',
  'W1\tWe will open two new clinics in the north of the borough, with our partners in the NHS. (W1 - 03/27)',
  'W2\tWe will train every nurse in the borough to talk about loneliness. (W2 - 09/27)',
];

describe('npm run import', () => {
  it('turns a PDF into a text copy with its pages and a draft the check will not publish', async () => {
    const pdf = join(root, 'strategy.pdf');
    await printPdfs([{ text: lines.join('\n'), path: pdf }]);
    const run = npm('import', '--', pdf, '--place', 'exampleton', '--id', 'exampleton-2025-30');
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toMatch(/Read strategy\.pdf \(pdf, \d+ pages\)/);

    const copy = readFileSync(join(root, 'content/sources/exampleton-strategy.txt'), 'utf8');
    expect(copy.split(PAGE_BREAK).length).toBeGreaterThan(1);
    // The heading is printed larger and the row as a table: the text copy marks the one and keeps the other's cells.
    expect(copy).toMatch(/^#+ Healthy and ready for school$/m);
    expect(copy).toContain('W1\tWe will open two new clinics');
    const draft = readFileSync(join(root, 'content/strategies/exampleton-2025-30.mdx'), 'utf8');
    expect(draft).toContain('what: "We will offer every family a health visit by March 2026."');
    expect(draft).toMatch(/code: "?W1"?/);
    // Each background line was a paragraph of its own, and stays one.
    expect(copy).toMatch(
      /^Background paragraph 70 describes the borough and its people in some detail for readers\.$/m,
    );
    expect(draft).toMatch(
      /title: "Healthy and ready for school"\n[\s\S]*?source: \{ document: strategy, page: [2-9] \}/,
    );

    const check = npm('check');
    expect(check.status).not.toBe(0);
    expect(check.stdout + check.stderr).toMatch(
      /content\/strategies\/exampleton-2025-30\.mdx:\d+ unreviewed: drafted by the importer from "page \d+, line \d+: We will offer/,
    );
  });

  it('refuses to overwrite a strategy that exists', () => {
    const again = npm(
      'import',
      '--',
      join(root, 'strategy.pdf'),
      '--place',
      'exampleton',
      '--id',
      'exampleton-2025-30',
    );
    expect(again.status).not.toBe(0);
    expect(again.stderr).toMatch(/already exists\. Choose another id with --id, or add --force/);
  });

  it('refuses a place that does not exist', () => {
    const run = npm('import', '--', join(root, 'strategy.pdf'), '--place', 'nowhere');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/There is no place "nowhere" in content\/places/);
    expect(existsSync(join(root, 'content/sources/nowhere-strategy.txt'))).toBe(false);
  });
});
