// The content check's result, worked out once per build: the config (glossary links), the check before the
// build, the search index and the redirects all read the same content, which cannot change mid-build.
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
