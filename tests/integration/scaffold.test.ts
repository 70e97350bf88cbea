// `npm run new` writes a starting file that the check refuses until every placeholder is filled in,
// and accepts as soon as it is.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/check/run.ts';
import { copyProjectWithFixtureContent } from '../helpers/site-copy.ts';

function runNew(root: string, ...args: string[]) {
  return spawnSync('npm', ['run', '--silent', 'new', '--', ...args], { cwd: root, encoding: 'utf8' });
}

/** What a comms officer would type for each kind of placeholder. */
export function fillPlaceholders(source: string, themeId: string): string {
  let inThemes = false;
  return source
    .split('\n')
    .map((line) => {
      if (/^\s*themes:\s*$/.test(line)) inThemes = true;
      else if (!/^\s*- /.test(line)) inThemes = false;
      if (!line.includes('FILL IN') || line.trim().startsWith('#')) return line;
      const key = /^\s*(?:- )?([A-Za-z]+):/.exec(line)?.[1];
      const hint = /FILL IN: (.*?)"?$/.exec(line)![1]!;
      let value: string;
      if (inThemes) value = themeId;
      else if (hint.startsWith('one of: ')) value = hint.slice('one of: '.length).split(', ')[0]!;
      else if (hint.startsWith('date')) value = '2026-11-01';
      else if (hint.startsWith('year')) value = '2026';
      else if (hint.startsWith('web address')) value = 'https://example.org/';
      else if (hint.startsWith('email')) value = 'board@example.org';
      else if (hint.startsWith('id')) value = 'first-priority';
      else if (hint.includes('number')) value = '1';
      else if (key) value = JSON.stringify(`Example ${key} for a test.`);
      else return 'This is an example introduction, written for a test.';
      return line.replace(/"FILL IN: .*"$/, value);
    })
    .join('\n');
}

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
