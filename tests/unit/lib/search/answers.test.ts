import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../../src/lib/model.ts';
import { findLetters } from '../../../../src/lib/search/find.ts';
import {
  answerPages,
  MAX_PRIORITIES,
  rawQueryParam,
  routedSlug,
  wordSlug,
} from '../../../../src/lib/search/answers.ts';
import { realContent } from '../../../helpers/content.ts';

const site = buildSite(realContent().content);
const words = findLetters(site).flatMap((l) => l.words);
const pages = answerPages(site, words);
const page = (slug: string) => pages.find((p) => p.slug === slug);

describe('the slug of a word the site knows', () => {
  it('is its letters and digits in lower case, words joined by "-", accents and punctuation dropped', () => {
    expect(wordSlug('Lonely')).toBe('lonely');
    expect(wordSlug('A&E')).toBe('a-e');
    expect(wordSlug('Citizens’ Assembly')).toBe('citizens-assembly');
    expect(wordSlug('Café  culture')).toBe('cafe-culture');
    expect(wordSlug('0-19 services')).toBe('0-19-services');
  });

  it('is undefined for a word with no letters, too many words or too long a word', () => {
    expect(wordSlug('&')).toBeUndefined();
    expect(wordSlug('a b c d e f g')).toBeUndefined();
    expect(wordSlug('x'.repeat(31))).toBeUndefined();
  });
});

describe('the slug a server looks up for ?q=', () => {
  it.each([
    ['lonely', 'lonely'],
    ['Lonely', 'lonely'],
    ['+lonely+', 'lonely'],
    ['social+isolation', 'social-isolation'],
    ['social%20isolation', 'social-isolation'],
    ['Social-isolation', 'social-isolation'],
    ['a%26e', 'a-e'],
    ['citizens%E2%80%99+assembly', 'citizens-assembly'],
    ['children%27s+health', 'children-s-health'],
    ['a+b+c+d+e+f', 'a-b-c-d-e-f'],
  ])('takes %s as %s', (raw, slug) => {
    expect(routedSlug(raw)).toBe(slug);
  });

  it.each([
    'LONELY',
    'lonelY',
    'A%26E',
    '',
    '+',
    '-',
    '../secret',
    '..%2Fsecret',
    '%2E%2E',
    'lonely%00',
    'lonely%0D%0ASet-Cookie:%20x',
    'lonely/x',
    'lonely.html',
    'https://evil.example/',
    '%6Conely',
    'a+b+c+d+e+f+g',
    'x'.repeat(31),
    'caf%C3%A9',
  ])('refuses %s (not plainly a word)', (raw) => {
    expect(routedSlug(raw)).toBeUndefined();
  });

  it('gives every word the word finder lists whose slug a resident can type, in lower case, its own page', () => {
    for (const w of words) {
      const slug = wordSlug(w.word);
      if (!slug) continue;
      const typed = encodeURIComponent(w.word.toLowerCase()).replace(/%20/g, '+');
      const routed = routedSlug(typed);
      if (routed) expect([w.word, routed]).toEqual([w.word, slug]);
    }
    expect(routedSlug('lonely')).toBe(page('lonely')!.slug);
  });

  it('reads the first q= of the query string as sent, the name in any case, as nginx’s $arg_q does', () => {
    expect(rawQueryParam('?q=a+b&q=c')).toBe('a+b');
    expect(rawQueryParam('?place=Camden&Q=lonely')).toBe('lonely');
    expect(rawQueryParam('?q&q=lonely')).toBe('lonely');
    expect(rawQueryParam('?qq=x&aq=y')).toBeUndefined();
    expect(rawQueryParam('')).toBeUndefined();
  });
});

describe('answer pages', () => {
  it('answer "lonely" with the social connection priorities, each place’s, counted as listed', () => {
    const lonely = page('lonely')!;
    expect(lonely.word).toBe('Lonely');
    const [theme] = lonely.parts;
    expect(theme!.link.href).toBe('/themes/social-connection/');
    const expected = site.prioritiesForTheme('social-connection').map((p) => p.url);
    expect(theme!.priorities!.map((p) => p.url).sort()).toEqual([...new Set(expected)].sort().slice(0, MAX_PRIORITIES));
    expect(theme!.totalPriorities).toBe(new Set(expected).size);
    expect(theme!.places).toBe(new Set(theme!.priorities!.map((p) => p.place)).size);
    expect(theme!.priorities!.map((p) => p.place)).toContain('Camden');
  });

  it('answer a glossary term with its definition, a place with its strategies, a neighbourhood with its summary', () => {
    const gp = page('family-doctor')!.parts.find((p) => p.link.href === '/glossary/#term-general-practitioner')!;
    expect(gp.text).toBe(site.glossary.find((g) => g.id === 'general-practitioner')!.data.definition);
    const camden = page('camden')!.parts.find((p) => p.link.href === '/places/camden/')!;
    expect(camden.strategies!.map((s) => s.url)).toEqual(site.strategiesForPlace('camden').map((s) => s.url));
    const east = page('southend-east')!.parts[0]!;
    expect(east.text).toBe(site.areas.find((a) => a.id === 'southend-east')!.data.summary);
  });

  it('are one per slug, joining words that share one ("A&E" and "A and E" would)', () => {
    expect(new Set(pages.map((p) => p.slug)).size).toBe(pages.length);
    expect(pages.every((p) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(p.slug))).toBe(true);
  });
});
