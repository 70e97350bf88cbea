import { describe, expect, it } from 'vitest';
import {
  checkClaims,
  findFigure,
  findQuote,
  foldText,
  nearestPassage,
  numberSpellings,
  prepareSource,
  type SourceClaim,
} from '../../../src/lib/check/sources.ts';

const SOURCE = [
  'Our vision',
  '<b>W1</b>\t<i>We will work together with our communities to develop a simple and accessible',
  'campaign which unites residents and services around a Common Endeavour.</i>',
  'We will identify a specific cohort of c.5,000 households \u2013 those who really need it.',
  'It isn\u2019t enough to be \u201Cwell\u201D; we will work with non-statutory partners.',
  'Uptake was 15,000 people and 66.4% of children; the rate is 82.56 per 1,000.',
  'We will not reduce services.',
  'Values for 2018-19: 1234 and 7.0 and 12.50',
].join('\n');
const source = prepareSource(SOURCE);

describe('folding', () => {
  it('folds spacing, line breaks, curly quotes, dashes and markup tags, and keeps every word and digit', () => {
    expect(foldText('a \u2018b\u2019\n\n  c \u2014 d\u2013e <i>f</i> **g**')).toBe("a 'b' c - d-e f g");
    expect(foldText('5 000 and 1\u00A02')).toBe('5 000 and 1 2');
  });
});

describe('finding a quote as printed', () => {
  it('finds a quote that a line break and a markup tag split, with the line it starts on', () => {
    expect(findQuote(source, 'develop a simple and accessible campaign which unites residents')).toEqual({
      found: true,
      line: 2,
    });
  });

  it('finds a quote typed with straight quotes and a hyphen where the source prints curly quotes and an en dash', () => {
    expect(findQuote(source, 'c.5,000 households - those who really need it').found).toBe(true);
    expect(findQuote(source, 'It isn\'t enough to be "well"').found).toBe(true);
  });

  it('does not find a reworded quote', () => {
    expect(findQuote(source, 'develop a simple campaign').found).toBe(false);
    expect(findQuote(source, 'about 5,000 households').found).toBe(false);
    expect(findQuote(source, 'It is not enough').found).toBe(false);
  });

  it('does not find a quote that only matches after dropping a "not" or a "non-"', () => {
    expect(findQuote(source, 'reduce services').found).toBe(false);
    expect(findQuote(source, 'statutory partners').found).toBe(false);
    expect(findQuote(source, 'not reduce services').found).toBe(true);
  });

  it('does not find a quote inside a longer word', () => {
    expect(findQuote(source, 'ommon Endeavour').found).toBe(false);
    expect(findQuote(source, 'Endeavou').found).toBe(false);
  });

  it('keeps case, except for the first letter of a quote taken from a printed list', () => {
    expect(findQuote(source, 'common endeavour').found).toBe(false);
    expect(findQuote(source, 'a Common endeavour').found).toBe(false);
    expect(findQuote(source, 'Residents and services around').found).toBe(true);
  });

  it('joins a word the text extraction broke at a line end ("pre- school"), and strips tags with attributes', () => {
    const broken = prepareSource('Camden\'s pre- school immunisation <ul style="x: y"> - Play streets');
    expect(findQuote(broken, "Camden's pre-school immunisation - Play streets").found).toBe(true);
  });
});

describe('finding a figure as printed', () => {
  it('finds a number with or without its thousands comma', () => {
    expect(findFigure(source, 15000).found).toBe(true);
    expect(findFigure(source, 1234).found).toBe(true);
    expect(numberSpellings(5000)).toEqual(expect.arrayContaining(['5000', '5,000']));
    expect(numberSpellings(5000)).not.toContain('5');
  });

  it('does not find a number only as part of a longer number', () => {
    expect(findFigure(source, 5000).found).toBe(true); // c.5,000
    expect(findFigure(source, 500).found).toBe(false); // "5,000" has no 500
    expect(findFigure(source, 82.5).found).toBe(false); // "82.56" is not 82.5
    expect(findFigure(source, 82).found).toBe(false);
    expect(findFigure(source, 6).found).toBe(false); // 66.4 holds no 6
    expect(findFigure(source, 66).found).toBe(false);
  });

  it('finds a figure printed with trailing zeros', () => {
    expect(findFigure(source, 7).found).toBe(true); // printed "7.0"
    expect(findFigure(source, 12.5).found).toBe(true); // printed "12.50"
  });

  it('looks for the printed wording when there is one, not the number', () => {
    expect(findFigure(source, 82.56, '82.56 per 1,000').found).toBe(true);
    expect(findFigure(source, 82.56, '82.6 per 1,000').found).toBe(false);
  });
});

describe('the nearest passage', () => {
  it("points at the passage that shares most of the quote's words, with its line", () => {
    const near = nearestPassage(source, 'We will identify a cohort of about 5,000 households');
    expect(near?.line).toBe(4);
    expect(near?.excerpt).toMatch(/^We will identify a specific cohort/);
    expect(near?.score).toBeGreaterThan(0.7);
  });
});

describe('checking claims', () => {
  const texts = new Map([['a.txt', source]]);
  const claim = (over: Partial<SourceClaim>): SourceClaim => ({
    file: 'content/x.mdx',
    line: 7,
    field: 'actions[0].what',
    ...over,
  });

  it('reports a quote it cannot find with the content file, line, field and the nearest passage with its line', () => {
    const result = checkClaims(
      [claim({ textFile: 'a.txt', quote: 'We will develop a simple campaign which unites residents and services' })],
      texts,
    );
    expect(result.found).toBe(0);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'content/x.mdx', line: 7, field: 'actions[0].what' });
    expect(result.problems[0]!.message).toMatch(/not printed in a\.txt\. The nearest passage, at a\.txt:2, reads: "/);
  });

  it('counts claims with no text copy, or a text copy not in the folder, as not verified, not as errors', () => {
    const result = checkClaims(
      [
        claim({ quote: 'anything' }),
        claim({ textFile: 'missing.txt', value: 3 }),
        claim({ textFile: 'a.txt', value: 15000 }),
      ],
      texts,
    );
    expect(result).toEqual({ found: 1, notVerified: 2, problems: [] });
  });
});
