// Load the real content (or a fixture site) once for content tests, through the same check the build uses.
import { fileURLToPath } from 'node:url';
import { checkContent, type CheckResult } from '../../src/lib/check/run.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURE_SITE = fileURLToPath(new URL('../fixtures/site/', import.meta.url));

let cached: CheckResult | undefined;

/** The checked real content under content/. Throws if the content has errors. */
export function realContent(): CheckResult {
  cached ??= checkContent(PROJECT_ROOT);
  return cached;
}

/** One strategy's frontmatter by id, failing loudly if it is missing. */
export function strategyById(id: string) {
  const entry = realContent().content.strategies.find((s) => s.id === id);
  if (!entry) throw new Error(`no strategy "${id}" in content/strategies`);
  return entry.data;
}
