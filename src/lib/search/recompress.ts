// Pagefind gzips its own files and unzips them in the browser with its own gunzip, so a file it
// wrote can be zipped again, smaller, with Zopfli (an exhaustive encoder of the same gzip format):
// the metadata file every first query downloads shrank from 23.8 to 19.4 KB at 500 synthetic
// places, and the search engine (wasm.en.pagefind) from 59.8 to 56.9 KB. It takes about a second
// a file, so only those two, which every first query loads, are recompressed (compactBundle in
// src/integrations/search-index.ts).
import { gzipAsync } from '@gfx/zopfli';
import { gunzipSync } from 'node:zlib';

/** A gzip file's content zipped again with Zopfli; the old file when that is not smaller. */
export async function recompress(file: Uint8Array): Promise<Uint8Array> {
  const smaller = await gzipAsync(gunzipSync(file), { numiterations: 15 });
  return smaller.length < file.length ? smaller : file;
}
