// No chart label is cut off: every text mark of every chart the real content draws lies inside its drawing.
import { describe, expect, it } from 'vitest';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { realContent } from '../../../helpers/content.ts';
import { indicatorChart, measureChart, type ChartSpec } from '../../../../src/lib/charts/series.ts';
import { renderChartSvg, textWidth } from '../../../../src/lib/charts/render.ts';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];
const elements = (node: Node): Element[] => [
  ...('tagName' in node ? [node as Element] : []),
  ...('childNodes' in node ? node.childNodes.flatMap(elements) : []),
];
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** Text marks lying outside the drawing, as "label (left..right of width)". */
export function labelsOutside(svg: string): string[] {
  const all = elements(parseFragment(svg));
  const root = all.find((e) => e.tagName === 'svg')!;
  const [, , width, height] = attr(root, 'viewBox')!.split(' ').map(Number) as [number, number, number, number];
  const rootSize = Number(attr(root, 'font-size'));
  return all
    .filter((e) => e.tagName === 'text')
    .flatMap((t) => {
      const text = t.childNodes.map((c) => (c as { value?: string }).value ?? '').join('');
      const x = Number(attr(t, 'x'));
      const y = Number(attr(t, 'y'));
      const fontSize = Number(attr(t, 'font-size') ?? rootSize);
      const w = textWidth(text, fontSize);
      const anchor = attr(t, 'text-anchor') ?? 'start';
      const left = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
      const dy = attr(t, 'dy') === '.8em' ? 0.8 * fontSize : attr(t, 'dy') === '.35em' ? 0.35 * fontSize : 0;
      const baseline = y + dy;
      const inside =
        left >= -0.5 &&
        left + w <= width + 0.5 &&
        baseline - fontSize * 0.8 >= -0.5 &&
        baseline + fontSize * 0.25 <= height + 0.5;
      return inside
        ? []
        : [
            `"${text}" (x ${Math.round(left)}..${Math.round(left + w)} of ${width}, baseline ${Math.round(baseline)} of ${height})`,
          ];
    });
}

function everyChart(): { name: string; spec: ChartSpec }[] {
  const { content } = realContent();
  const charts: { name: string; spec: ChartSpec }[] = [];
  for (const s of content.strategies) {
    for (const m of s.data.measures) {
      const spec = measureChart(m, m.subject ?? s.data.title);
      if (spec) charts.push({ name: `${s.id} ${m.id}`, spec });
    }
  }
  for (const a of content.areas) {
    for (const ind of a.data.indicators) {
      const spec = indicatorChart(ind, a.data.name);
      if (spec) charts.push({ name: `${a.id} ${ind.id}`, spec });
    }
  }
  return charts;
}

describe('every chart keeps its text inside its drawing', () => {
  it('checks real charts, including long reference labels', () => {
    const charts = everyChart();
    expect(charts.length).toBeGreaterThan(20);
    const problems = charts.flatMap(({ name, spec }) =>
      labelsOutside(renderChartSvg(spec, { id: 'c' })).map((p) => `${name}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('catches a label that would be cut off (the check itself can fail)', () => {
    const svg =
      '<svg viewBox="0 0 280 100" font-size="15"><text x="270" y="50">East of England average 33.2%</text></svg>';
    expect(labelsOutside(svg)).toHaveLength(1);
  });
});
