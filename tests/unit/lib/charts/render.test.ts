// Renders real charts to SVG and checks what a reader (or a screen reader) gets: bars, labels, names.
import { describe, expect, it } from 'vitest';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { measure as measureSchema } from '../../../../src/schemas/measure.ts';
import { measureChart } from '../../../../src/lib/charts/series.ts';
import { CHART_COLOURS, renderChartSvg } from '../../../../src/lib/charts/render.ts';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

function elements(node: Node): Element[] {
  const children = 'childNodes' in node ? node.childNodes : [];
  return [...('tagName' in node ? [node as Element] : []), ...children.flatMap(elements)];
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const text = (el: Element) =>
  elements(el)
    .flatMap((e) => e.childNodes.filter((c) => c.nodeName === '#text').map((c) => (c as { value: string }).value))
    .join('');

const unemployment = measureChart(
  measureSchema.parse({
    id: 'unemployment',
    label: 'People who are unemployed',
    unit: 'percent',
    polarity: 'lower-is-better',
    values: [{ value: 6.9 }],
    comparators: [
      { label: 'London average', kind: 'region', value: 5.7 },
      { label: 'National Target', kind: 'threshold', value: 3 },
    ],
    source: { document: 'strategy' },
  }),
  'Barking and Dagenham',
)!;
const svg = renderChartSvg(unemployment, { id: 'measure-unemployment-chart' });
const all = elements(parseFragment(svg));
const root = all.find((e) => e.tagName === 'svg')!;

describe('a chart drawn to SVG', () => {
  it('is one inline SVG image that scales with its viewBox', () => {
    expect(all.filter((e) => e.tagName === 'svg')).toHaveLength(1);
    expect(attr(root, 'role')).toBe('img');
    expect(attr(root, 'viewBox')).toMatch(/^0 0 \d+ \d+(\.\d)?$/);
    expect(attr(root, 'width')).toBeUndefined();
  });

  it('is named by its title and described by its takeaway and figures', () => {
    const title = all.find((e) => e.tagName === 'title')!;
    const desc = all.find((e) => e.tagName === 'desc')!;
    expect(attr(root, 'aria-labelledby')).toBe(attr(title, 'id'));
    expect(attr(root, 'aria-describedby')).toBe(attr(desc, 'id'));
    expect(text(title)).toBe(
      'People who are unemployed: Barking and Dagenham compared with London average and National Target',
    );
    expect(text(desc)).toContain('Barking and Dagenham: 6.9%; London average: 5.7%; National Target: 3%');
  });

  it('has one solid bar for the place and one outlined bar for the comparator', () => {
    const fills = all.filter((e) => e.tagName === 'path').map((e) => attr(e, 'fill')?.toLowerCase());
    expect(fills.filter((f) => f === CHART_COLOURS.highlight)).toHaveLength(1);
    expect(fills.filter((f) => f === CHART_COLOURS.otherBorder)).toHaveLength(1);
  });

  it('labels each bar with its name and value, the place in bold, and the threshold on its dashed line', () => {
    const texts = all.filter((e) => e.tagName === 'text');
    expect(texts.map(text)).toEqual(['Barking and Dagenham', 'London average', '6.9%', '5.7%', 'National Target 3%']);
    expect(texts.filter((t) => attr(t, 'font-weight') === 'bold').map(text)).toEqual(['Barking and Dagenham', '6.9%']);
    expect(all.filter((e) => e.tagName === 'path' && attr(e, 'stroke-dasharray'))).toHaveLength(1);
  });

  it('uses the page’s font and colour for text, and carries no script, ids of its own or long decimals', () => {
    expect(svg).not.toMatch(/font-family|<script|clip-path|\d\.\d{2,}/);
    expect(all.filter((e) => attr(e, 'id')).map((e) => attr(e, 'id'))).toEqual([
      'measure-unemployment-chart-title',
      'measure-unemployment-chart-desc',
    ]);
  });

  it('draws columns for change over time with the period under each', () => {
    const trend = measureChart(
      measureSchema.parse({
        id: 'gld',
        label: 'Good level of development',
        unit: 'percent',
        polarity: 'higher-is-better',
        values: [
          { period: '2014/15', value: 63 },
          { period: '2018/19', value: 73 },
        ],
        source: { document: 's' },
      }),
      'Camden',
    )!;
    const nodes = elements(parseFragment(renderChartSvg(trend, { id: 'gld' })));
    const labels = nodes.filter((e) => e.tagName === 'text');
    expect(labels.map(text)).toEqual(['2014/15', '2018/19', '63%', '73%']);
    const periodY = Number(attr(labels[0]!, 'y'));
    const valueY = Number(attr(labels[2]!, 'y'));
    expect(periodY).toBeGreaterThan(valueY);
  });
});

describe('a chart drawn again on another page', () => {
  it('keeps the same drawing but takes that page’s ids, so every page’s names stay unique', () => {
    const onPriorityPage = renderChartSvg(unemployment, { id: 'measure-a-chart' });
    const onMeasuresPage = renderChartSvg(unemployment, { id: 'measure-camden-a-chart' });
    expect(onPriorityPage).toContain('aria-labelledby="measure-a-chart-title"');
    expect(onMeasuresPage).toContain('aria-labelledby="measure-camden-a-chart-title"');
    expect(onMeasuresPage).not.toContain('"measure-a-chart-title"');
    expect(onMeasuresPage.replaceAll('measure-camden-a-chart', 'X')).toBe(
      onPriorityPage.replaceAll('measure-a-chart', 'X'),
    );
  });
});
