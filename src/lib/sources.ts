// One page per source document: what it is, and what the site took from it. A document is known by its
// strategy and its source id wherever it is listed (a strategy's sources, the source of an update about
// that strategy, a neighbourhood profile's source); one id listed twice for a strategy must be one document.
import type { SourceDocument } from '../schemas/common.ts';
import type { Site } from './model.ts';
import { areaUrl, updateUrl } from './urls.ts';

export interface SourceCount {
  /** What was taken, in the plural: "priorities", "measures". */
  what: string;
  count: number;
}

export interface SourceUse {
  /** Where on the site the document is used: a strategy, an update or a neighbourhood profile. */
  kind: 'strategy' | 'update' | 'area';
  title: string;
  url: string;
  counts: SourceCount[];
}

export interface SourceView {
  /** The strategy the document belongs to (for a profile with no strategy, its place). */
  scope: string;
  id: string;
  document: SourceDocument;
  uses: SourceUse[];
}

const counted = (pairs: [string, number][]): SourceCount[] =>
  pairs.filter(([, n]) => n > 0).map(([what, count]) => ({ what, count }));

/** The fields that name a document: two entries with one id must agree on these. */
function sameDocument(a: SourceDocument, b: SourceDocument): boolean {
  return a.title === b.title && a.publisher === b.publisher && a.date === b.date && a.url === b.url;
}

/** Every source document on the site with where it is used, by id. Throws when one id names two documents. */
export function sourceViews(site: Pick<Site, 'strategies' | 'updates' | 'areas'>): SourceView[] {
  const byId = new Map<string, SourceView>();
  const add = (scope: string, document: SourceDocument, use: SourceUse, where: string) => {
    const key = `${scope}/${document.id}`;
    const seen = byId.get(key);
    if (!seen) {
      byId.set(key, { scope, id: document.id, document, uses: [use] });
      return;
    }
    if (!sameDocument(seen.document, document)) {
      throw new Error(
        `${where}: source id "${document.id}" is already used for "${seen.document.title}" (${seen.uses[0]!.url}) in ${scope}. Give this document its own id, or make its title, publisher, date and url match.`,
      );
    }
    // Keep the fullest description (notes, pages) when one listing has more.
    if (!seen.document.note && document.note) seen.document = document;
    seen.uses.push(use);
  };
  for (const s of site.strategies) {
    for (const doc of s.data.sources) {
      const from = <T extends { source: { document: string } }>(items: T[]) =>
        items.filter((i) => i.source.document === doc.id).length;
      add(
        s.id,
        doc,
        {
          kind: 'strategy',
          title: s.data.title,
          url: s.url,
          counts: counted([
            ['priorities', from(s.data.priorities)],
            ['measures', from(s.data.measures)],
            ['actions and commitments', from(s.data.actions)],
            ['residents’ voices and statements', from(s.data.residentVoice)],
            ['quoted facts', from(s.data.facts)],
          ]),
        },
        `content/strategies/${s.id}.mdx sources`,
      );
    }
  }
  for (const u of site.updates) {
    add(
      u.data.strategy,
      u.data.source,
      {
        kind: 'update',
        title: u.data.title,
        url: updateUrl(u.id),
        counts: counted([
          ['figures', u.data.figures.length],
          ['quoted facts', u.data.facts.length],
        ]),
      },
      `content/updates/${u.id} source`,
    );
  }
  for (const a of site.areas) {
    add(
      a.data.strategy ?? a.data.place,
      a.data.source,
      {
        kind: 'area',
        title: `Neighbourhood profile: ${a.data.name}`,
        url: areaUrl(a.id),
        counts: counted([['figures', a.data.indicators.length]]),
      },
      `content/areas/${a.id}.yaml source`,
    );
  }
  return [...byId.values()].sort(
    (a, b) =>
      a.document.title.localeCompare(b.document.title) || a.scope.localeCompare(b.scope) || a.id.localeCompare(b.id),
  );
}

/** The document with this id, if the list has it (the content check makes sure every cited id exists). */
export function sourceDocument(sources: readonly SourceDocument[], id: string): SourceDocument | undefined {
  return sources.find((s) => s.id === id);
}

/** The title of the document with this id, for a caption or credit line. */
export function sourceTitle(sources: readonly SourceDocument[], id: string): string | undefined {
  return sourceDocument(sources, id)?.title;
}
