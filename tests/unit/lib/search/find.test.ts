import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../../src/lib/model.ts';
import { findLetters, letterSlug, wordSections } from '../../../../src/lib/search/find.ts';
import { realContent } from '../../../helpers/content.ts';

const letters = findLetters(buildSite(realContent().content));
const word = (w: string) => letters.flatMap((l) => l.words).find((x) => x.word.toLowerCase() === w.toLowerCase());

describe('the no-JavaScript word finder', () => {
  it('leads a resident’s word to its theme page', () => {
    expect(word('lonely')!.links).toEqual([
      {
        label: 'Social connection and loneliness',
        href: '/themes/social-connection/',
        kind: 'theme: every place’s priorities',
      },
    ]);
    expect(letters.find((l) => l.slug === 'l')!.words.some((w) => w.word === 'Lonely')).toBe(true);
  });

  it('leads a glossary term’s abbreviation and everyday names to its entry', () => {
    expect(word('family doctor')!.links.map((l) => l.href)).toContain('/glossary/#term-general-practitioner');
    expect(word('A&E')!.links.map((l) => l.href)).toContain('/glossary/#term-accident-and-emergency');
  });

  it('leads place and neighbourhood names to their pages, and keeps one entry for a word with several answers', () => {
    expect(word('Southend East')!.links.map((l) => l.href)).toEqual(['/areas/southend-east/']);
    expect(word('Camden')!.links.map((l) => l.href)).toContain('/places/camden/');
    const all = letters.flatMap((l) => l.words.map((w) => w.word.toLowerCase()));
    expect(new Set(all).size).toBe(all.length);
  });

  it('gives every letter an address part a URL can carry', () => {
    expect(letterSlug('0–9')).toBe('0-9');
    for (const l of letters) expect(l.slug).toMatch(/^([a-z]|0-9)$/);
  });
});

describe('wordSections', () => {
  it('keeps a short letter in one list and splits a long one by its first two letters', () => {
    const words = (list: string[]) => list.map((word) => ({ word }));
    expect(wordSections(words(['cat', 'cot']))).toEqual([{ label: '', id: '', words: words(['cat', 'cot']) }]);
    const split = wordSections(words(['care', 'carer', 'cigs', 'Covid-19']), { atMost: 2 });
    expect(split.map((s) => [s.label, s.id, s.words.length])).toEqual([
      ['Ca', 'words-ca', 2],
      ['Ci', 'words-ci', 1],
      ['Co', 'words-co', 1],
    ]);
  });
});
