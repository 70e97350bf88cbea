// Plain-English advice: warnings a comms officer can act on, with what to write instead.
import { describe, expect, it } from 'vitest';
import {
  adviseOnText,
  bodyParagraphs,
  knownAcronyms,
  proseFields,
  readingAge,
  sentences,
  syllables,
  unknownAcronyms,
  wordsToAvoidIn,
  type PlainEnglishSettings,
} from '../../../src/lib/check/plain-english.ts';

const settings: PlainEnglishSettings = {
  targetReadingAge: 12,
  maxSentenceWords: 25,
  wordsToAvoid: [
    { word: 'deliver', suggestion: 'Say what will be done.' },
    { word: 'going forward', suggestion: 'Use "from now on".' },
    { word: 'key', only: 'adjective', suggestion: 'Use "main".' },
  ],
  allowedAcronyms: ['UK'],
};

describe('reading age', () => {
  it('counts syllables in everyday words', () => {
    expect(syllables('cat')).toBe(1);
    expect(syllables('happy')).toBe(2);
    expect(syllables('make')).toBe(1);
    expect(syllables('organisation')).toBe(5);
  });

  it('gives short everyday sentences a low reading age and dense policy text a high one', () => {
    const easy = readingAge(
      'We will help people find work. We will run more clinics. You can ask us for help at any time.',
    )!;
    const hard = readingAge(
      'The partnership will operationalise integrated multidisciplinary commissioning arrangements, prioritising evidence-informed preventative interventions addressing socioeconomic determinants.',
    )!;
    expect(easy).toBeLessThan(10);
    expect(hard).toBeGreaterThan(20);
  });

  it('does not judge text shorter than ten words', () => {
    expect(readingAge('Good work for all.')).toBeUndefined();
  });

  it('warns about a summary above the target, but not about other fields', () => {
    const hard =
      'The partnership will operationalise integrated multidisciplinary commissioning arrangements, prioritising evidence-informed preventative interventions.';
    expect(adviseOnText(hard, settings, new Set(), true).map((a) => a.kind)).toContain('reading-age');
    expect(adviseOnText(hard, settings, new Set(), false).map((a) => a.kind)).not.toContain('reading-age');
  });
});

describe('long sentences', () => {
  it('splits text into sentences at full stops followed by a capital', () => {
    expect(sentences('One thing. Two things! Is it 3? Yes, e.g. this.')).toEqual([
      'One thing.',
      'Two things!',
      'Is it 3?',
      'Yes, e.g. this.',
    ]);
  });

  it('warns about a sentence over the word limit, with its opening words', () => {
    const long = `${'word '.repeat(30).trim()}.`;
    const [advice] = adviseOnText(long, settings, new Set());
    expect(advice).toMatchObject({ kind: 'long-sentence' });
    expect(advice!.message).toMatch(/a sentence has 30 words \(more than 25\): "word word/);
  });
});

describe('words to avoid', () => {
  it('flags a word on the list with its suggestion', () => {
    expect(wordsToAvoidIn('We will deliver better care.', settings.wordsToAvoid)).toEqual([
      { kind: 'word-to-avoid', message: '"deliver" is on the words-to-avoid list. Say what will be done.' },
    ]);
  });

  it('flags a phrase across a line break', () => {
    expect(wordsToAvoidIn('Going\nforward we will', settings.wordsToAvoid)[0]!.message).toMatch(/^"Going forward"/);
  });

  it('flags "key" as an adjective but not as a noun', () => {
    expect(wordsToAvoidIn('Our key priorities are', settings.wordsToAvoid)).toHaveLength(1);
    expect(wordsToAvoidIn('Work is key to health.', settings.wordsToAvoid)).toHaveLength(0);
    expect(wordsToAvoidIn('Hand in your key.', settings.wordsToAvoid)).toHaveLength(0);
  });

  it('does not flag a word inside a longer word', () => {
    expect(wordsToAvoidIn('The delivery van and keyboard.', settings.wordsToAvoid)).toHaveLength(0);
  });
});

describe('acronyms', () => {
  const known = knownAcronyms(
    [{ abbreviation: 'ICS', aliases: ['integrated care systems', 'ICSs'] }, { abbreviation: 'NCL ICS' }],
    ['UK'],
  );

  it('knows glossary abbreviations, their parts and the allowed list', () => {
    expect([...known].sort()).toEqual(['ICS', 'NCL', 'UK']);
  });

  it('reports acronyms that are not in the glossary, once each', () => {
    expect(unknownAcronyms('The ICS and the JSNA. The JSNA again, in the UK.', known)).toEqual(['JSNA']);
  });

  it('accepts plurals of known acronyms and acronyms explained with <abbr>', () => {
    expect(unknownAcronyms('Two ICSs and <abbr title="Joint strategic needs assessment">JSNA</abbr>.', known)).toEqual(
      [],
    );
  });

  it('ignores single capitals and Roman numerals', () => {
    expect(unknownAcronyms('I think Part II of A Plan.', known)).toEqual([]);
  });

  it('suggests adding the acronym to the glossary', () => {
    expect(adviseOnText('Ask the PCN.', settings, known)[0]!.message).toBe(
      '"PCN" is not in the glossary. Write it out in full, or add it to content/glossary/ (with "abbreviation: PCN").',
    );
  });
});

describe('where the prose is', () => {
  it('finds prose fields with their paths, and marks summaries; official wording quoted as printed is left alone', () => {
    const data = {
      title: 'T',
      summary: 'S',
      vision: 'V',
      priorities: [{ id: 'a', summary: 'P' }],
      actions: [{ what: 'W', inShort: 'I', leads: ['x'] }],
    };
    expect(proseFields(data)).toEqual([
      { path: ['summary'], text: 'S', isSummary: true },
      { path: ['priorities', 0, 'summary'], text: 'P', isSummary: true },
      { path: ['actions', 0, 'inShort'], text: 'I', isSummary: false },
    ]);
  });

  it('splits a body into paragraphs with their lines, leaving out code, tables, tags and link targets', () => {
    const body =
      '\nFirst para\ncontinues [here](https://x.example/ABC).\n\n| A | B |\n\n```\nCODE HERE\n```\n\n- A list item\n\n<InsetText>Inset text</InsetText>\n';
    expect(bodyParagraphs(body, 10)).toEqual([
      { text: 'First para continues here.', line: 11 },
      { text: 'A list item', line: 20 },
      { text: 'Inset text', line: 22 },
    ]);
  });
});

describe('the reading-age warning', () => {
  it('quotes the first words of the longest sentence, with its length', () => {
    const settings = { targetReadingAge: 9, maxSentenceWords: 60, wordsToAvoid: [], allowedAcronyms: [] };
    const summary =
      'We help people. The partnership will prioritise comprehensive interventions addressing multidimensional socioeconomic determinants of population wellbeing across communities. We listen.';
    const advice = adviseOnText(summary, settings, new Set(), true).find((a) => a.kind === 'reading-age')!;
    expect(advice.message).toMatch(/^this summary has a reading age of about \d+; the target is 9\. /);
    expect(advice.message).toContain(
      'Its longest sentence (15 words) starts "The partnership will prioritise comprehensive interventions addressing multidimensional…".',
    );
  });
});
