// CONTRIBUTING.md, "Add a new place and its strategy", followed end to end in a copy of the project:
// scaffold, fill in, check, build; the place then appears on the home page, its theme page and the
// compare grid, with a "what has changed" page, a feed, and a redirect from its old address.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProjectWithFixtureContent } from '../helpers/site-copy.ts';
import { fillPlaceholders, runNew } from '../helpers/scaffold.ts';
import { checkContent } from '../../src/lib/check/run.ts';
import { buildSite } from '../../src/lib/model.ts';
import { recordFilters, searchRecords } from '../../src/lib/search/records.ts';

const root = copyProjectWithFixtureContent();
const read = (path: string) => readFileSync(join(root, 'dist', path), 'utf8');
let build: ReturnType<typeof buildCopy>;
let check: ReturnType<typeof spawnSync>;

beforeAll(() => {
  for (const [args, file, texts] of [
    [['place', '--id', 'newtown'], 'content/places/newtown.yaml', { name: 'Newtown' }],
    [
      ['strategy', '--place', 'newtown', '--id', 'newtown-2026-30'],
      'content/strategies/newtown-2026-30.mdx',
      { title: 'Newtown Health and Wellbeing Strategy 2026-30' },
    ],
  ] as const) {
    const made = runNew(root, ...args);
    if (made.status !== 0) throw new Error(made.stderr);
    let filled = fillPlaceholders(readFileSync(join(root, file), 'utf8'), 'social-connection', texts);
    // The place used to be at /places/new-town/: CONTRIBUTING.md, "When a slug changes".
    if (file.includes('places')) filled += 'oldSlugs: [new-town]\n';
    writeFileSync(join(root, file), filled);
  }
  check = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: root, encoding: 'utf8' });
  build = buildCopy(root);
}, 300_000);

describe('a new place, added by following CONTRIBUTING.md', () => {
  it('passes npm run check and builds', () => {
    expect(check.status, String(check.stdout)).toBe(0);
    expect(build.status, build.stderr + build.stdout).toBe(0);
  });

  it('is in the search records, filterable by its place and theme', () => {
    // The copied build skips Pagefind (PAGEFIND_SKIP=1); the index is made from exactly these records.
    const records = searchRecords(buildSite(checkContent(root).content));
    const newtown = records.filter((r) => recordFilters(r).place.includes('Newtown'));
    expect(newtown.length).toBeGreaterThan(0);
    expect(newtown.some((r) => r.url.startsWith('/strategies/newtown-2026-30/'))).toBe(true);
  });

  it('appears on the home page, linking to its page', () => {
    expect(read('index.html')).toContain('href="/places/newtown/"');
    expect(read('places/newtown/index.html')).toContain('Newtown');
  });

  it('appears on the page of the theme its priority is tagged with', () => {
    expect(read('themes/social-connection/index.html')).toMatch(/Newtown/);
    expect(read('themes/social-connection/index.html')).toContain('/strategies/newtown-2026-30/first-priority/');
  });

  it('appears in the compare grid', () => {
    const compare = read('compare/index.html');
    expect(compare).toContain('Newtown');
    expect(compare).toContain('/strategies/newtown-2026-30/first-priority/');
  });

  it('has a "what has changed" page and an Atom feed', () => {
    expect(read('places/newtown/changes/index.html')).toContain('What has changed for Newtown');
    const feed = read('feeds/changes/newtown.xml');
    expect(feed).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"[ >]/);
    expect(feed).toContain('<title>Newtown: place details checked</title>');
  });

  it('keeps its old address working with a redirect page and a _redirects line', () => {
    expect(read('places/new-town/index.html')).toContain(
      '<meta http-equiv="refresh" content="0; url=/places/newtown/">',
    );
    expect(read('_redirects')).toContain('/places/new-town/ /places/newtown/ 301');
    expect(existsSync(join(root, 'dist/sitemap.xml')) && read('sitemap.xml').includes('/places/new-town/')).toBe(false);
  });
});
