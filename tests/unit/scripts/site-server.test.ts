// The preview server (npm run preview; the browser tests use it too) answers /search/?q=<word> with the
// word's answer page, as deploy/nginx.conf does, and anything else as a static host would.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type RunningServer } from '../../../scripts/lib/site-server.ts';

let dist: string;
let server: RunningServer;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'hws-site-server-'));
  const files: Record<string, string> = {
    'index.html': 'home',
    '404.html': 'not found',
    'search/index.html': 'search page',
    'search/words/lonely/index.html': 'answer: lonely',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), text);
  }
  server = await serveDist(dist);
});

afterAll(async () => {
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = async (path: string) => {
  const response = await fetch(`${server.origin}${path}`, { redirect: 'manual' });
  return [response.status, await response.text()];
};

describe('the site server', () => {
  it('answers /search/?q=<word> with the word’s answer page, at the same address', async () => {
    expect(await get('/search/?q=lonely')).toEqual([200, 'answer: lonely']);
    expect(await get('/search/?q=Lonely&place=Camden')).toEqual([200, 'answer: lonely']);
    expect(await get('/search/words/lonely/')).toEqual([200, 'answer: lonely']);
  });

  it('gives the search page for a word it has no page for, or a query that is not plainly a word', async () => {
    for (const q of ['lonley', 'LONELY', '..%2F..%2Findex.html', '../../index.html', 'lonely%0D%0AX:%201', ''])
      expect([q, ...(await get(`/search/?q=${q}`))]).toEqual([q, 200, 'search page']);
    expect(await get('/search/')).toEqual([200, 'search page']);
  });

  it('sends the 404 page, with status 404, for what is not there, a malformed escape included', async () => {
    expect(await get('/nothing/')).toEqual([404, 'not found']);
    expect(await get('/%E0')).toEqual([404, 'not found']);
  });
});
