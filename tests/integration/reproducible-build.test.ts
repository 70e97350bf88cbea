// Two clean builds of the same commit, in two different folders, give byte-identical dist/ folders
// (search index included when the build makes one), so a deploy only changes what really changed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCopy, copyProjectWithRealContent } from '../helpers/site-copy.ts';
import { listFiles } from '../../scripts/lib/files.ts';

/** Files allowed to differ between two builds, with the reason. Empty: every file is reproducible. */
const KNOWN_DIFFERENCES: Record<string, string> = {};

function hashes(dist: string): Map<string, string> {
  return new Map(
    listFiles(dist).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dist, f)))
        .digest('hex'),
    ]),
  );
}

function cleanBuild(): Map<string, string> {
  const root = copyProjectWithRealContent();
  const result = buildCopy(root, { search: true });
  if (result.status !== 0) throw new Error(`build failed in ${root}:\n${result.stdout}\n${result.stderr}`);
  return hashes(join(root, 'dist'));
}

describe('two clean builds of the same commit', () => {
  it('write the same files with the same bytes', () => {
    const first = cleanBuild();
    const second = cleanBuild();
    expect(first.size).toBeGreaterThan(50);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first]
      .filter(([file, hash]) => second.get(file) !== hash)
      .map(([file]) => file)
      .sort();
    expect(differing).toEqual(Object.keys(KNOWN_DIFFERENCES).sort());
  });
});
