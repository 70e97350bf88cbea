// The web editor at /admin/ (Decap CMS, served from our own origin) against its in-memory test
// backend: the collections and fields come from the schemas, opening and saving any real content
// file keeps its data and body, and an edit produces a file that passes the content check.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { parseHeadersFile, serveDist, type RunningServer } from '../helpers/static-server.ts';
import { cmsContentFiles, editFirstFieldAndSave, FIRST_FIELD, openCms, readContentFile } from '../helpers/cms.ts';
import { COLLECTIONS } from '../../src/lib/check/collections.ts';
import { tempFolder } from '../helpers/temp.ts';
import { checkContent, formatProblem } from '../../src/lib/check/run.ts';
import { PROJECT_ROOT } from '../helpers/content.ts';
import { DIST } from './site.ts';

const files = cmsContentFiles();
let browser: Browser;
let server: RunningServer;
let page: Page;
const offOrigin: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(DIST, 'admin/decap-cms.js')))
    throw new Error(
      'dist/admin/decap-cms.js is missing: decap-cms is not installed (run npm ci) or the build skipped /admin/.',
    );
  // Served with the shipped headers, so the editor is shown to work under its own /admin/ policy.
  server = await serveDist(DIST, 0, parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8')));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (r) => {
    if (!r.url().startsWith(server.origin) && !/^(data|blob):/.test(r.url())) offOrigin.push(r.url());
  });
  await openCms(page, server.origin, files);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the content editor at /admin/', () => {
  it('lists every collection from the schemas', async () => {
    for (const label of [
      'Places',
      'Themes',
      'Strategies',
      'Updates',
      'Updates (MDX)',
      'Neighbourhood profiles',
      'Glossary',
    ]) {
      await expect(page.getByRole('link', { name: label, exact: true }).first().isVisible()).resolves.toBe(true);
    }
  });

  it("shows a place's fields with the schema's doc comments as hints", async () => {
    await page.goto(`${server.origin}/admin/#/collections/places/entries/hackney`);
    await page.locator('input').first().waitFor();
    const text = await page.locator('body').innerText();
    expect(text).toContain('The council\'s official name, e.g. "London Borough of Barking and Dagenham".');
    expect(text).toMatch(/INTEGRATED CARE SYSTEM \(OPTIONAL\)/i);
    expect(await page.locator('input').first().inputValue()).toBe('Hackney');
  });

  it.each(files.map((f) => [f.path, f] as const))(
    'opening and saving %s keeps its data and body',
    async (_path, file) => {
      const saved = await editFirstFieldAndSave(page, server.origin, file, ' (edited)');
      const hasBody = COLLECTIONS[file.collection].hasBody;
      const before = readContentFile(file.text, hasBody);
      const after = readContentFile(saved, hasBody) as { data: Record<string, unknown>; body: string };
      const field = FIRST_FIELD[file.collection];
      expect(after.data[field]).toBe(`${(before.data as Record<string, unknown>)[field]} (edited)`);
      after.data[field] = (before.data as Record<string, unknown>)[field];
      expect(after.data).toEqual(before.data);
      expect(after.body).toBe(before.body);
    },
  );

  it('an edit produces a file that passes npm run check', async () => {
    const file = files.find((f) => f.path === 'content/strategies/hackney-jhwbs.mdx')!;
    const saved = await editFirstFieldAndSave(page, server.origin, file, ' – corrected');
    const root = tempFolder('cms');
    cpSync(join(PROJECT_ROOT, 'content'), join(root, 'content'), { recursive: true });
    writeFileSync(join(root, file.path), saved);
    const result = checkContent(root);
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.content.strategies.find((s) => s.id === 'hackney-jhwbs')!.data.title).toMatch(/ – corrected$/);
  });

  it('makes no request to another origin', () => {
    expect(offOrigin).toEqual([]);
  });

  it('runs under its own security policy, which only /admin/ gets', async () => {
    const admin = (await page.request.get(`${server.origin}/admin/`)).headers()['content-security-policy'];
    const home = (await page.request.get(`${server.origin}/`)).headers()['content-security-policy'];
    expect(admin).toContain("'unsafe-eval'");
    expect(home).not.toContain("'unsafe-eval'");
    expect(home).not.toContain("'unsafe-inline'");
  });
});
