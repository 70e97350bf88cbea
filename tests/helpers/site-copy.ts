// Make a throwaway copy of the project whose content/ is the fixture site, to build it in a test.
import { cpSync, existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { FIXTURE_SITE, PROJECT_ROOT } from './content.ts';
import { tempFolder } from './temp.ts';
import { latestCommitSeconds } from '../../src/lib/security-txt.ts';

export function copyProjectWithFixtureContent(): string {
  const root = tempFolder('build');
  // scripts/ and the pending-pages list for the post-build check; not deploy/expected-pages.txt,
  // which lists the real site's pages.
  for (const item of [
    'src',
    'public',
    'scripts',
    'deploy/pending-pages.txt',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
  ]) {
    if (existsSync(join(PROJECT_ROOT, item))) cpSync(join(PROJECT_ROOT, item), join(root, item), { recursive: true });
  }
  cpSync(join(FIXTURE_SITE, 'content'), join(root, 'content'), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
  return root;
}

/** A throwaway copy of the project with its real content (and the real expected page list). */
export function copyProjectWithRealContent(): string {
  const root = tempFolder('real');
  for (const item of [
    'src',
    'public',
    'scripts',
    'deploy',
    'content',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
  ]) {
    if (existsSync(join(PROJECT_ROOT, item))) cpSync(join(PROJECT_ROOT, item), join(root, item), { recursive: true });
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
  return root;
}

/**
 * Run `npm run build` in a copied project. A copy has no git history, so the build date (security.txt's
 * expiry) comes from this project's latest commit through SOURCE_DATE_EPOCH, as it would in a checkout.
 * Pagefind is skipped unless `search` is set.
 */
export function buildCopy(root: string, { search = false } = {}) {
  const seconds = latestCommitSeconds();
  return spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(search ? {} : { PAGEFIND_SKIP: '1' }),
      ...(seconds === undefined ? {} : { SOURCE_DATE_EPOCH: String(seconds) }),
    },
    timeout: 240_000,
  });
}
