import { describe, expect, it } from 'vitest';
import { escapeMarkup, escapeRegExp } from '../../../src/lib/escape.ts';

describe('escapeMarkup', () => {
  it('makes text safe in element content and double-quoted attributes', () => {
    expect(escapeMarkup(`Tom & Jerry <b> "quoted" it's`)).toBe("Tom &amp; Jerry &lt;b&gt; &quot;quoted&quot; it's");
  });
});

describe('escapeRegExp', () => {
  it('matches the text literally', () => {
    expect(new RegExp(escapeRegExp('Core20PLUS5 (a+b)?')).test('the Core20PLUS5 (a+b)? plan')).toBe(true);
    expect(new RegExp(escapeRegExp('a.c')).test('abc')).toBe(false);
  });
});
