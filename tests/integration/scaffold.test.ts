// `npm run new` writes a starting file that the check refuses until every placeholder is filled in,
// and accepts as soon as it is.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/check/run.ts';
import { copyProjectWithFixtureContent } from '../helpers/site-copy.ts';
import { fillPlaceholders, runNew } from '../helpers/scaffold.ts';


describe('npm run new', () => {
  const root = copyProjectWithFixtureContent();
  const themeId = readdirSync(join(root, 'content/themes'))[0]!.replace(/\.yaml$/, '');

  it.each([
    ['place', ['place', '--id', 'newtown'], 'content/places/newtown.yaml'],
    ['strategy', ['strategy', '--place', 'exampleton', '--id', 'exampleton-2030'], 'content/strategies/exampleton-2030.mdx'],
    ['update', ['update', '--strategy', 'exampleton-2024-28', '--id', 'exampleton-board-2026'], 'content/updates/exampleton-board-2026.md'],
  ])('writes a %s that the check refuses until the placeholders are filled in, then accepts', (_kind, args, file) => {
    const made = runNew(root, ...args);
    expect(made.status, made.stderr + made.stdout).toBe(0);
    const refused = checkContent(root).errors.filter((p) => p.file === file);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((p) => /still says "FILL IN"\. Replace it with the real value \(.+\)\./.test(p.message))).toBe(true);
    expect(refused.map((p) => p.field)).toEqual(expect.arrayContaining(args[0] === 'place' ? ['name', 'council', 'kind'] : ['title', 'summary']));

    const scaffolded = readFileSync(join(root, file), 'utf8');
    writeFileSync(join(root, file), fillPlaceholders(scaffolded, themeId));
    const result = checkContent(root);
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.content[file.split('/')[1] as 'places'].some((e) => e.file === file)).toBe(true);
  });

  it('a new strategy lists its place, and a new update its strategy and places', () => {
    expect(readFileSync(join(root, 'content/strategies/exampleton-2030.mdx'), 'utf8')).toContain('places: ["exampleton"]');
    const update = readFileSync(join(root, 'content/updates/exampleton-board-2026.md'), 'utf8');
    expect(update).toContain('strategy: "exampleton-2024-28"');
    expect(update).toContain('places: ["exampleton"]');
  });

  it('refuses to overwrite a file, and names a missing place', () => {
    expect(runNew(root, 'place', '--id', 'exampleton').stderr).toMatch(/content\/places\/exampleton\.yaml already exists/);
    const missing = runNew(root, 'strategy', '--place', 'nowhere');
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/There is no place "nowhere" in content\/places\. Add it first: npm run new -- place --id nowhere/);
  });
});
