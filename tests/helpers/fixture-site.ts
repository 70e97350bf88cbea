// Copy the fixture site to a temporary folder so a test can break one file and check it.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_SITE } from './content.ts';
import { tempFolder } from './temp.ts';

export const FIXTURE_STRATEGY = 'content/strategies/exampleton-2024-28.mdx';

/** A fresh copy of the fixture site, removed after the test file; returns its root folder. */
export function copyFixtureSite(): string {
  const root = tempFolder('fixture');
  cpSync(FIXTURE_SITE, root, { recursive: true });
  return root;
}

/** Replace text in a file of a copied site, failing if the text is not there (so a test cannot silently pass). */
export function editFile(root: string, file: string, find: string | RegExp, replace: string): void {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(find, replace);
  if (after === before) throw new Error(`"${String(find)}" not found in ${file}`);
  writeFileSync(path, after);
}

/** 1-based line number of the first line containing `text` in a file of a copied site. */
export function lineContaining(root: string, file: string, text: string): number {
  const index = readFileSync(join(root, file), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text));
  if (index < 0) throw new Error(`"${text}" not found in ${file}`);
  return index + 1;
}
