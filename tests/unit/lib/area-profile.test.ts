// A neighbourhood profile keeps the source's groups and order, and every indicator gets one caption.
import { describe, expect, it } from 'vitest';
import { areaIndicatorGroups } from '../../../src/lib/area-profile.ts';
import { realContent } from '../../helpers/content.ts';

const areas = realContent().content.areas;

describe('a neighbourhood profile', () => {
  it('groups indicators under their headings in the order the source gives them, losing none', () => {
    for (const area of areas) {
      const groups = areaIndicatorGroups(area.data);
      const headings = [...new Set(area.data.indicators.map((i) => i.group))];
      expect(
        groups.map((g) => g.heading),
        area.id,
      ).toEqual(headings);
      expect(
        groups.flatMap((g) => g.indicators.map((v) => v.indicator)),
        area.id,
      ).toEqual(headings.flatMap((h) => area.data.indicators.filter((i) => i.group === h)));
    }
  });

  it('captions a charted indicator with its source and page, and a table-only one with its period', () => {
    const views = areas.flatMap((a) =>
      areaIndicatorGroups(a.data).flatMap((g) => g.indicators.map((v) => ({ area: a.data, ...v }))),
    );
    const charted = views.find((v) => v.chart);
    const tableOnly = views.find((v) => !v.chart);
    expect(charted?.caption).toContain(`Source: ${charted!.area.source.title}`);
    if (tableOnly) expect(tableOnly.caption).toMatch(/^Unit: .+\. Period: .+\./);
    for (const v of views.filter((x) => x.indicator.note))
      expect(v.caption.endsWith(` ${v.indicator.note}`)).toBe(true);
  });
});
