// The content check's result, worked out once per build: the content loader (every page), the check before
// the build, the search index, the redirects and the glossary links all read this one result.
import { resolve } from 'node:path';
import { checkContent, type CheckResult } from '../lib/check/run.ts';

const results = new Map<string, CheckResult>();

/** `checkContent(root)`, read from disk only the first time in this process. */
export function checkedContent(root: string): CheckResult {
  const key = resolve(root);
  let result = results.get(key);
  if (!result) {
    result = checkContent(key);
    results.set(key, result);
  }
  return result;
}

/** Read content again on the next call (`astro dev` after a file changes). */
export function forgetCheckedContent(root: string): void {
  results.delete(resolve(root));
}
