// Finding a word without JavaScript. A static host serves the same page whatever the query string
// says, so a search form cannot reach a page about the word typed. Instead the no-JS search sends
// the reader to a short page per first letter (/find/<letter>/) listing every word the site knows
// (theme names and residents' words, glossary terms, their abbreviations and everyday names, place
// and neighbourhood names), each linking straight to the page that answers it.
import type { Site } from '../model.ts';
import { byLetter } from '../az.ts';
import { anchors, areaUrl, glossaryUrl, placeUrl, themeUrl, withAnchor } from '../urls.ts';
import { FIND } from '../../i18n/en.ts';

export interface FindLink {
  label: string;
  href: string;
  /** What the page is: "theme: every place's priorities", "glossary", "place"... */
  kind: string;
}

export interface FindWord {
  word: string;
  links: FindLink[];
}

export interface FindLetter {
  letter: string;
  /** The letter's address part: a-z, or "0-9". */
  slug: string;
  words: FindWord[];
}

const firstUpper = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The address part for a letter from azLetter. */
export const letterSlug = (letter: string) => (letter === '0–9' ? '0-9' : letter.toLowerCase());

/** Every word the site knows, by first letter, each with the pages that answer it. */
export function findLetters(site: Site): FindLetter[] {
  const words = new Map<string, FindWord>();
  const add = (word: string, link: FindLink) => {
    const key = word.trim().toLowerCase();
    if (!key) return;
    let entry = words.get(key);
    if (!entry) {
      entry = { word: firstUpper(word.trim()), links: [] };
      words.set(key, entry);
    }
    if (!entry.links.some((l) => l.href === link.href)) entry.links.push(link);
  };
  for (const t of site.themes) {
    const link = { label: t.data.title, href: themeUrl(t.id), kind: FIND.theme };
    for (const w of [t.data.title, ...t.data.synonyms]) add(w, link);
  }
  for (const g of site.glossary) {
    const link = { label: g.data.term, href: withAnchor(glossaryUrl(), anchors.glossary(g.id)), kind: FIND.glossary };
    for (const w of [g.data.term, g.data.abbreviation, ...g.data.aliases]) if (w) add(w, link);
  }
  for (const p of site.places) add(p.data.name, { label: p.data.name, href: placeUrl(p.id), kind: FIND.place });
  for (const a of site.areas) {
    const link = { label: a.data.name, href: areaUrl(a.id), kind: FIND.area };
    for (const w of [a.data.name, ...a.data.includes]) add(w, link);
  }
  const sorted = [...words.values()].sort((a, b) => a.word.localeCompare(b.word, 'en-GB', { sensitivity: 'base' }));
  return byLetter(sorted, (w) => w.word).map(({ letter, items }) => ({
    letter,
    slug: letterSlug(letter),
    words: items,
  }));
}

/** A letter's words in sections by their first two letters ("Ca", "Ce"), so a long letter gets a contents list. */
export function wordSections<W extends { word: string }>(
  words: readonly W[],
  { atMost = 30 } = {},
): { label: string; id: string; words: W[] }[] {
  if (words.length <= atMost) return [{ label: '', id: '', words: [...words] }];
  const sections = new Map<string, W[]>();
  for (const w of words) {
    const prefix =
      w.word
        .normalize('NFKD')
        .replace(/[^\p{L}\p{N}]/gu, '')
        .slice(0, 2)
        .toLowerCase() || '#';
    const label = prefix.charAt(0).toUpperCase() + prefix.slice(1);
    sections.set(label, [...(sections.get(label) ?? []), w]);
  }
  return [...sections].map(([label, list]) => ({
    label,
    id: `words-${label.toLowerCase().replace(/[^a-z0-9]/g, '') || 'other'}`,
    words: list,
  }));
}
