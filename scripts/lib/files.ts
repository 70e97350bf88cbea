// Walking a built site (or any folder): every file below it, and their total size. Shared by the benches,
// the pre-publish gate and the tests that read dist/.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file below `dir`, as a path relative to it with "/" separators (e.g. "strategies/x/index.html"). */
export function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, base) : [relative(base, path).split('\\').join('/')];
  });
}

/** The bytes on disk of every file below `dir`; 0 when it does not exist. */
export function dirBytes(dir: string): number {
  return existsSync(dir) ? listFiles(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0) : 0;
}
