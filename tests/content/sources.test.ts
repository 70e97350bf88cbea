// The source check over the real content: every verbatim field and figure must be printed in the
// text copy of its source document. CI has the text copies in ../shared/seeds; elsewhere this is skipped.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, realContent } from '../helpers/content.ts';
import { checkSources, sourceClaims } from '../../src/lib/check/source-claims.ts';

const SEEDS = join(PROJECT_ROOT, '..', 'shared', 'seeds');

describe.skipIf(!existsSync(SEEDS))('the source check on the real content', () => {
  it('finds every quote and figure as printed in its source text', () => {
    const result = checkSources(PROJECT_ROOT, realContent().content, SEEDS);
    const report = result.problems.map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`).join('\n');
    expect(report).toBe('');
    expect(result.notVerified).toBe(0);
    expect(result.found).toBe(result.claims);
  });

  it('checks the things issue 12 names: the We commitments, I statements, visions and figures', () => {
    const claims = sourceClaims(PROJECT_ROOT, realContent().content);
    const mse = claims.filter((c) => c.file.endsWith('mid-and-south-essex-2022-33.mdx'));
    expect(mse.filter((c) => /^actions\[\d+\]\.what$/.test(c.field)).length).toBeGreaterThanOrEqual(26 + 16);
    expect(claims.filter((c) => c.field === 'vision').length).toBeGreaterThanOrEqual(2);
    expect(claims.filter((c) => c.value !== undefined).length).toBeGreaterThan(300);
  });
});
