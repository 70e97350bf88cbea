// Build the site once for all browser tests (unless SITE_DIST points at a build already made).
import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from '../helpers/content.ts';

export default function setup() {
  if (process.env.SITE_DIST) return;
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('npm run build failed; browser tests need a built site');
}
