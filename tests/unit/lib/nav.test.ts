import { describe, expect, it } from 'vitest';
import { navItems, sectionOf } from '../../../src/lib/nav.ts';

describe('the service navigation marks where the reader is', () => {
  it('lists the six ways in, in order', () => {
    expect(navItems('/about/').map((i) => i.label)).toEqual([
      'Places',
      'Themes',
      'Commitments',
      'Measures',
      'Neighbourhoods',
      'Search',
    ]);
  });

  it('marks a section’s own page as the page, and pages inside it as in the section', () => {
    const current = (path: string) =>
      navItems(path)
        .filter((i) => i.current)
        .map((i) => [i.section, i.current]);
    expect(current('/commitments/')).toEqual([['commitments', 'page']]);
    expect(current('/commitments/camden/')).toEqual([['commitments', 'true']]);
    expect(current('/commitments/regions/london/2/')).toEqual([['commitments', 'true']]);
    expect(current('/strategies/camden-2022-30/start-well/')).toEqual([['places', 'true']]);
    expect(current('/')).toEqual([['places', 'page']]);
    expect(current('/areas')).toEqual([['areas', 'page']]);
  });

  it('marks nothing on pages outside every section, and is not fooled by look-alike addresses', () => {
    expect(navItems('/glossary/').some((i) => i.current)).toBe(false);
    expect(sectionOf('/measuresx/')).toBeUndefined();
    expect(sectionOf('/compare/')).toBe('themes');
  });
});
