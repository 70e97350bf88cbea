import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCoverageReviews } from '../../../src/lib/check/coverage-review.ts';
import { checkContent } from '../../../src/lib/check/run.ts';
import { checkClaims, prepareSource } from '../../../src/lib/check/sources.ts';
import { tempFolder } from '../../helpers/temp.ts';
import type { SiteContent } from '../../../src/schemas/rules.ts';

const strategy = (sources: { id: string; text?: string }[]) =>
  ({
    strategies: [
      {
        id: 'fernley-2024-29',
        file: 'content/strategies/fernley-2024-29.mdx',
        data: { sources, actions: [{ id: 'breastfeeding' }], measures: [{ id: 'mmr2' }] },
      },
    ],
  }) as unknown as Pick<SiteContent, 'strategies'>;
const oneText = strategy([{ id: 'strategy', text: 'fernley.txt' }]);

function project(files: Record<string, string>): string {
  const root = tempFolder('coverage-review');
  mkdirSync(join(root, 'content/coverage'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'content/coverage', name), text);
  return root;
}
const problemsOf = (root: string, content = oneText) =>
  readCoverageReviews(root, content).problems.map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`);

const good = [
  '# What the site leaves out of the Fernley strategy, and why.',
  'leftOut:',
  '  - quote: "Start/End Time: 5.00 pm"',
  '    reason: Meeting logistics, not part of the strategy.',
  '  - quote: We will promote breastfeeding',
  '    reason: Carried by an action in other words.',
  '    coveredBy: breastfeeding',
  '',
].join('\n');

describe('readCoverageReviews', () => {
  it('reads a good list, with the text copy of its strategy and the line of each quote', () => {
    const { reviews, problems } = readCoverageReviews(project({ 'fernley-2024-29.yaml': good }), oneText);
    expect(problems).toEqual([]);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ file: 'content/coverage/fernley-2024-29.yaml', textFile: 'fernley.txt' });
    expect(reviews[0]!.entries.map((e) => [e.line, e.field, e.coveredBy])).toEqual([
      [3, 'leftOut[0].quote', undefined],
      [5, 'leftOut[1].quote', 'breastfeeding'],
    ]);
  });

  it('names the file, line and field of an empty reason and of an unknown field', () => {
    const text = 'leftOut:\n  - quote: We will act\n    reason: ""\n  - quote: We will talk\n    reson: typo\n';
    const problems = problemsOf(project({ 'fernley-2024-29.yaml': text }));
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^content\/coverage\/fernley-2024-29\.yaml:3 leftOut\[0\]\.reason: /);
    expect(problems).toContain(
      'content/coverage/fernley-2024-29.yaml:5 leftOut[1]: "reson" is not a field here. Did you mean "reason"?',
    );
    expect(problems.some((p) => /:4 leftOut\[1\]\.reason: /.test(p))).toBe(true);
  });

  it('refuses markup in a reason', () => {
    const text = 'leftOut:\n  - quote: We will act\n    reason: <script>alert(1)</script>\n';
    expect(problemsOf(project({ 'fernley-2024-29.yaml': text }))).toEqual([
      'content/coverage/fernley-2024-29.yaml:3 leftOut[0].reason: must be plain text: remove the < and > characters (no HTML or markup).',
    ]);
  });

  it('refuses the same quote twice, naming the line of the first', () => {
    const text = 'leftOut:\n  - quote: We will act.\n    reason: a\n  - quote: "we will  act"\n    reason: b\n';
    expect(problemsOf(project({ 'fernley-2024-29.yaml': text }))).toEqual([
      'content/coverage/fernley-2024-29.yaml:4 leftOut[1].quote: is the same quote as the entry on line 2. Delete one of them.',
    ]);
  });

  it('refuses a coveredBy that is not an id in the strategy', () => {
    const text = 'leftOut:\n  - quote: We will act\n    reason: a\n    coveredBy: no-such-action\n';
    expect(problemsOf(project({ 'fernley-2024-29.yaml': text }))[0]).toMatch(
      /:4 leftOut\[0\]\.coveredBy: "no-such-action" is not the id/,
    );
  });

  it('refuses a file named for no strategy, or for one without a text copy', () => {
    expect(problemsOf(project({ 'nowhere.yaml': good }))[0]).toMatch(
      /nowhere\.yaml:1 file: .*"nowhere", which does not exist/,
    );
    expect(problemsOf(project({ 'fernley-2024-29.yaml': good }), strategy([{ id: 'strategy' }]))[0]).toMatch(
      /names no text copy/,
    );
  });

  it('needs no document when several sources share one text copy, as the parts of an agenda pack do', () => {
    const pack = strategy([
      { id: 'strategy', text: 'pack.txt' },
      { id: 'board-report', text: 'pack.txt' },
    ]);
    const { reviews, problems } = readCoverageReviews(project({ 'fernley-2024-29.yaml': good }), pack);
    expect(problems).toEqual([]);
    expect(reviews[0]?.textFile).toBe('pack.txt');
  });

  it('asks which document when the strategy has two text copies', () => {
    const two = strategy([
      { id: 'strategy', text: 'a.txt' },
      { id: 'refresh', text: 'b.txt' },
    ]);
    expect(problemsOf(project({ 'fernley-2024-29.yaml': good }), two)[0]).toMatch(
      /say which one the quotes come from \(strategy, refresh\)/,
    );
    const named = readCoverageReviews(project({ 'fernley-2024-29.yaml': `document: refresh\n${good}` }), two);
    expect(named.reviews[0]?.textFile).toBe('b.txt');
  });
});

describe('the content check', () => {
  it('reports a broken reviewed list as an error, so the build stops instead of the report ignoring it', () => {
    const { errors } = checkContent(project({ 'fernley-2024-29.yaml': good }));
    expect(errors.map((e) => `${e.file}:${e.line} ${e.field}`)).toEqual([
      'content/coverage/fernley-2024-29.yaml:1 file',
    ]);
  });
});

describe('a reviewed quote in the source check', () => {
  it('is found when printed in the source and flagged, with its file and line, when the source no longer says it', () => {
    const { reviews } = readCoverageReviews(project({ 'fernley-2024-29.yaml': good }), oneText);
    const claims = reviews[0]!.entries.map((e) => ({
      file: reviews[0]!.file,
      line: e.line,
      field: e.field,
      textFile: 'fernley.txt',
      quote: e.quote,
    }));
    const source = prepareSource(
      '**Start/End Time:** 5.00 pm - 7.40 pm\nWe will promote breastfeeding to every family.',
    );
    expect(checkClaims(claims, new Map([['fernley.txt', source]])).problems).toEqual([]);
    const changed = prepareSource('**Start/End Time:** 5.00 pm - 7.40 pm\nWe will support breastfeeding.');
    const problems = checkClaims(claims, new Map([['fernley.txt', changed]])).problems;
    expect(problems.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual([
      'content/coverage/fernley-2024-29.yaml:5 leftOut[1].quote',
    ]);
  });
});
