import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../src/lib/import/candidates.ts';
import {
  applyReview,
  carriedBy,
  missingFromContent,
  quoteAnswersFor,
  setAsideNotFacts,
} from '../../../src/lib/import/coverage.ts';
import { whyNotAFact } from '../../../src/lib/import/not-facts.ts';

// A small text copy in the shape of the real ones: an agenda pack's logistics, numbered paragraphs,
// cross-references, a case study, page numbers and infographic figures between real statements and figures.
const copy = [
  'Fernley Health and Wellbeing Board agenda pack',
  '**Start/End Time:** 5.00 pm - 7.40 pm',
  '(a) Cllr Smith – Minute 551 (Healthy Homes) was noted.',
  '- 8.2 The protected characteristics are age, disability and race.',
  'Our legal duties\tSee Section 7.4',
  'Arrangements under section 75 of the NHS Act 2006 are in place.',
  'Ethel is a 79 year old woman living in Milton Ward.',
  '5.7% of 15 year olds are regular smokers, against 5.4% in England.',
  '',
  '87',
  '',
  '### Chronic respiratory disease',
  '',
  '1,864',
  '(10.9%)',
  'households are in fuel poverty.',
  '',
  '12',
  'people were helped into work in 2023.',
  'In 2021/22 66.4% of children had their MMR2 by age 5.',
  'The clinic opens at 9.30 am on weekdays and 42.5 pm is not a time.',
  "We'll encourage breastfeeding up to 12 months as it is associated with a decreased risk of tooth decay.",
  'We will hold partners to account on prioritising domestic abuse.',
].join('\n');
const lines = copy.split('\n');
const figures = findCandidates(copy).figures;
const figure = (printed: string) => figures.find((f) => f.printed === printed)!;

describe('whyNotAFact', () => {
  it("sets aside a meeting's start and end times", () => {
    expect(whyNotAFact(figure('7.40'), lines)).toBe('time');
    expect(whyNotAFact(figure('9.30'), lines)).toBe('time');
  });

  it('sets aside minute, section and statute section numbers', () => {
    expect(whyNotAFact(figure('551'), lines)).toBe('reference');
    expect(whyNotAFact(figure('7.4'), lines)).toBe('reference');
    expect(whyNotAFact(figure('75'), lines)).toBe('reference');
  });

  it('sets aside the number of a numbered paragraph, even behind a list bullet', () => {
    expect(whyNotAFact(figure('8.2'), lines)).toBe('heading');
  });

  it('sets aside a bare page number on a line of its own', () => {
    expect(whyNotAFact(figure('87'), lines)).toBe('page');
  });

  it("sets aside one person's age in a case study", () => {
    expect(whyNotAFact(figure('79'), lines)).toBe('age');
  });

  it('keeps real figures: percentages, comparators, ages of a group and infographic numbers on their own line', () => {
    for (const printed of ['5.7%', '5.4%', '15', '1,864', '10.9%', '12', '66.4%', '42.5'])
      expect(whyNotAFact(figure(printed), lines), printed).toBeUndefined();
  });
});

describe('the coverage report', () => {
  const missing = missingFromContent(findCandidates(copy), carriedBy({ measures: [{ value: 66.4 }] }));
  const { missing: facts, setAside } = setAsideNotFacts(missing, lines);

  it('lists the figures that are facts and sets the rest aside, saying why', () => {
    expect(facts.figures.map((f) => f.printed)).toEqual(['5.7%', '15', '5.4%', '1,864', '10.9%', '12', '42.5', '12']);
    expect(setAside.map((s) => `${s.figure.printed} ${s.why}`)).toEqual([
      '5.00 time',
      '7.40 time',
      '551 reference',
      '8.2 heading',
      '7.4 reference',
      '75 reference',
      '79 age',
      '87 page',
      '9.30 time',
    ]);
  });

  it('takes reviewed entries off the list and keeps what is not reviewed', () => {
    const entries = [
      { quote: 'We will hold partners to account on prioritising domestic abuse.', reason: 'framing' },
      { quote: 'A sentence that is no longer in the report.', reason: 'stale' },
    ];
    const result = applyReview(facts, entries);
    expect(result.reviewed.map((r) => r.entry.reason)).toEqual(['framing']);
    expect(result.unreviewed.statements.map((s) => s.text)).toEqual([
      "We'll encourage breastfeeding up to 12 months as it is associated with a decreased risk of tooth decay.",
    ]);
    expect(result.unused.map((e) => e.reason)).toEqual(['stale']);
  });
});

describe('quoteAnswersFor', () => {
  const statement = { text: 'We will hold partners to account on prioritising domestic abuse.', page: 1, line: 1 };
  const smokers = figure('5.7%');

  it('accepts the whole sentence, a longer passage, or a part that keeps the "we will" words', () => {
    expect(quoteAnswersFor(statement.text, statement)).toBe(true);
    expect(quoteAnswersFor(`Our pledge. ${statement.text} More follows.`, statement)).toBe(true);
    expect(quoteAnswersFor('We will hold partners to account', statement)).toBe(true);
  });

  it('refuses a part of a statement without its "we will" words, so one short quote cannot answer for many', () => {
    expect(quoteAnswersFor('partners to account', statement)).toBe(false);
  });

  it('answers for a figure only with the figure as printed in the quote', () => {
    expect(quoteAnswersFor('5.7% of 15 year olds are regular smokers', smokers)).toBe(true);
    expect(quoteAnswersFor('15 year olds are regular smokers', smokers)).toBe(false);
  });
});
