// Drive Decap CMS in Chromium against its in-memory test backend ("test-repo"), seeded with content files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse as parseYaml, stringify } from 'yaml';
import { splitFrontmatter } from '../../src/lib/check/locate.ts';
import { cmsCollectionName, cmsConfig } from '../../src/lib/cms/config.ts';
import { readSchemaDocs } from '../../src/lib/docs/schema-docs.ts';
import { COLLECTIONS, type CollectionName } from '../../src/lib/check/collections.ts';
import { PROJECT_ROOT } from './content.ts';

/** The generated CMS configuration, with the test backend instead of GitHub. */
export function testCmsConfig(): string {
  return stringify(cmsConfig(readSchemaDocs(join(PROJECT_ROOT, 'src/schemas')), { backend: { name: 'test-repo' } }), {
    lineWidth: 0,
    aliasDuplicateObjects: false,
  });
}

export interface ContentFile {
  collection: CollectionName;
  /** The editor's collection for this file's ending, e.g. "updates-mdx" for an .mdx update. */
  cmsCollection: string;
  slug: string;
  path: string;
  text: string;
}

/** Every content file the CMS edits (each ending of a folder is its own editor collection). */
export function cmsContentFiles(root = PROJECT_ROOT): ContentFile[] {
  return (Object.keys(COLLECTIONS) as CollectionName[]).flatMap((collection) => {
    const spec = COLLECTIONS[collection];
    return spec.extensions.flatMap((ext) =>
      readdirSync(join(root, 'content', spec.dir))
        .filter((f) => f.endsWith(ext))
        .sort()
        .map((f) => ({
          collection,
          cmsCollection: cmsCollectionName(collection, ext),
          slug: f.slice(0, -ext.length),
          path: `content/${spec.dir}/${f}`,
          text: readFileSync(join(root, 'content', spec.dir, f), 'utf8'),
        })),
    );
  });
}

/**
 * The `window.repoFiles` object the test backend reads. It lists a folder by its whole path as one key
 * ("content/places") but reads a file by walking the path's parts, so each folder is reachable both ways.
 */
export function repoFiles(files: ContentFile[]): Record<string, unknown> {
  const tree: Record<string, Record<string, unknown>> = {};
  const content: Record<string, unknown> = {};
  for (const file of files) {
    const folder = file.path.slice(0, file.path.lastIndexOf('/'));
    const folderFiles = (tree[folder] ??= {});
    folderFiles[file.path.slice(folder.length + 1)] = { content: file.text, path: file.path };
    content[folder.slice('content/'.length)] = folderFiles;
  }
  return { ...tree, content };
}

/** Open /admin/ with the test backend and the given files, and log in. */
export async function openCms(page: Page, origin: string, files: ContentFile[]): Promise<void> {
  const config = testCmsConfig();
  await page.route('**/admin/config.yml', (route) =>
    route.fulfill({ status: 200, contentType: 'text/yaml', body: config }),
  );
  await page.addInitScript((tree) => {
    (window as unknown as { repoFiles: unknown }).repoFiles = tree;
  }, repoFiles(files));
  await page.goto(`${origin}/admin/`);
  await page.getByRole('button', { name: /login/i }).click({ timeout: 60_000 });
}

/** What the editorial workflow saved for an entry (the file's new text), or undefined. */
export async function savedDraft(page: Page, collection: string, slug: string): Promise<string | undefined> {
  return page.evaluate(
    ([c, s]) => {
      const drafts = (
        window as unknown as { repoFilesUnpublished: Record<string, { diffs: { path: string; content: string }[] }> }
      ).repoFilesUnpublished;
      const entry = drafts[`${c}/${s}`];
      return entry?.diffs.find((d) => typeof d.content === 'string')?.content;
    },
    [collection, slug] as const,
  );
}

/** A content file's data and body, as the site reads them (YAML 1.2, so dates stay text). */
export function readContentFile(text: string, hasBody: boolean): { data: unknown; body: string } {
  if (!hasBody) return { data: parseYaml(text, { version: '1.2' }), body: '' };
  const split = splitFrontmatter(text);
  return { data: parseYaml(split.yaml ?? '', { version: '1.2' }), body: split.body };
}

/** The first field of each collection's form: its name or title. */
export const FIRST_FIELD = {
  places: 'name',
  themes: 'title',
  strategies: 'title',
  updates: 'title',
  areas: 'name',
  glossary: 'term',
} as const;

/** Change the entry's first field (its name or title) by adding `suffix`, save it, and return the saved file. */
export async function editFirstFieldAndSave(
  page: Page,
  origin: string,
  file: ContentFile,
  suffix: string,
): Promise<string> {
  // Through the collection's list: Decap does not reload the form when only the entry in the address changes.
  await page.goto(`${origin}/admin/#/collections/${file.cmsCollection}`);
  await page
    .waitForFunction(() => !document.querySelector('input[id$="-field-1"], form input'), undefined, { timeout: 20_000 })
    .catch(() => undefined);
  await page.goto(`${origin}/admin/#/collections/${file.cmsCollection}/entries/${file.slug}`);
  const input = page.locator('input').first();
  // Wait for this entry's form (not the one being left) before typing.
  const field = FIRST_FIELD[file.collection];
  const current = (await savedDraft(page, file.cmsCollection, file.slug)) ?? file.text;
  const expected = String(
    (readContentFile(current, COLLECTIONS[file.collection].hasBody).data as Record<string, unknown>)[field],
  );
  await page.waitForFunction((value) => document.querySelector('input')?.value === value, expected, {
    timeout: 20_000,
  });
  const previous = (await savedDraft(page, file.cmsCollection, file.slug)) ?? null;
  await input.fill((await input.inputValue()) + suffix);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // Wait until the editorial workflow holds a new draft of this entry.
  await page.waitForFunction(
    ([c, s, before]) => {
      const drafts = (window as unknown as { repoFilesUnpublished?: Record<string, { diffs: { content: unknown }[] }> })
        .repoFilesUnpublished;
      const content = drafts?.[`${c}/${s}`]?.diffs.find((d) => typeof d.content === 'string')?.content;
      return content !== undefined && content !== before;
    },
    [file.cmsCollection, file.slug, previous] as const,
    { timeout: 180_000 },
  );
  const saved = await savedDraft(page, file.cmsCollection, file.slug);
  if (saved === undefined) throw new Error(`no saved draft for ${file.path}`);
  return saved;
}
