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

  it('gives two strategies’ documents with the same id a page each, under each strategy', () => {
    const [first] = site.strategies;
    const other = {
      ...first!,
      id: 'other',
      data: { ...first!.data, sources: first!.data.sources.map((d) => ({ ...d, title: `${d.title} (another)` })) },
    };
    const views = sourceViews({ ...site, strategies: [first!, other] });
    const id = first!.data.sources[0]!.id;
    expect(
      views
        .filter((v) => v.id === id)
        .map((v) => v.scope)
        .sort(),
    ).toEqual([first!.id, 'other'].sort());
  });

  it('merges an update’s document with its strategy’s when they are the same, and refuses one id for two documents', () => {
    const [first] = site.strategies;
    const doc = first!.data.sources[0]!;
    const update = (title: string) => ({
      id: 'u1',
      file: 'content/updates/u1.md',
      data: { strategy: first!.id, title: 'An update', figures: [], facts: [], source: { ...doc, title } },
    });
    const merged = sourceViews({ ...site, strategies: [first!], updates: [update(doc.title)] as never });
    expect(merged.find((v) => v.id === doc.id)!.uses.map((u) => u.kind)).toEqual(['strategy', 'update']);
    expect(() => sourceViews({ ...site, strategies: [first!], updates: [update('Something else')] as never })).toThrow(
      /content\/updates\/u1 source: source id ".+" is already used for/,
    );
  });
});
