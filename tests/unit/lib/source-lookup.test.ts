import { describe, expect, it } from 'vitest';
import { sourceDocument, sourceTitle } from '../../../src/lib/sources.ts';
import type { SourceDocument } from '../../../src/schemas/common.ts';

const sources = [
  { id: 'strategy', title: 'The strategy', publisher: 'Council', url: 'not online' },
  { id: 'report', title: 'The board report', publisher: 'Council', url: 'not online' },
] as SourceDocument[];

describe('source documents', () => {
  it('are found by the id a measure cites', () => {
    expect(sourceTitle(sources, 'report')).toBe('The board report');
    expect(sourceDocument(sources, 'strategy')).toBe(sources[0]);
  });

  it('give nothing for an id the list does not have', () => {
    expect(sourceTitle(sources, 'missing')).toBeUndefined();
  });
});
