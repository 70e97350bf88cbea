import { describe, expect, it } from 'vitest';
import { sourcesFolder } from '../../../scripts/lib/source-option.ts';

describe('the --sources option of npm run check', () => {
  it('reads the folder given as --sources DIR or --sources=DIR', () => {
    expect(sourcesFolder(['--sources', '../shared/seeds'])).toBe('../shared/seeds');
    expect(sourcesFolder(['--format', 'github', '--sources=../seeds'])).toBe('../seeds');
  });

  it('is off without the flag, and never silently off when the flag has no folder', () => {
    expect(sourcesFolder(['--format', 'github'])).toBeUndefined();
    expect(sourcesFolder(['--sources'])).toBe('');
    expect(sourcesFolder(['--sources', '--format', 'github'])).toBe('');
  });
});
