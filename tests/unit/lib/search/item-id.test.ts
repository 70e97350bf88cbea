import { describe, expect, it } from 'vitest';
import { itemId, parseItemId } from '../../../../src/lib/search/item-id.ts';
import { RECORD_KINDS, RECORD_KIND_LABEL } from '../../../../src/lib/search/records.ts';

describe('item ids in the search index', () => {
  it('reads back every kind and anchor it writes, anchors with dots and odd letters included', () => {
    for (const kind of RECORD_KINDS)
      for (const anchor of ['action-a', 'what.next', 'café-ü'])
        expect(parseItemId(itemId(kind, anchor))).toEqual({ kind: RECORD_KIND_LABEL[kind], anchor });
  });

  it('gives each kind its own letter, so no two kinds read back alike', () => {
    expect(new Set(RECORD_KINDS.map((kind) => itemId(kind, 'x'))).size).toBe(RECORD_KINDS.length);
  });

  it('rejects an id it did not write', () => {
    for (const id of ['action-a', 'x.action-a', 'a.', '.a', '', 'A.action-a']) expect(parseItemId(id)).toBeUndefined();
  });
});
