import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/lib/model.ts';
import { checkContent } from '../../../src/lib/check/run.ts';
import { sourceViews } from '../../../src/lib/sources.ts';
import { FIXTURE_SITE } from '../../helpers/content.ts';

const site = buildSite(checkContent(FIXTURE_SITE).content);

describe('a page per source document', () => {
  it('lists every document a strategy names, once, with what the site took from it', () => {
    const views = sourceViews(site);
    const listed = site.strategies.flatMap((s) => s.data.sources.map((d) => d.id));
    expect(views.map((v) => v.id).sort()).toEqual([...new Set(listed)].sort());
    for (const v of views) {
      const strategy = site.strategies.find((s) => s.data.sources.some((d) => d.id === v.id))!;
      const measures = strategy.data.measures.filter((m) => m.source.document === v.id).length;
      const counted = v.uses[0]!.counts.find((c) => c.what === 'measures')?.count ?? 0;
      expect(counted, v.id).toBe(measures);
    }
  });

  it('refuses one id used for two different documents, naming the file', () => {
    const [first] = site.strategies;
    const clash = { ...first!, id: 'other', data: { ...first!.data, sources: first!.data.sources.map((d) => ({ ...d, title: `${d.title} (another)` })) } };
    expect(() => sourceViews({ ...site, strategies: [first!, clash] })).toThrow(/content\/strategies\/other\.mdx sources: source id ".+" is already used for/);
  });
});
