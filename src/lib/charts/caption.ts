// The words under a chart: period, unit, which way is better and where the figures come from.
import type { Polarity } from '../../schemas/measure.ts';
import { PERIOD_NOT_STATED, POLARITY_LABEL } from '../../i18n/en.ts';
import { listInWords } from './series.ts';

export interface CaptionParts {
  periods: string[];
  unitWords: string;
  polarity: Polarity;
  /** The source document's title, with its page when known. */
  source?: string | undefined;
  page?: number | string | undefined;
}

/** "Period: 2014/15 and 2018/19. Unit: per cent. Higher is better. Source: Camden Health and Wellbeing Strategy, page 12." */
export function chartCaption({ periods, unitWords, polarity, source, page }: CaptionParts): string {
  const period = periods.length === 0 ? PERIOD_NOT_STATED : listInWords(periods);
  const parts = [`Period: ${period}`, `Unit: ${unitWords}`, POLARITY_LABEL[polarity]];
  if (source) parts.push(`Source: ${source}${page !== undefined ? `, page ${page}` : ''}`);
  return `${parts.join('. ')}.`;
}
