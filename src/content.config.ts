// Wires each collection to its schema. Every collection is loaded from the content check's reading of
// content/ (src/loaders/checked.ts), so what the check validated is exactly what the pages get.
import { defineCollection } from 'astro:content';
import { COLLECTIONS, type CollectionName } from './lib/check/collections.ts';
import { checkedLoader } from './loaders/checked.ts';

const fromContentFolder = (name: CollectionName) =>
  defineCollection({ loader: checkedLoader(name), schema: COLLECTIONS[name].schema });

export const collections = {
  places: fromContentFolder('places'),
  themes: fromContentFolder('themes'),
  strategies: fromContentFolder('strategies'),
  updates: fromContentFolder('updates'),
  areas: fromContentFolder('areas'),
  glossary: fromContentFolder('glossary'),
};
