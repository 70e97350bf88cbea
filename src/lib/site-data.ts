// The one module that reads Astro's content layer. Everything else receives the built Site.
import { getCollection, getEntry, render, type CollectionKey } from 'astro:content';
import type { Entry, SiteContent } from '../schemas/rules.ts';
import { buildDay } from './build-day.ts';
import { buildSite, type Site } from './model.ts';

let site: Promise<Site> | undefined;

async function entries<T>(name: CollectionKey): Promise<Entry<T>[]> {
  const items = await getCollection(name);
  return items.map((item) => ({ id: item.id, file: item.filePath ?? item.id, data: item.data as T }));
}

/** The whole site's content, joined once per build. */
export function getSite(): Promise<Site> {
  site ??= (async () => {
    const content: SiteContent = {
      places: await entries('places'),
      themes: await entries('themes'),
      strategies: await entries('strategies'),
      updates: await entries('updates'),
      areas: await entries('areas'),
      glossary: await entries('glossary'),
    };
    return buildSite(content, buildDay());
  })();
  return site;
}

/** Render the MDX body of a strategy or update. */
export async function renderBody(collection: 'strategies' | 'updates', id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`no ${collection} entry "${id}"`);
  return render(entry);
}
