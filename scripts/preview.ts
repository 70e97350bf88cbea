// npm run preview [-- --port 4401] [-- --host 0.0.0.0]: serve the built site in dist/ with `astro preview`.
// Refuses, saying why, when dist/ holds no site (a failed build removes it and writes nothing).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NO_SITE, previewArgs } from './lib/preview-args.ts';

const parsed = previewArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(1);
}
if (!existsSync(join(process.cwd(), 'dist/index.html'))) {
  console.error(NO_SITE);
  process.exit(1);
}
// The astro command's script, found the way npm's node_modules/.bin link finds it.
const astro = join(dirname(fileURLToPath(import.meta.resolve('astro/package.json'))), 'bin/astro.mjs');
const child = spawn(process.execPath, [astro, ...parsed.astroArgs], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
// Ctrl+C reaches the child through the terminal; end with its exit code.
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
