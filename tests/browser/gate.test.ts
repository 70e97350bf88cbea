// The real build passes the pre-publish gate. `npm run build` runs it already (postbuild), but the browser
// tests may be pointed at a build made elsewhere (SITE_DIST), so check the site they test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readListFile, verifyDist } from '../../scripts/lib/verify-dist.ts';
import { redirectsFromContent } from '../../src/lib/redirects.ts';
import { PROJECT_ROOT, realContent } from '../helpers/content.ts';
import { DIST } from './site.ts';

describe('the built site', () => {
  it('passes the pre-publish gate, search index and expected pages included', () => {
    const result = verifyDist({
      dist: DIST,
      redirects: redirectsFromContent(realContent().content),
      publicHeaders: readFileSync(join(PROJECT_ROOT, 'public/_headers'), 'utf8'),
      expectedPages: readListFile(join(PROJECT_ROOT, 'deploy/expected-pages.txt')),
      pendingPages: readListFile(join(PROJECT_ROOT, 'deploy/pending-pages.txt')),
      searchIndex: 'required',
    });
    expect(result.problems).toEqual([]);
    expect(result.pages.length).toBeGreaterThan(100);
  });
});
