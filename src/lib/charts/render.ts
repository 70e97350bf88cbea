// Draws a ChartSpec to a small inline SVG at build time: chart.js lays out the scales and draws the
// bars onto @napi-rs/canvas's SVG canvas; text and reference lines are written as real SVG elements
// (so they use the page's system font, stay selectable and scale with the viewBox). Readers download
// no chart JavaScript.
import { createCanvas, SvgExportFlag, type SvgCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from 'chart.js';
import type { ChartSpec } from './series.ts';
import { wrapLabel } from './labels.ts';
import { escapeMarkup } from '../escape.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** Colours: GOV.UK blue for the place the chart is about, an outlined bar for the others (a non-colour cue). */
export const CHART_COLOURS = {
  highlight: '#1d70b8',
  other: '#ffffff',
  otherBorder: '#505a5f',
  reference: '#0b0c0c',
} as const;

const WIDTH = 280;
const FONT_SIZE = 15;
const LINE_HEIGHT = 18;
const REFERENCE_ROW = 19;
const BAR = 18;
/** A generous average glyph width (bold system sans-serif), so layout never depends on the build machine's fonts. */
const CHAR_WIDTH = FONT_SIZE * 0.7;
/** Reference-line labels ("East of England average 33.2%") are a little smaller, so that they fit on one line. */
const REFERENCE_FONT_SIZE = 13;
/** How wide a label is taken to be when laying it out (and when testing that it fits), at a font size. */
export const textWidth = (text: string, fontSize = FONT_SIZE) => text.length * fontSize * 0.7;
/** Horizontal bars' labels wrap at this many characters, so the widest line fits the drawing. */
const LABEL_CHARS = Math.floor(WIDTH / CHAR_WIDTH);

/** The left edge for a label of width `w` centred on `at` (or against it), kept inside the drawing. */
export function labelLeft(at: number, w: number, width: number, align: 'start' | 'middle' | 'end'): number {
  const wanted = align === 'start' ? at : align === 'end' ? at - w : at - w / 2;
  return Math.max(0, Math.min(width - w, wanted));
}

interface TextMark {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  baseline: string;
  bold: boolean;
  size?: number;
}
interface LineMark {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const round = (n: number) => String(Math.round(n * 10) / 10);

function textElement(t: TextMark): string {
  const anchor = t.anchor === 'start' ? '' : ` text-anchor="${t.anchor}"`;
  const dy = t.baseline === 'middle' ? ' dy=".35em"' : t.baseline === 'top' ? ' dy=".8em"' : '';
  const weight = t.bold ? ' font-weight="bold"' : '';
  const size = t.size ? ` font-size="${t.size}"` : '';
  return `<text x="${round(t.x)}" y="${round(t.y)}"${dy}${anchor}${weight}${size}>${escapeMarkup(t.text)}</text>`;
}

/** Keep skia's bar paths but drop what a browser does not need: the XML prolog, default attributes, long decimals. */
function tidyCanvasSvg(svg: string): string {
  return (
    svg
      .replace(/^<\?xml[^>]*>\s*/, '')
      .replace(/^<svg[^>]*>/, '')
      .replace(/<\/svg>\s*$/, '')
      .replace(/<rect fill-opacity="0"[^>]*\/>/g, '')
      // chart.js clips each bar to its own outline while drawing the border; the clip changes nothing
      // visible, and its generated ids would repeat when several charts share a page.
      .replace(/<clipPath[^>]*>.*?<\/clipPath>/g, '')
      .replace(/<g clip-path="[^"]*">|<\/g>/g, '')
      .replace(/ stroke-miterlimit="10"/g, '')
      .replace(/-?\d+\.\d+/g, (n) => round(Number(n)))
  );
}

export interface RenderOptions {
  /** A page-unique id prefix for the SVG's title and description. */
  id: string;
}

/** The chart as an inline SVG element (role="img", named by its <title>, described by its <desc>). */
export function renderChartSvg(spec: ChartSpec, { id }: RenderOptions): string {
  // The same measure is charted on several pages (its priority, its theme, /measures/): draw it once per
  // build. This also keeps the build's native canvas memory flat as the number of places grows.
  const key = JSON.stringify(spec);
  let svg = drawn.get(key);
  if (svg === undefined) {
    svg = drawChartSvg(spec, ID_SLOT);
    drawn.set(key, svg);
  }
  return svg.replaceAll(ID_SLOT, escapeMarkup(id));
}

/**
 * One SVG canvas for the whole build, resized (which clears it) for each chart. A new canvas per chart
 * keeps about 190 KB of native memory each until the process ends, which at 150 places is over 600 MB.
 */
let shared: { canvas: SvgCanvas; ctx: SKRSContext2D } | undefined;
/** Where the current chart's text marks go (chart.js writes its tick labels with fillText). */
let collectText: ((mark: TextMark) => void) | undefined;

function sizedCanvas(width: number, height: number) {
  if (!shared) {
    const canvas = createCanvas(width, height, SvgExportFlag.NoPrettyXML);
    const ctx = canvas.getContext('2d');
    // Keep tick labels as SVG text at the canvas transform's position, in the page's own font.
    Object.defineProperty(ctx, 'fillText', {
      value: (text: string, x: number, y: number) => {
        const m = ctx.getTransform();
        const anchor =
          ctx.textAlign === 'right' || ctx.textAlign === 'end'
            ? 'end'
            : ctx.textAlign === 'center'
              ? 'middle'
              : 'start';
        collectText?.({
          text,
          x: m.a * x + m.c * y + m.e,
          y: m.b * x + m.d * y + m.f,
          anchor,
          baseline: ctx.textBaseline,
          bold: /bold/.test(ctx.font),
        });
      },
    });
    shared = { canvas, ctx };
  }
  shared.canvas.width = width;
  shared.canvas.height = height;
  return shared;
}

const ID_SLOT = '\u0000chart-id\u0000';
const drawn = new Map<string, string>();

function drawChartSvg(spec: ChartSpec, id: string): string {
  const horizontal = spec.orientation === 'horizontal';
  // Horizontal bars carry their label on the line above (full width for long names on a phone);
  // columns carry theirs underneath.
  const labels = spec.bars.map((b) => wrapLabel(b.label, horizontal ? LABEL_CHARS : 12));
  const maxLines = Math.max(1, ...labels.map((l) => l.length));
  const referenceBand = spec.references.length * REFERENCE_ROW + (spec.references.length ? 4 : 0);
  const labelBlock = maxLines * LINE_HEIGHT;
  const band = labelBlock + BAR + 12;
  // An axis long enough for the longest value label after its bar (the axis itself is not drawn).
  const labelRoom = Math.max(...spec.bars.map((b) => textWidth(b.display))) + 6;
  const largest = Math.max(...spec.bars.map((b) => b.value), ...spec.references.map((r) => r.value));
  const axisMax = horizontal ? Math.max(spec.axisMax, (largest * WIDTH) / (WIDTH - labelRoom)) : spec.axisMax;
  // The first label sits above its bar: room for it, plus a little so its ascenders are not clipped.
  const topPadding = horizontal ? referenceBand + labelBlock / 2 + 4 : 24;
  const height = horizontal ? Math.round(topPadding + spec.bars.length * band) : 110 + labelBlock;

  const { canvas, ctx } = sizedCanvas(WIDTH, height);
  const texts: TextMark[] = [];
  const lines: LineMark[] = [];
  collectText = (mark) => texts.push(mark);

  const marks: Plugin<'bar'> = {
    id: 'hwsMarks',
    afterDatasetsDraw(chart) {
      const value = chart.scales[horizontal ? 'x' : 'y']!;
      const area = chart.chartArea;
      // The zero line the bars grow from.
      if (horizontal) lines.push({ x1: area.left, y1: area.top, x2: area.left, y2: area.bottom });
      else lines.push({ x1: area.left, y1: area.bottom, x2: area.right, y2: area.bottom });
      chart.getDatasetMeta(0).data.forEach((element, i) => {
        const b = spec.bars[i]!;
        const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
        texts.push(
          horizontal
            ? { text: b.display, x: x + 4, y, anchor: 'start', baseline: 'middle', bold: b.highlight }
            : { text: b.display, x, y: y - 4, anchor: 'middle', baseline: 'alphabetic', bold: b.highlight },
        );
      });
      spec.references.forEach((r, i) => {
        const at = value.getPixelForValue(r.value);
        const text = `${r.label} ${r.display}`;
        if (horizontal) {
          const labelY = i * REFERENCE_ROW + 2;
          lines.push({ x1: at, y1: labelY + REFERENCE_ROW - 4, x2: at, y2: area.bottom });
          // Beside the line where it sits near an edge, centred on it elsewhere, and never past the drawing's edges.
          const align = at > WIDTH * 0.6 ? 'end' : at < WIDTH * 0.3 ? 'start' : 'middle';
          const left = labelLeft(
            align === 'end' ? at + 2 : align === 'start' ? at - 2 : at,
            textWidth(text, REFERENCE_FONT_SIZE),
            WIDTH,
            align,
          );
          texts.push({
            text,
            x: left,
            y: labelY,
            anchor: 'start',
            baseline: 'top',
            bold: false,
            size: REFERENCE_FONT_SIZE,
          });
        } else {
          lines.push({ x1: area.left, y1: at, x2: area.right, y2: at });
          texts.push({
            text,
            x: labelLeft(area.right, textWidth(text, REFERENCE_FONT_SIZE), WIDTH, 'end'),
            y: at - 3,
            anchor: 'start',
            baseline: 'alphabetic',
            bold: false,
            size: REFERENCE_FONT_SIZE,
          });
        }
      });
    },
  };

  const chart = new Chart(ctx as unknown as CanvasRenderingContext2D, {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          data: spec.bars.map((b) => b.value),
          backgroundColor: spec.bars.map((b) => (b.highlight ? CHART_COLOURS.highlight : CHART_COLOURS.other)),
          borderColor: spec.bars.map((b) => (b.highlight ? CHART_COLOURS.highlight : CHART_COLOURS.otherBorder)),
          borderWidth: spec.bars.map((b) => (b.highlight ? 0 : 2)),
          maxBarThickness: horizontal ? BAR : 40,
          clip: false,
        },
      ],
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      animation: false,
      responsive: false,
      devicePixelRatio: 1,
      events: [],
      layout: { padding: { top: topPadding, right: 0, bottom: 0, left: 0 } },
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: {
        [horizontal ? 'x' : 'y']: { type: 'linear', min: 0, max: axisMax, display: false },
        [horizontal ? 'y' : 'x']: {
          type: 'category',
          grid: { display: false },
          border: { display: false },
          ...(horizontal
            ? {
                afterFit: (scale: { width: number }) => {
                  scale.width = 0;
                },
              }
            : {}),
          ticks: {
            color: '#0b0c0c',
            maxRotation: 0,
            // Drawn inside the plot, lifted above each bar.
            ...(horizontal
              ? { mirror: true, crossAlign: 'near' as const, padding: 0, labelOffset: -(BAR / 2 + 3 + labelBlock / 2) }
              : {}),
            autoSkip: false,
            font: (c) => ({ size: FONT_SIZE, weight: spec.bars[c.index]?.highlight ? 'bold' : 'normal' }),
          },
        },
      },
    },
    plugins: [marks],
  });
  const bars = tidyCanvasSvg(canvas.getContent().toString());
  chart.destroy();

  const lineMarks = lines
    .map(
      (l, i) =>
        `<path d="M${round(l.x1)} ${round(l.y1)}L${round(l.x2)} ${round(l.y2)}"${i >= 1 ? ' stroke-dasharray="5 3"' : ''}/>`,
    )
    .join('');
  return (
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc" font-size="${FONT_SIZE}">` +
    `<title id="${id}-title">${escapeMarkup(spec.title)}</title><desc id="${id}-desc">${escapeMarkup(spec.description)}</desc>` +
    bars +
    `<g class="chart-lines" stroke="${CHART_COLOURS.reference}" stroke-width="2" fill="none">${lineMarks}</g>` +
    // A white outline behind every label keeps it legible where it crosses a reference line.
    `<g class="chart-text" fill="currentColor" stroke="#fff" stroke-width="4" paint-order="stroke">${texts.map(textElement).join('')}</g>` +
    `</svg>`
  );
}
