// The A to Z of themes, priorities and the words residents use for them: a reading page that
// helps without JavaScript, and the fallback when search cannot load.
import type { Site, StrategyView } from './model.ts';
import { themeUrl } from './urls.ts';

export interface AzLink {
  label: string;
  href: string;
}

export interface AzEntry {
  label: string;
  /** A theme, a priority, or a resident's word that points at themes ("see ..."). */
  kind: 'theme' | 'priority' | 'word';
  href?: string;
  /** Where a priority comes from: place and strategy. */
  note?: string;
  /** For a word: the themes it leads to. */
  see: AzLink[];
}

export interface AzSection {
  letter: string;
  /** Fragment id for the letter's section. */
  id: string;
  entries: AzEntry[];
}

const firstUpper = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The heading letter an entry sorts under: A-Z, or "0–9" for anything else. */
export function azLetter(label: string): string {
  const first = label.normalize('NFKD').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '0–9';
}

/** The fragment id of a letter's section: "letter-c", or "letter-digits" for "0–9". */
export const letterId = (letter: string) => `letter-${letter === '0–9' ? 'digits' : letter.toLowerCase()}`;

/**
 * Items grouped under the letter their label sorts under (azLetter), keeping the items' own order within a
 * letter, and the letters in alphabetical order with "0–9" first. Every A to Z list on the site uses this.
 */
export function byLetter<T>(items: readonly T[], labelOf: (item: T) => string): { letter: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const letter = azLetter(labelOf(item));
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === '0–9' ? -1 : b === '0–9' ? 1 : a.localeCompare(b)))
    .map(([letter, grouped]) => ({ letter, items: grouped }));
}

export interface AzOptions {
  /** Themes and residents' words for them (the same on every page). Default: true. */
  themes?: boolean;
  /** The strategies whose priorities are listed. Default: every strategy. */
  strategies?: StrategyView[];
}

/**
 * Every theme, every priority and every theme synonym, grouped by first letter. With many places the
 * A to Z is split (src/lib/split.ts): themes and words on the first page, priorities by region.
 */
export function azSections(site: Site, { themes = true, strategies = site.strategies }: AzOptions = {}): AzSection[] {
  const entries: AzEntry[] = [];
  const themeTitles = new Set(site.themes.map((t) => t.data.title.toLowerCase()));
  const words = new Map<string, AzEntry>();
  for (const t of themes ? site.themes : []) {
    entries.push({ label: t.data.title, kind: 'theme', href: themeUrl(t.id), see: [] });
    for (const synonym of t.data.synonyms) {
      const key = synonym.toLowerCase();
      if (themeTitles.has(key)) continue;
      let word = words.get(key);
      if (!word) {
        word = { label: firstUpper(synonym), kind: 'word', see: [] };
        words.set(key, word);
        entries.push(word);
      }
      if (!word.see.some((l) => l.href === themeUrl(t.id)))
        word.see.push({ label: t.data.title, href: themeUrl(t.id) });
    }
  }
  for (const s of strategies) {
    for (const p of s.priorities) {
      entries.push({
        label: p.priority.title,
        kind: 'priority',
        href: p.url,
        note: `${s.places.map((pl) => pl.data.name).join(', ')}, ${s.data.shortTitle ?? s.data.title}`,
        see: [],
      });
    }
  }
  entries.sort(
    (a, b) =>
      a.label.localeCompare(b.label, 'en-GB', { sensitivity: 'base' }) || (a.note ?? '').localeCompare(b.note ?? ''),
  );
  return byLetter(entries, (e) => e.label).map(({ letter, items }) => ({
    letter,
    id: letterId(letter),
    entries: items,
  }));
}
