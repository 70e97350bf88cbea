// A draft from the importer is refused by the check until every entry is reviewed and every FILL IN filled; once
// it is, the same file passes the schema and every rule.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/run.ts';
import { findCandidates } from '../../../src/lib/import/candidates.ts';
import { draftStrategy, idFrom } from '../../../src/lib/import/draft.ts';
import { unreviewedLines } from '../../../src/lib/import/review.ts';
import { joinPages } from '../../../src/lib/import/text-copy.ts';
import { copyFixtureSite } from '../../helpers/fixture-site.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const copy = joinPages([
  'Exampleton Health and Wellbeing Strategy 2024-29\n\nForeword',
  '## Healthy and ready for school\n\nIn Exampleton 66.4% of children had their MMR2 by age 5 in 2021/22.\nWe will offer every family a health visit by March 2025.',
]);
const FILE = 'content/strategies/exampleton-2024-29.mdx';
const draft = draftStrategy(findCandidates(copy), {
  place: 'exampleton',
  documentName: 'strategy.pdf',
  textCopy: 'exampleton-strategy.txt',
  today: '2026-12-02',
  pagesKnown: true,
});

function siteWith(text: string): string {
  const root = copyFixtureSite();
  roots.push(root);
  writeFileSync(join(root, FILE), text);
  return root;
}

/** What a reviewer does: fill every FILL IN with a real value and delete every unreviewed line. */
const FILLED: Record<string, string> = {
  owner: 'Exampleton Health and Wellbeing Board',
  nextReviewDue: '2027-06-01',
  summary: 'A plain-English summary.',
  themes: '[best-start-in-life]',
  publisher: 'Exampleton Borough Council',
  url: 'not stated',
};
function review(text: string): string {
  let priorityLabel = true;
  return text
    .split('\n')
    .filter((line) => unreviewedLines(line).length === 0)
    .map((line) => {
      if (!line.includes('FILL IN') || line.startsWith('#')) {
        if (/^ {2}- id: /.test(line)) priorityLabel = !line.includes('figure-');
        return line;
      }
      const key = /^\s*([A-Za-z]+):/.exec(line)?.[1];
      if (!key) return 'An introduction for residents.';
      const value =
        key === 'label' ? (priorityLabel ? 'Priority' : 'Children who had their MMR2 by age 5') : FILLED[key];
      return `${line.slice(0, line.indexOf(':') + 1)} ${value}`;
    })
    .join('\n');
}

describe('a draft from the importer', () => {
  it('keeps every drafted value a span of the document, with its page', () => {
    expect(draft).toContain('title: "Healthy and ready for school"');
    expect(draft).toContain('what: "We will offer every family a health visit by March 2025."');
    expect(draft).toContain('dueAsPrinted: "March 2025"');
    expect(draft).toContain('asPrinted: "66.4%"');
    expect(draft).toContain('source: { document: strategy, page: 2 }');
    expect(draft).toContain('text: "exampleton-strategy.txt"');
  });

  it('is refused by the check, which names every unreviewed entry and every FILL IN, and is not published', () => {
    const root = siteWith(draft);
    const result = checkContent(root);
    const mine = result.errors.filter((p) => p.file === FILE);
    const unreviewed = mine.filter((p) => p.field === 'unreviewed');
    expect(unreviewed.length).toBe(unreviewedLines(draft).length);
    expect(unreviewed.length).toBe(3);
    expect(unreviewed[0]!.message).toMatch(/drafted by the importer from "page \d+, line \d+: .*" and not yet checked/);
    expect(mine.some((p) => p.field === 'owner' && /still says "FILL IN"/.test(p.message))).toBe(true);
    expect(result.content.strategies.some((s) => s.file === FILE)).toBe(false);
  });

  it('passes the schema and every rule once reviewed', () => {
    const reviewed = review(draft);
    expect(
      reviewed
        .split('\n')
        .filter((l) => !l.startsWith('#'))
        .join('\n'),
    ).not.toMatch(/FILL IN|unreviewed:/);
    const result = checkContent(siteWith(reviewed));
    expect(result.errors.filter((p) => p.file === FILE)).toEqual([]);
    expect(result.content.strategies.find((s) => s.file === FILE)?.data.priorities[0]?.title).toBe(
      'Healthy and ready for school',
    );
  });

  it('gives every entry its own id', () => {
    const taken = new Set<string>();
    expect([idFrom('Good work', taken), idFrom('Good work', taken), idFrom('!!!', taken)]).toEqual([
      'good-work',
      'good-work-2',
      'item',
    ]);
    expect(readFileSync(join(siteWith(draft), FILE), 'utf8')).toBe(draft);
  });
});
