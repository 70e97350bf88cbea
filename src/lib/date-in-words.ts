// An update's or a source document's date in words, worded the same on every page and feed.
import type { PartialDate } from '../schemas/common.ts';
import { formatPartialDate } from './format.ts';
import { DATE_NOT_STATED, noYearGiven } from '../i18n/en.ts';

/** "6 March 2023"; "“9 November” (no year given)" when the source prints a date without a year; else "date not stated". */
export function dateInWords(item: { date?: PartialDate | undefined; dateAsPrinted?: string | undefined }): string {
  if (item.date) return formatPartialDate(item.date);
  return item.dateAsPrinted ? noYearGiven(item.dateAsPrinted) : DATE_NOT_STATED;
}
