// Is a strategy current? Worked out once from its period, its status and the dates of the documents
// behind it, on the site's "as of" date (the newest review date in the content, the same date that
// decides "past due"), so two builds of the same content say the same thing.
import type { PartialDate } from '../schemas/common.ts';
import type { StrategyStatus } from '../schemas/strategy.ts';
import type { StrategyView } from './model.ts';
import { formatPartialDate } from './format.ts';
import { listInWords } from './charts/series.ts';
import { STRATEGY_STATUS_LABEL } from '../i18n/en.ts';

/** Statuses that describe a strategy on its way somewhere: they are only as good as the document they rest on. */
const PROVISIONAL: ReadonlySet<StrategyStatus> = new Set(['in-development', 'draft', 'under-review']);

export type Currency =
  /** The strategy's period ended before the as-of year. `newer` lists later strategies for the same places. */
  | { state: 'ended'; start: number; end: number; newer: { title: string; url: string }[] }
  /** In development, draft or under review, as at the newest dated document behind it (undefined when none is dated). */
  | { state: 'provisional'; status: StrategyStatus; lastUpdate: PartialDate | undefined }
  | { state: 'current'; status: StrategyStatus };

type StrategyLike = Pick<StrategyView, 'id' | 'data' | 'url' | 'places' | 'updates'>;

/** The newest date among the strategy's publication date, its source documents and its updates. */
export function lastDocumentDate(strategy: StrategyLike): PartialDate | undefined {
  const dates = [
    strategy.data.published,
    ...strategy.data.sources.map((s) => s.date),
    ...strategy.updates.map((u) => u.data.date),
  ];
  return dates
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
}

/** Where a strategy stands on `asOf` (YYYY-MM-DD). `all` is every strategy, to find a newer one for the same places. */
export function strategyCurrency(strategy: StrategyLike, asOf: string, all: StrategyLike[]): Currency {
  const period = strategy.data.period;
  const year = Number(asOf.slice(0, 4));
  if (period && period.end < year) {
    const placeIds = new Set(strategy.places.map((p) => p.id));
    const newer = all
      .filter((o) => o.id !== strategy.id && o.places.some((p) => placeIds.has(p.id)))
      .filter((o) =>
        o.data.period ? o.data.period.start > period.start : (lastDocumentDate(o) ?? '') > String(period.end),
      )
      .map((o) => ({ title: o.data.title, url: o.url }));
    return { state: 'ended', start: period.start, end: period.end, newer };
  }
  if (PROVISIONAL.has(strategy.data.status))
    return { state: 'provisional', status: strategy.data.status, lastUpdate: lastDocumentDate(strategy) };
  return { state: 'current', status: strategy.data.status };
}

/** A month is precise enough for "how old": "2021-11-04" -> "November 2021". */
const monthOf = (date: PartialDate) => formatPartialDate(date.slice(0, 7));

/** The status in a few words, for tags, cards and the search filter: "Period ended", "In development: last update November 2021". */
export function currencyLabel(c: Currency): string {
  if (c.state === 'ended') return 'Period ended';
  const status = STRATEGY_STATUS_LABEL[c.status];
  if (c.state === 'provisional')
    return c.lastUpdate
      ? `${status}: last update ${monthOf(c.lastUpdate)}`
      : `${status}: date of last update not stated`;
  return status;
}

/** The label the search filter groups by: one value per kind of state, so 500 places do not make 500 options. */
export function currencyFilterLabel(c: Currency): string {
  return c.state === 'ended' ? 'Period ended' : STRATEGY_STATUS_LABEL[c.status];
}

/**
 * The sentence near the top of every page that shows the strategy, the GOV.UK way:
 * "This strategy covered 2019 to 2023. No newer strategy for Barking and Dagenham is published here."
 * Undefined for a current strategy.
 */
export function currencyNotice(c: Currency, placeNames: string[]): string | undefined {
  const places = listInWords(placeNames);
  if (c.state === 'ended') {
    const covered = `This strategy covered ${c.start} to ${c.end}.`;
    return c.newer.length === 0
      ? `${covered} No newer strategy for ${places} is published here.`
      : `${covered} A newer strategy for ${places} is published here: ${listInWords(c.newer.map((n) => n.title))}.`;
  }
  if (c.state === 'provisional') {
    const status = STRATEGY_STATUS_LABEL[c.status].toLowerCase();
    return c.lastUpdate
      ? `The newest document we have about this strategy is from ${monthOf(c.lastUpdate)}. It was ${status} then; we have nothing newer.`
      : `Our documents about this strategy are not dated, so we cannot say how current its status (${status}) is.`;
  }
  return undefined;
}

/** The currency of one of the site's strategies, on the site's as-of date. */
export function currencyFor(site: { asOf: string; strategies: StrategyLike[] }, strategy: StrategyLike): Currency {
  return strategyCurrency(strategy, site.asOf, site.strategies);
}
