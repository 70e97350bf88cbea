// Old addresses keep working: each slug in oldSlugs becomes a redirect to the current page.
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../../src/lib/check/run.ts';
import { redirectPage, redirectsFile, redirectsFromContent } from '../../../src/lib/redirects.ts';
import { copyFixtureSite, editFile, FIXTURE_STRATEGY } from '../../helpers/fixture-site.ts';

function renamedFixture() {
  const root = copyFixtureSite();
  editFile(root, 'content/places/exampleton.yaml', 'lastReviewed:', 'oldSlugs: [example-town]\nlastReviewed:');
  editFile(root, FIXTURE_STRATEGY, 'vision: Everyone', 'oldSlugs: [exampleton-2024]\nvision: Everyone');
  editFile(
    root,
    FIXTURE_STRATEGY,
    '    source: { document: strategy, page: 6 }\nmeasures:',
    '    source: { document: strategy, page: 6 }\n    oldSlugs: [friends]\nmeasures:',
  );
  return root;
}

describe('redirects from old addresses', () => {
  const result = checkContent(renamedFixture());
  const list = redirectsFromContent(result.content);

  it('accepts oldSlugs on places, strategies and priorities', () => {
    expect(result.errors.map(formatProblem)).toEqual([]);
  });

  it('sends an old place, strategy and priority address to the current page, including a priority under the old strategy slug', () => {
    expect(list).toEqual(
      expect.arrayContaining([
        { from: '/places/example-town/', to: '/places/exampleton/' },
        { from: '/strategies/exampleton-2024/', to: '/strategies/exampleton-2024-28/' },
        {
          from: '/strategies/exampleton-2024/ready-for-school/',
          to: '/strategies/exampleton-2024-28/ready-for-school/',
        },
        { from: '/strategies/exampleton-2024-28/friends/', to: '/strategies/exampleton-2024-28/friendships/' },
        { from: '/strategies/exampleton-2024/friends/', to: '/strategies/exampleton-2024-28/friendships/' },
      ]),
    );
    expect(list.some((r) => r.from === r.to)).toBe(false);
  });

  it('writes permanent redirects for hosts that read _redirects', () => {
    expect(redirectsFile([{ from: '/places/a/', to: '/places/b/' }])).toBe('/places/a/ /places/b/ 301\n');
  });

  it('writes a page that moves the reader on and links to the new address for anyone it does not move', () => {
    const html = redirectPage({ from: '/places/a/', to: '/places/b/' }, 'https://hws.example');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/places/b/">');
    expect(html).toContain('<a href="/places/b/">Go to the page’s new address</a>');
    expect(html).toContain('<link rel="canonical" href="https://hws.example/places/b/">');
  });

  it('refuses an old priority id that is still in use in the strategy', () => {
    const root = copyFixtureSite();
    editFile(
      root,
      FIXTURE_STRATEGY,
      '    source: { document: strategy, page: 6 }\nmeasures:',
      '    source: { document: strategy, page: 6 }\n    oldSlugs: [ready-for-school]\nmeasures:',
    );
    expect(checkContent(root).errors.map((p) => p.message)).toContain(
      '"ready-for-school" is the id of a current priority of this strategy, so it cannot redirect here.',
    );
  });
});
