// A figure as residents should see it: the source's own wording first. When the source prints a figure
// in words ("over a third", "up to five"), the words are shown and the number behind them is labelled
// as ours; when it prints digits in another form ("8954", "9.90%"), what it printed is shown.
import { formatValue } from './format.ts';
import type { Unit } from '../schemas/measure.ts';
import { DERIVED } from '../i18n/en.ts';

export interface FigureDisplay {
  /** What to show first: the wording as printed, or the number. */
  shown: string;
  /** The number worked out from words, for a "derived" label; undefined when the source printed a number. */
  derived: string | undefined;
}

/** True when the source printed the figure in words, with no digit at all. */
export function printedInWords(asPrinted: string | undefined): boolean {
  return asPrinted !== undefined && !/\d/.test(asPrinted);
}

/** The printed wording first, and the derived number only when the source gave words. */
export function figureDisplay(value: number, unit: Unit, asPrinted: string | undefined): FigureDisplay {
  if (asPrinted === undefined) return { shown: formatValue(value, unit), derived: undefined };
  return { shown: asPrinted, derived: printedInWords(asPrinted) ? formatValue(value, unit) : undefined };
}

/** "“over a third” (derived figure: 33.3%)", "8954", "66.4%": one line of text for lists and sentences. */
export function figureText(value: number, unit: Unit, asPrinted: string | undefined): string {
  const d = figureDisplay(value, unit, asPrinted);
  return d.derived ? `“${d.shown}” (${DERIVED}: ${d.derived})` : d.shown;
}

/** For short lists: the printed words in quotes, or the number; no derived figure beside them. */
export function figureShort(value: number, unit: Unit, asPrinted: string | undefined): string {
  const d = figureDisplay(value, unit, asPrinted);
  return d.derived ? `“${d.shown}”` : d.shown;
}
