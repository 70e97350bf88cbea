// Places made in memory for tests of lists of places (regions, splitting, the index).
import type { Entry } from '../../src/schemas/rules.ts';
import type { Place } from '../../src/schemas/place.ts';

export function fakePlace(id: string, name: string, region: string, integratedCareSystem?: string): Entry<Place> {
  return {
    id,
    file: `content/places/${id}.yaml`,
    data: {
      name,
      council: `${name} Council`,
      kind: 'unitary-authority',
      region,
      integratedCareSystem,
      website: 'https://x.example',
      summary: 's',
      oldSlugs: [],
      lastReviewed: '2026-01-01',
    },
  };
}
