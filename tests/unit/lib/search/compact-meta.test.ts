import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compactMeta, decodeMeta, encodeMeta } from '../../../../src/lib/search/compact-meta.ts';

// Written by Pagefind 1.6.0 itself (three small pages: "Loneliness" in Camden, a long "Smoking" page
// in Hackney, "Same words" in Camden), so the codec is tested against the real format.
const REAL = readFileSync(new URL('../../../fixtures/pagefind/pagefind-1.6.0.pf_meta', import.meta.url));

const sign = (cbor: number[]) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(cbor)]));

describe('decodeMeta and encodeMeta', () => {
  it('read what Pagefind wrote and write it back byte for byte', () => {
    const meta = decodeMeta(REAL);
    expect(meta[0]).toBe('1.6.0');
    expect(meta[1]).toEqual([
      ['en_f5275a7', 8, ''],
      ['en_c3ecb09', 86, ''],
      ['en_b71bc56', 9, ''],
    ]);
    expect(meta[2]).toEqual([['camden', 'word', 'en_1c7dbf6']]);
    expect(gunzipSync(encodeMeta(meta))).toEqual(gunzipSync(REAL));
  });

  it('write numbers at every CBOR width and text that is not ASCII', () => {
    const numbers = [0, 23, 24, 255, 256, 65_535, 65_536, 4_000_000_000];
    const value = ['1.6.0', [[`p’${'x'.repeat(300)}`, 1, ''], ...numbers.map((n) => [`n${n}`, n, ''])]];
    expect(decodeMeta(encodeMeta(value))).toEqual(value);
  });

  it('refuse a file without the signature, with CBOR it does not expect, or with bytes left over', () => {
    expect(() => decodeMeta(gzipSync(Buffer.from('not pagefind')))).toThrow(/signature/);
    // A CBOR map (major type 5) where a list belongs.
    expect(() => decodeMeta(sign([0xa0]))).toThrow(/major type 5/);
    // A list of two numbers that says it has three.
    expect(() => decodeMeta(sign([0x83, 0x01, 0x02]))).toThrow(/ends early/);
    // Two lists.
    expect(() => decodeMeta(sign([0x80, 0x80]))).toThrow(/not one list/);
    // An indefinite-length list.
    expect(() => decodeMeta(sign([0x9f, 0xff]))).toThrow(/CBOR length/);
  });
});

describe('compactMeta', () => {
  it('renames pages and index chunks in order, keeping everything else', () => {
    const { file, fragments, chunks } = compactMeta(REAL);
    const before = decodeMeta(REAL);
    const after = decodeMeta(file);
    const build = [...fragments.values()][0]!.split('_')[0]!;
    expect(build).toMatch(/^[0-9a-f]{8}$/);
    expect([...fragments]).toEqual([
      ['en_f5275a7', `${build}_0`],
      ['en_c3ecb09', `${build}_1`],
      ['en_b71bc56', `${build}_2`],
    ]);
    expect(after[1]).toEqual([
      [`${build}_0`, 8, ''],
      [`${build}_1`, 86, ''],
      [`${build}_2`, 9, ''],
    ]);
    const chunk = chunks.get('en_1c7dbf6')!;
    expect(chunk).toMatch(/^[0-9a-f]{8}_0$/);
    expect(after[2]).toEqual([['camden', 'word', chunk]]);
    expect(after.slice(3)).toEqual(before.slice(3));
  });

  it('gives different names when any old name (a content hash) differs, so kept files are never stale', () => {
    const pages = (last: string) => [
      '1.6.0',
      [
        ['en_aaaaaaa', 1, ''],
        [last, 2, ''],
      ],
      [['a', 'z', 'en_ccccccc']],
      [],
      [],
    ];
    const one = compactMeta(encodeMeta(pages('en_bbbbbbb')));
    const other = compactMeta(encodeMeta(pages('en_bbbbbbc')));
    expect(one.fragments.get('en_aaaaaaa')).not.toBe(other.fragments.get('en_aaaaaaa'));
    // Chunks are named from their own names: unchanged chunks keep their new names.
    expect(one.chunks.get('en_ccccccc')).toBe(other.chunks.get('en_ccccccc'));
  });

  it('gives pages with the same fragment one name, and pads every name to one width', () => {
    const pages = Array.from({ length: 20 }, (_, i) => [`en_${String(i % 18).padStart(7, '0')}`, i, '']);
    const { file, fragments } = compactMeta(encodeMeta(['1.6.0', pages, [], [], []]));
    expect(fragments.size).toBe(18);
    const names = (decodeMeta(file)[1] as string[][]).map((p) => p[0]!.split('_')[1]);
    expect(names.slice(0, 3)).toEqual(['00', '01', '02']);
    expect(names[17]).toBe('11');
    expect(names[18]).toBe('00');
  });

  it('refuses pages in a fragment group, or lists of another shape, rather than guess', () => {
    expect(() => compactMeta(encodeMeta(['1.6.0', [['en_a', 3, 'en_group']], [], [], []]))).toThrow(/fragment group/);
    expect(() => compactMeta(encodeMeta(['1.6.0', [['en_a']], [], [], []]))).toThrow(/page 0/);
    expect(() => compactMeta(encodeMeta(['1.6.0', [], [['a', 'z']], [], []]))).toThrow(/index chunk 0/);
    expect(() => compactMeta(encodeMeta([2, [], []]))).toThrow(/version/);
  });

  it('makes the page list of a large site much smaller', () => {
    // Random content hashes, as Pagefind names 5,000 pages.
    const pages = Array.from({ length: 5000 }, (_, i) => [
      `en_${(((i + 1) * 2654435761) >>> 0).toString(16).padStart(8, '0').slice(0, 7)}`,
      20 + (i % 50),
      '',
    ]);
    const original = encodeMeta(['1.6.0', pages, [], [], []]);
    const { file } = compactMeta(original);
    expect(file.length).toBeLessThan(original.length * 0.6);
  });
});
