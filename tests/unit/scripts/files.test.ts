import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dirBytes, listFiles } from '../../../scripts/lib/files.ts';
import { tempFolder } from '../../helpers/temp.ts';

describe('walking a built site', () => {
  const root = tempFolder('files');
  mkdirSync(join(root, 'strategies/x'), { recursive: true });
  writeFileSync(join(root, 'index.html'), 'abc');
  writeFileSync(join(root, 'strategies/x/index.html'), 'abcdef');

  it('lists every file below the folder, relative to it with "/" separators', () => {
    expect(listFiles(root).sort()).toEqual(['index.html', 'strategies/x/index.html']);
  });

  it('adds up their bytes, and counts a missing folder as empty', () => {
    expect(dirBytes(root)).toBe(9);
    expect(dirBytes(join(root, 'missing'))).toBe(0);
  });
});
