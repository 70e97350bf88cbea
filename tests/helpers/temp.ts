// Temporary folders for tests. Every folder made here is removed after its test file finishes
// (tests/helpers/remove-temp-folders.ts runs in every vitest project), so a run leaves nothing in os.tmpdir().
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A new empty folder in os.tmpdir() whose name starts `hws-<purpose>-`; removed after the test file. */
export function tempFolder(purpose: string): string {
  const root = mkdtempSync(join(tmpdir(), `hws-${purpose}-`));
  made.push(root);
  return root;
}

/** Remove every folder made by `tempFolder` so far. */
export function removeTempFolders(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}
