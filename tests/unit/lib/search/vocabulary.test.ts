import { describe, expect, it } from 'vitest';
import {
  buildVocabulary,
  correction,
  didYouMean,
  words,
  worthSuggesting,
} from '../../../../src/lib/search/vocabulary.ts';
import type { SearchRecord } from '../../../../src/lib/search/records.ts';

const record = (over: Partial<SearchRecord>): SearchRecord => ({
  url: '/x/',
  title: '',
  kind: 'priority',
  places: [],
  strategy: '',
  status: 'Adopted',
  themes: [],
  text: [],
  synonyms: [],
  ...over,
});

const vocabulary = buildVocabulary([
  record({
    title: 'Childhood immunisations',
    themes: ['Immunisation and health protection'],
    synonyms: ['jabs', 'immunisation'],
    places: ['Camden'],
  }),
  record({
    title: 'Community connectedness',
    themes: ['Social connection and loneliness'],
    synonyms: ['lonely', 'loneliness'],
    text: ['Helping people make friends.'],
  }),
  record({ kind: 'action', title: 'Tackle loneliness in later life', places: ['Camden'] }),
]);

describe('the did-you-mean vocabulary', () => {
  it('splits text into lower-case words, dropping short ones and accents', () => {
    expect(words('Café for Children’s-centre users, aged 0-5', 3)).toEqual([
      'cafe',
      'for',
      'children',
      'centre',
      'users',
      'aged',
    ]);
  });

  it('suggests words of four letters or more from titles, places and theme words, most used first', () => {
    expect(vocabulary.suggest.slice(0, 2)).toEqual(['loneliness', 'camden']);
    expect(vocabulary.suggest).toContain('jabs');
    expect(vocabulary.suggest).not.toContain('in');
  });

  it('knows the other words of the text without ever suggesting them', () => {
    expect(vocabulary.known).toEqual(['friends', 'helping', 'make', 'people']);
    expect(didYouMean('friends', vocabulary)).toBeUndefined();
    expect(didYouMean('frienda', vocabulary)).toBeUndefined();
  });

  it('corrects common misspellings to a word on the site', () => {
    expect(didYouMean('imunisation', vocabulary)).toBe('immunisation');
    expect(didYouMean('lonliness', vocabulary)).toBe('loneliness');
    expect(didYouMean('Camdem', vocabulary)).toBe('camden');
  });

  it('corrects only the misspelt words of a longer query', () => {
    expect(didYouMean('childhood imunisations', vocabulary)).toBe('childhood immunisations');
  });

  it('leaves known words, short words and far-off words alone', () => {
    expect(didYouMean('lonely', vocabulary)).toBeUndefined();
    expect(didYouMean('gp', vocabulary)).toBeUndefined();
    expect(didYouMean('make-friends', vocabulary)).toBeUndefined();
    expect(correction('xylophone', vocabulary)).toBeUndefined();
  });

  it('is looked up only when a longer query word is not highlighted in the results', () => {
    expect(worthSuggesting('teeth', ['Supervised tooth brushing <mark>(Teeth</mark> for Life)'])).toBe(false);
    expect(worthSuggesting('immunisation', ['Childhood <mark>immunisations</mark>'])).toBe(false);
    expect(worthSuggesting('imunisation', ['<mark>I</mark> will see improvement'])).toBe(true);
    expect(worthSuggesting('lonliness', [])).toBe(true);
    expect(worthSuggesting('gp', [])).toBe(false);
  });

  it('is not looked up when the results were found by words they do not show (a theme’s residents’ words)', () => {
    expect(worthSuggesting('fags', ['Helping people stop smoking', 'Healthy lives for everyone'])).toBe(false);
  });
});
