// Link the first use of each glossary abbreviation in a text to its glossary entry,
// so readers can find out what "ICS" or "JSNA" means where they meet it.
import type { Entry } from '../schemas/rules.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { escapeRegExp } from './escape.ts';

export interface GlossaryMatcher {
  abbreviation: string;
  term: string;
  id: string;
}

export type Segment = { text: string } | { text: string; term: GlossaryMatcher };

/** Abbreviations to look for, longest first so "NCL ICS" wins over "ICS". */
export function glossaryMatchers(glossary: Entry<GlossaryTerm>[]): GlossaryMatcher[] {
  return glossary
    .filter((g) => g.data.abbreviation)
    .map((g) => ({ abbreviation: g.data.abbreviation!, term: g.data.term, id: g.id }))
    .sort((a, b) => b.abbreviation.length - a.abbreviation.length);
}

/**
 * Split `text` so that the first use of each abbreviation not yet in `used` becomes its own segment.
 * `used` is updated, so one document links each abbreviation once.
 */
export function splitFirstUses(text: string, matchers: GlossaryMatcher[], used: Set<string>): Segment[] {
  const pending = matchers.filter((m) => !used.has(m.id));
  if (pending.length === 0) return [{ text }];
  const pattern = new RegExp(
    `(?<![\\w-])(${pending.map((m) => escapeRegExp(m.abbreviation)).join('|')})(?![\\w-])`,
    'g',
  );
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const matcher = pending.find((m) => m.abbreviation === match[1] && !used.has(m.id));
    if (!matcher) continue;
    used.add(matcher.id);
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ text: match[1]!, term: matcher });
    last = match.index + match[1]!.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
