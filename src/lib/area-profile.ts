// A neighbourhood profile page's content: indicators grouped under the source's own headings, each
// with its build-time chart (when there is something to compare) and the caption that goes with it.
import type { Area, AreaIndicator } from '../schemas/area.ts';
import type { ChartSpec } from './charts/series.ts';
import { indicatorChart } from './charts/series.ts';
import { chartCaption } from './charts/caption.ts';
import { groupBy } from './commitments.ts';
import { UNIT_WORDS } from './format.ts';
import { PERIOD_NOT_STATED, POLARITY_LABEL } from '../i18n/en.ts';

export interface IndicatorView {
  indicator: AreaIndicator;
  /** Undefined when there is nothing to chart; the table and `caption` stand alone. */
  chart: ChartSpec | undefined;
  /** Period, unit, which way is better, source and any note, in one line. */
  caption: string;
}

/** The profile's indicators, grouped in the order the source gives its headings. */
export function areaIndicatorGroups(area: Area): { heading: string; indicators: IndicatorView[] }[] {
  return groupBy(area.indicators, (i) => i.group).map((group) => ({
    heading: group.key,
    indicators: group.rows.map((indicator) => {
      const chart = indicatorChart(indicator, area.name);
      const unitWords = indicator.unitLabel ?? UNIT_WORDS[indicator.unit];
      const note = indicator.note ? ` ${indicator.note}` : '';
      const caption = chart
        ? `${chartCaption({ periods: chart.periods, unitWords, polarity: indicator.polarity, source: area.source.title, page: area.page })}${note}`
        : `Unit: ${unitWords}. Period: ${indicator.period ?? PERIOD_NOT_STATED}. ${POLARITY_LABEL[indicator.polarity]}.${note}`;
      return { indicator, chart, caption };
    }),
  }));
}
