// npm run check -- FILE...: a comms officer sees their own file's problems, errors first, and one line about the rest.
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtureSite, editFile, FIXTURE_STRATEGY, lineContaining } from '../../helpers/fixture-site.ts';
import { PROJECT_ROOT } from '../../helpers/content.ts';

const PLACE = 'content/places/exampleton.yaml';
let root = '';
const check = (...args: string[]) =>
  spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/check.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', INIT_CWD: root },
  });

beforeAll(() => {
  root = copyFixtureSite();
  cpSync(join(PROJECT_ROOT, 'content/plain-english.yaml'), join(root, 'content/plain-english.yaml'));
  // Two warnings in the body (near the end of the file) and one error in a priority (near the top).
  editFile(root, FIXTURE_STRATEGY, 'It is written in', 'Going forward we will deliver it. It is written in');
  editFile(root, FIXTURE_STRATEGY, 'themes: [social-connection]', 'themes: [lonelyness]');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run check -- FILE', () => {
  it("shows the chosen file's error before its warnings, though the warnings' lines come later", () => {
    const run = check(FIXTURE_STRATEGY);
    const lines = run.stdout.split('\n').filter((l) => l.startsWith('content/'));
    expect(lines[0]).toBe(
      `${FIXTURE_STRATEGY}:${lineContaining(root, FIXTURE_STRATEGY, 'lonelyness')} priorities[1].themes[0]: "lonelyness" is not a theme. Did you mean "social-connection"?`,
    );
    expect(lines.slice(1).every((l) => l.includes(': warning: '))).toBe(true);
    expect(lines.length).toBeGreaterThan(2);
    expect(run.status).toBe(1);
  });

  it("shows none of another file's problems, counts them in one line, and still fails on them", () => {
    const run = check(PLACE);
    expect(run.stdout).not.toContain(FIXTURE_STRATEGY);
    expect(run.stdout).toMatch(/^Content OK: 1 file of \d+ checked, 0 warnings, in \d+ ms\.$/m);
    expect(run.stdout).toMatch(
      /^1 error and \d+ warnings in other files \(the build stops on errors anywhere\): npm run check -- --all$/m,
    );
    expect(run.status).toBe(1);
  });

  it('with --all, or no file, shows every problem, errors first', () => {
    for (const run of [check(), check(PLACE, '--all')]) {
      const lines = run.stdout.split('\n').filter((l) => l.startsWith('content/'));
      expect(lines[0]).toContain('"lonelyness" is not a theme');
      expect(lines.length).toBeGreaterThan(2);
      expect(run.stdout).not.toContain('in other files');
    }
  });

  it('refuses a file name that names nothing, saying which file was meant, and checks nothing', () => {
    const run = check('exampleton-2024-28.mdx');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `npm run check -- exampleton-2024-28.mdx: there is no file "exampleton-2024-28.mdx". Did you mean ${FIXTURE_STRATEGY}?`,
    );
    expect(run.stdout).toBe('');
  });
});
