// The build runs the same content check as `npm run check`: bad content stops it
// with the file, line and field, and leaves no dist/ behind.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCopy, copyProjectWithFixtureContent } from '../helpers/site-copy.ts';
import { editFile, FIXTURE_STRATEGY } from '../helpers/fixture-site.ts';

describe('npm run build', () => {
  it('builds good content into pages', () => {
    const root = copyProjectWithFixtureContent();
    const result = buildCopy(root);
    expect(result.status, result.stderr + result.stdout).toBe(0);
    const page = readFileSync(join(root, 'dist/strategies/exampleton-2024-28/index.html'), 'utf8');
    expect(page).toContain('Community connectedness and friendships');
  });

  it('refuses bad content with the file, line and field, and leaves no dist/', () => {
    const root = copyProjectWithFixtureContent();
    editFile(root, FIXTURE_STRATEGY, 'themes: [social-connection]', 'themes: [lonelyness]');
    editFile(root, FIXTURE_STRATEGY, 'It is written in', '<script>alert(1)</script> It is written in');
    const result = buildCopy(root);
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toMatch(/content\/strategies\/exampleton-2024-28\.mdx:\d+ priorities\[1\]\.themes\[0\]: "lonelyness" is not a theme/);
    expect(output).toMatch(/content\/strategies\/exampleton-2024-28\.mdx:\d+ body: <script> is not allowed/);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });
});
