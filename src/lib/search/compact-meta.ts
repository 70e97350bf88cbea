// Shorter names in Pagefind's metadata file. Every first query downloads `pagefind.*.pf_meta`, which
// lists every Pagefind page by the name of its fragment file, and every index chunk by its file's
// name: "en_" and seven hex digits of the file's content hash. Random digits do not compress, so each
// page cost about 5.8 bytes of the gzipped file (29.6 KB of 32.1 KB at 150 synthetic places, 5,130
// pages). Renamed in order, "<build>_0000", "<build>_0001", ... (hex, all of one width), they
// compress to about 2.6 bytes: the build part is the same in every name, so gzip stores it once.
// (Base 36 or decimal numbers compressed worse, 2.8 and 3.0 bytes; letters of both cases would
// collide on a file system that ignores case.)
//
// The build part is a digest of every old name in order, and the old names are content hashes, so
// a build whose files differ in any way gets different names: a fragment or chunk can still be kept
// by a browser or CDN for ever (public/_headers, deploy/nginx.conf), as Pagefind's own names can.
//
// The file's format is Pagefind's own (1.6.0): "pagefind_dcd" then a CBOR array of the generator
// version, the pages ([name, word count, fragment group]), the index chunks ([first word, last word,
// name]), the filter chunks, the sorts and the meta fields. Only names change; the order of pages
// is kept, because index chunks refer to pages by position. The decoder reads only what that format
// uses (unsigned integers, text, definite-length arrays) and throws on anything else, so a change of
// format in a later Pagefind fails the build instead of shipping a broken search.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

type Cbor = number | string | Cbor[];

class Reader {
  private pos = 0;
  private readonly bytes: Uint8Array;
  private readonly view: DataView;
  private readonly text = new TextDecoder('utf-8', { fatal: true });
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  get done() {
    return this.pos >= this.bytes.length;
  }
  private need(n: number) {
    if (this.pos + n > this.bytes.length) throw new Error(`Pagefind metadata ends early (at byte ${this.pos})`);
  }
  private argument(info: number): number {
    if (info < 24) return info;
    const width = { 24: 1, 25: 2, 26: 4 }[info];
    if (!width)
      throw new Error(`Pagefind metadata uses a CBOR length this reader does not know (${info}) at byte ${this.pos}`);
    this.need(width);
    const value =
      width === 1
        ? this.view.getUint8(this.pos)
        : width === 2
          ? this.view.getUint16(this.pos)
          : this.view.getUint32(this.pos);
    this.pos += width;
    return value;
  }
  read(): Cbor {
    this.need(1);
    const head = this.bytes[this.pos++]!;
    const major = head >> 5;
    const n = this.argument(head & 31);
    if (major === 0) return n;
    if (major === 3) {
      this.need(n);
      const s = this.text.decode(this.bytes.subarray(this.pos, this.pos + n));
      this.pos += n;
      return s;
    }
    if (major === 4) return Array.from({ length: n }, () => this.read());
    throw new Error(
      `Pagefind metadata has a CBOR item of major type ${major} at byte ${this.pos - 1}; only numbers, text and lists are expected`,
    );
  }
}

function head(major: number, n: number): number[] {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error(`cannot write ${n} in Pagefind metadata`);
  const m = major << 5;
  if (n < 24) return [m | n];
  if (n < 0x100) return [m | 24, n];
  if (n < 0x10000) return [m | 25, n >> 8, n & 0xff];
  return [m | 26, n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

function write(value: Cbor, out: number[]) {
  if (typeof value === 'number') out.push(...head(0, value));
  else if (typeof value === 'string') {
    const bytes = new TextEncoder().encode(value);
    out.push(...head(3, bytes.length));
    for (const b of bytes) out.push(b);
  } else {
    out.push(...head(4, value.length));
    for (const item of value) write(item, out);
  }
}

/** A metadata file's content (gzipped, as Pagefind writes it) as plain values. */
export function decodeMeta(file: Uint8Array): Cbor[] {
  const bytes = gunzipSync(file);
  if (new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length)) !== SIGNATURE)
    throw new Error('Pagefind metadata does not start with its signature');
  const reader = new Reader(bytes.subarray(SIGNATURE.length));
  const value = reader.read();
  if (!reader.done || !Array.isArray(value)) throw new Error('Pagefind metadata is not one list');
  return value;
}

/** Plain values back to a metadata file, gzipped as Pagefind reads it. */
export function encodeMeta(value: Cbor[]): Buffer {
  const out: number[] = [];
  write(value, out);
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE), Buffer.from(out)]), { level: 9 });
}

/** Hex digits of n, padded to `width`. */
const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

export interface CompactedMeta {
  /** The new metadata file, gzipped. */
  file: Buffer;
  /** Old fragment name to new, one entry per fragment file (pages with the same content share one). */
  fragments: Map<string, string>;
  /** Old index chunk name to new. */
  chunks: Map<string, string>;
}

/**
 * New names for `names` in order: `<build>_<n>`, n counting the distinct names in hex (as many
 * digits as the last one needs), <build> 8 hex digits of a digest of every old name.
 */
function shortNames(names: string[]): Map<string, string> {
  const build = createHash('sha256').update(names.join('\n')).digest('hex').slice(0, 8);
  const distinct = [...new Set(names)];
  const width = hex(Math.max(distinct.length - 1, 0), 1).length;
  return new Map(distinct.map((name, i) => [name, `${build}_${hex(i, width)}`]));
}

/**
 * Rename the pages (fragments) and index chunks of a metadata file (see the top of this file).
 * Fails on a list it does not expect (a page not [name, word count, group] with an empty group, a
 * chunk not [first word, last word, name]) rather than guess.
 */
export function compactMeta(file: Uint8Array): CompactedMeta {
  const meta = decodeMeta(file);
  const [version, pages, chunks] = meta;
  if (typeof version !== 'string' || !Array.isArray(pages) || !Array.isArray(chunks))
    throw new Error('Pagefind metadata does not start with a version, a list of pages and a list of index chunks');
  const pageNames = pages.map((page, i) => {
    if (!Array.isArray(page) || typeof page[0] !== 'string' || typeof page[1] !== 'number')
      throw new Error(`Pagefind metadata page ${i} is not [name, word count, ...]`);
    // A fragment group (Pagefind's max_fragments) names a shared file the page is read from: not used here.
    if (page.length > 2 && page[2] !== '')
      throw new Error(`Pagefind metadata page ${i} is in a fragment group; compactMeta does not rename groups`);
    return page[0];
  });
  const chunkNames = chunks.map((chunk, i) => {
    if (!Array.isArray(chunk) || chunk.length !== 3 || chunk.some((part) => typeof part !== 'string'))
      throw new Error(`Pagefind metadata index chunk ${i} is not [first word, last word, name]`);
    return chunk[2] as string;
  });
  const fragments = shortNames(pageNames);
  const chunkRenames = shortNames(chunkNames);
  const renamedPages = pages.map((page) => {
    const [name, ...rest] = page as Cbor[];
    return [fragments.get(name as string)!, ...rest];
  });
  const renamedChunks = chunks.map((chunk) => {
    const [from, to, name] = chunk as string[];
    return [from!, to!, chunkRenames.get(name!)!];
  });
  return {
    file: encodeMeta([version, renamedPages, renamedChunks, ...meta.slice(3)]),
    fragments,
    chunks: chunkRenames,
  };
}
