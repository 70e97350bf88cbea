// Wires each collection's folder under content/ to its schema. Nothing else lives here.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, collectionPattern, entryIdFromFile } from './lib/check/collections.ts';

const fromContentFolder = (name: keyof typeof COLLECTIONS) => {
  const spec = COLLECTIONS[name];
  return defineCollection({
    loader: glob({
      pattern: collectionPattern(spec),
      base: `./content/${spec.dir}`,
      generateId: ({ entry }) => entryIdFromFile(entry),
    }),
    schema: spec.schema,
  });
};

export const collections = {
  places: fromContentFolder('places'),
  themes: fromContentFolder('themes'),
  strategies: fromContentFolder('strategies'),
  updates: fromContentFolder('updates'),
  areas: fromContentFolder('areas'),
  glossary: fromContentFolder('glossary'),
};
