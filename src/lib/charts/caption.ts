// The words under a chart: period, unit, which way is better and where the figures come from.
import type { Polarity } from '../../schemas/measure.ts';
import { POLARITY_LABEL } from '../../i18n/en.ts';
import { listInWords } from './series.ts';

export interface CaptionParts {
  periods: string[];
  unitWords: string;
  polarity: Polarity;
  /** The source document's title, with its page when known. */
  source?: string | undefined;
  page?: number | string | undefined;
}

/**
 * "Period: 2014/15 and 2018/19. Unit: per cent. Higher is better. Source: Camden Health and Wellbeing Strategy, page 12."
 * With no period the caption leaves it out: the figure's "About this figure" notes say the source gives none,
 * rather than every card repeating "period not stated".
 */
export function chartCaption({ periods, unitWords, polarity, source, page }: CaptionParts): string {
  const parts = [
    ...(periods.length > 0 ? [`Period: ${listInWords(periods)}`] : []),
    `Unit: ${unitWords}`,
    POLARITY_LABEL[polarity],
  ];
  if (source) parts.push(`Source: ${source}${page !== undefined ? `, page ${page}` : ''}`);
  return `${parts.join('. ')}.`;
}
