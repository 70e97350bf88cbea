// The build runs the same content check as `npm run check`: bad content stops it with the same
// `file:line field: message` lines and no stack trace, and leaves no dist/ behind; a clean build prints
// no warning a comms officer would have to wonder about.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCopy, copyProjectWithFixtureContent, copyProjectWithRealContent } from '../helpers/site-copy.ts';
import { editFile, FIXTURE_STRATEGY } from '../helpers/fixture-site.ts';

describe('npm run build', () => {
  it('prints no warning for the real content, whose MDX files used to print MODULE_LEVEL_DIRECTIVE code frames', () => {
    const root = copyProjectWithRealContent();
    try {
      const result = buildCopy(root);
      expect(result.status, result.stderr + result.stdout).toBe(0);
      const output = result.stdout + result.stderr;
      expect(output.split('\n').filter((l) => /\bWARN\b|MODULE_LEVEL_DIRECTIVE|╭─/.test(l))).toEqual([]);
      // The check's own plain-English warnings are counted in one line, not listed.
      expect(output).toMatch(/content check passed \(\d+ files; \d+ warnings, listed by npm run check\)/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

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
    expect(output).toMatch(
      /content\/strategies\/exampleton-2024-28\.mdx:\d+ priorities\[1\]\.themes\[0\]: "lonelyness" is not a theme/,
    );
    expect(output).toMatch(/content\/strategies\/exampleton-2024-28\.mdx:\d+ body: <script> is not allowed/);
    expect(existsSync(join(root, 'dist'))).toBe(false);
    // A content problem, not a crash: no stack trace, no "unhandled error" banner.
    expect(output).not.toMatch(/^\s+at .+[(:]\d+/m);
    expect(output).not.toMatch(/unhandled error|Error:|hook/i);
    expect(output).toMatch(/The content check found 2 errors, so nothing was built:/);
  });

  it('never runs code from content: an export that would write a file is refused before any module is evaluated', () => {
    const root = copyProjectWithFixtureContent();
    const marker = join(root, 'pwned.txt');
    // The mid-line "---" trick that once hid this body from the check.
    editFile(
      root,
      FIXTURE_STRATEGY,
      /\n---\n/,
      `\nnote: |\n  Looks harmless ---\n    \`\`\`\n---\nexport const x = process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')\n`,
    );
    const result = buildCopy(root);
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(
      /content\/strategies\/exampleton-2024-28\.mdx:\d+ body: "import" and "export" lines are not allowed/,
    );
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });
});
