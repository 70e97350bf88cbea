import { describe, expect, it } from 'vitest';
import { placesByRegion, regionId } from '../../../src/lib/regions.ts';
import { fakePlace } from '../../helpers/places.ts';

describe('places by region', () => {
  it('makes a readable id of a region name', () => {
    expect(regionId('Yorkshire and The Humber')).toBe('yorkshire-and-the-humber');
    expect(regionId('East of England')).toBe('east-of-england');
    expect(regionId('Île & Côte')).toBe('ile-and-cote');
    expect(regionId('!!!')).toBe('region');
  });

  it('orders England’s regions as the ONS does, then Wales and Scotland, then any other region', () => {
    const places = [
      fakePlace('a', 'A', 'Scotland'),
      fakePlace('b', 'B', 'South East'),
      fakePlace('c', 'C', 'Atlantis'),
      fakePlace('d', 'D', 'London'),
      fakePlace('e', 'E', 'North East'),
      fakePlace('f', 'F', 'Wales'),
    ];
    expect(placesByRegion(places).map((r) => r.name)).toEqual([
      'North East',
      'London',
      'South East',
      'Wales',
      'Scotland',
      'Atlantis',
    ]);
  });

  it('puts regions spelt differently but with one id in one group, so an id leads to one page', () => {
    const groups = placesByRegion([fakePlace('a', 'A', 'East of England'), fakePlace('b', 'B', 'East Of England')]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.places.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('groups a region’s places by integrated care system, A to Z, with places that name none last', () => {
    const [london] = placesByRegion([
      fakePlace('z', 'Zed', 'London'),
      fakePlace('y', 'Why', 'London', 'South East London'),
      fakePlace('x', 'Ex', 'London', 'North Central London'),
      fakePlace('w', 'Double-u', 'London', 'North Central London'),
    ]);
    expect(london!.systems.map((s) => [s.name, s.places.map((p) => p.id)])).toEqual([
      ['North Central London', ['w', 'x']],
      ['South East London', ['y']],
      [undefined, ['z']],
    ]);
    expect(london!.places.map((p) => p.data.name)).toEqual(['Double-u', 'Ex', 'Why', 'Zed']);
  });
});
