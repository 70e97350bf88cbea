// Make a throwaway copy of the project whose content/ is the fixture site, to build it in a test.
import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { FIXTURE_SITE, PROJECT_ROOT } from './content.ts';

export function copyProjectWithFixtureContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'hws-build-'));
  for (const item of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(PROJECT_ROOT, item))) cpSync(join(PROJECT_ROOT, item), join(root, item), { recursive: true });
  }
  cpSync(join(FIXTURE_SITE, 'content'), join(root, 'content'), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
  return root;
}

/** Run `npm run build` in a copied project. */
export function buildCopy(root: string) {
  return spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PAGEFIND_SKIP: '1' },
    timeout: 240_000,
  });
}
