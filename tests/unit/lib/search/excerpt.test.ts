import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../../../src/lib/search/excerpt.ts';

describe('search excerpts', () => {
  it('splits Pagefind highlights into plain and marked text', () => {
    expect(excerptParts('Free oral health kits and <mark>teeth</mark> checks')).toEqual([
      { text: 'Free oral health kits and ', marked: false },
      { text: 'teeth', marked: true },
      { text: ' checks', marked: false },
    ]);
  });

  it('drops any other markup and decodes entities to text', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>Fish &amp; chips &lt;b&gt;')).toEqual([
      { text: 'Fish & chips <b>', marked: false },
    ]);
  });
});
