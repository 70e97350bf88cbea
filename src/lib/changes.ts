// "What changed" for a place: dated changes taken from the content's own dates (updates, strategy
// publication and review dates, action status dates), newest first, for its page and its Atom feed.
// No git history is used, so the page builds the same from a shallow clone.
import type { Site } from './model.ts';
import { ACTION_STATUS_LABEL } from '../i18n/en.ts';
import { anchors, placeUrl, priorityUrl, updateUrl, withAnchor } from './urls.ts';
import { atomDocument } from './atom.ts';

export type ChangeKind = 'update' | 'published' | 'reviewed' | 'progress';

export interface Change {
  /** As precise as the content says: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  kind: ChangeKind;
  title: string;
  summary: string;
  /** Site path of the page that shows it. */
  url: string;
}

/** Every dated change that concerns a place, newest first (same date: updates first, then by title). */
export function placeChanges(site: Site, placeId: string): Change[] {
  const place = site.place(placeId);
  const changes: Change[] = [
    {
      date: place.data.lastReviewed,
      kind: 'reviewed',
      title: `${place.data.name}: place details checked`,
      summary: 'The details of this place on the site were checked.',
      url: placeUrl(placeId),
    },
  ];
  for (const strategy of site.strategiesForPlace(placeId)) {
    const name = strategy.data.shortTitle ?? strategy.data.title;
    if (strategy.data.published) {
      changes.push({
        date: strategy.data.published,
        kind: 'published',
        title: `${name} published`,
        summary: `${strategy.data.title} was published or agreed.`,
        url: strategy.url,
      });
    }
    changes.push({
      date: strategy.data.lastReviewed,
      kind: 'reviewed',
      title: `${name} checked against its sources`,
      summary: 'The site’s copy of this strategy was checked against the source documents.',
      url: strategy.url,
    });
    for (const action of strategy.data.actions) {
      if (!action.statusConfirmed || action.status === 'not-stated') continue;
      const label = action.code ? `${action.code}: ${action.what}` : action.what;
      changes.push({
        date: action.statusConfirmed,
        kind: 'progress',
        title: `Progress recorded: ${ACTION_STATUS_LABEL[action.status]}`,
        summary: `${label}${action.statusNote ? ` ${action.statusNote}` : ''}`,
        url: withAnchor(priorityUrl(strategy.id, action.priority), anchors.action(action.id)),
      });
    }
    for (const view of strategy.priorities) {
      if (view.priority.lastReviewed && view.priority.lastReviewed !== strategy.data.lastReviewed) {
        changes.push({
          date: view.priority.lastReviewed,
          kind: 'reviewed',
          title: `${view.priority.title} checked`,
          summary: `This priority of ${name} was checked against its sources.`,
          url: view.url,
        });
      }
    }
  }
  for (const update of site.updatesFor({ place: placeId })) {
    if (!update.data.date) continue;
    changes.push({
      date: update.data.date,
      kind: 'update',
      title: update.data.title,
      summary: update.data.summary,
      url: updateUrl(update.id),
    });
  }
  const order: Record<ChangeKind, number> = { update: 0, published: 1, progress: 2, reviewed: 3 };
  return changes.sort(
    (a, b) => b.date.localeCompare(a.date) || order[a.kind] - order[b.kind] || a.title.localeCompare(b.title),
  );
}

/** Updates about a place that carry no full date (e.g. "9 November" with no year), listed apart. */
export function undatedUpdates(site: Site, placeId: string) {
  return site.updatesFor({ place: placeId }).filter((u) => !u.data.date);
}

/** An Atom feed of a place's changes. `site` is the absolute origin, e.g. https://example.org. */
export function changesFeed(options: {
  site: string;
  title: string;
  feedPath: string;
  pagePath: string;
  changes: Change[];
}): string {
  const abs = (path: string) => new URL(path, options.site).href;
  return atomDocument({
    title: options.title,
    selfHref: abs(options.feedPath),
    pageHref: abs(options.pagePath),
    // With nothing to list, the feed is dated at the start of the Unix epoch rather than at a made-up date.
    updated: options.changes[0]?.date ?? '1970-01-01',
    entries: options.changes.map((c) => ({
      id: `${abs(c.url)}#${c.kind}-${c.date}`,
      title: c.title,
      href: abs(c.url),
      updated: c.date,
      summary: c.summary,
    })),
  });
}
