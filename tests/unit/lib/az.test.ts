import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/run.ts';
import { buildSite } from '../../../src/lib/model.ts';
import { azLetter, azSections } from '../../../src/lib/az.ts';
import { FIXTURE_SITE } from '../../helpers/content.ts';

const sections = azSections(buildSite(checkContent(FIXTURE_SITE).content));
const entry = (label: string) => sections.flatMap((s) => s.entries).find((e) => e.label === label);

describe('the A to Z', () => {
  it('groups entries under their first letter, in order, digits first', () => {
    expect(azLetter('0-19 services')).toBe('0–9');
    expect(azLetter('élan')).toBe('E');
    const letters = sections.map((s) => s.letter);
    expect(letters).toEqual([...letters].sort((a, b) => (a === '0–9' ? -1 : b === '0–9' ? 1 : a.localeCompare(b))));
    expect(sections.find((s) => s.letter === 'C')?.id).toBe('letter-c');
  });

  it('lists each priority with its place and strategy', () => {
    expect(entry('Community connectedness and friendships')).toMatchObject({
      kind: 'priority',
      href: '/strategies/exampleton-2024-28/friendships/',
      note: 'Exampleton, Exampleton 2024-28',
    });
  });

  it('lists residents’ words that lead to a theme', () => {
    expect(entry('Lonely')).toMatchObject({
      kind: 'word',
      see: [{ label: 'Social connection and loneliness', href: '/themes/social-connection/' }],
    });
    expect(entry('Jabs')?.see.map((l) => l.href)).toEqual(['/themes/immunisation/']);
  });

  it('lists every theme, and does not repeat a theme’s own name as a word', () => {
    expect(entry('Good work and employment')).toMatchObject({ kind: 'theme', href: '/themes/good-work/' });
    expect(sections.flatMap((s) => s.entries).filter((e) => e.label.toLowerCase() === 'good work')).toHaveLength(1);
  });
});
