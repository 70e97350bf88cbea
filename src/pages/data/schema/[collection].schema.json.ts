// /data/schema/<collection>.schema.json: the JSON Schema of each content collection, from the zod schemas.
import type { APIRoute, GetStaticPaths } from 'astro';
import { COLLECTIONS, type CollectionName } from '../../../lib/check/collections.ts';
import { collectionJsonSchema } from '../../../lib/json-schema.ts';

export const getStaticPaths = (() =>
  Object.keys(COLLECTIONS).map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify(collectionJsonSchema(params.collection as CollectionName), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
