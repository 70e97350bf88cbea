import { describe, expect, it } from 'vitest';
import { glossaryMatchers, splitFirstUses } from '../../../src/lib/glossary-links.ts';
import { glossaryTerm } from '../../../src/schemas/glossary.ts';

const entry = (id: string, term: string, abbreviation?: string) => ({
  id,
  file: `${id}.yaml`,
  data: glossaryTerm.parse({ term, abbreviation, definition: 'x' }),
});
const matchers = glossaryMatchers([
  entry('ics', 'Integrated care system', 'ICS'),
  entry('ncl-ics', 'North Central London Integrated Care System', 'NCL ICS'),
  entry('place', 'Place'),
]);

describe('glossary abbreviations are linked on first use', () => {
  it('links only the first use of each abbreviation in a document', () => {
    const used = new Set<string>();
    const first = splitFirstUses('The ICS and the ICS again.', matchers, used);
    expect(first).toEqual([
      { text: 'The ' },
      { text: 'ICS', term: matchers.find((m) => m.id === 'ics') },
      { text: ' and the ICS again.' },
    ]);
    expect(splitFirstUses('Later the ICS.', matchers, used)).toEqual([{ text: 'Later the ICS.' }]);
  });

  it('prefers the longer abbreviation and ignores parts of words', () => {
    const segments = splitFirstUses('Part of NCL ICS, not PICS.', matchers, new Set());
    expect(segments.filter((s) => 'term' in s).map((s) => s.text)).toEqual(['NCL ICS']);
  });

  it('ignores terms without an abbreviation', () => {
    expect(matchers.map((m) => m.id)).toEqual(['ncl-ics', 'ics']);
  });
});
