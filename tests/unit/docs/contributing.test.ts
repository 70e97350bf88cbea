// The worked examples in CONTRIBUTING.md are valid content: a comms officer who copies one gets no errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { action, glossaryTerm, measure, place, strategy, theme, update } from '../../../src/schemas/index.ts';
import { splitFrontmatter } from '../../../src/lib/check/locate.ts';
import { PROJECT_ROOT } from '../../helpers/content.ts';

const guide = readFileSync(join(PROJECT_ROOT, 'CONTRIBUTING.md'), 'utf8');
const blocks = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** Which schema a worked example follows, from its fields. */
function schemaFor(data: Record<string, unknown>): [string, z.ZodType] | undefined {
  if ('council' in data) return ['place', place];
  if ('priorities' in data && 'sources' in data) return ['strategy', strategy];
  if ('kind' in data && 'strategy' in data) return ['update', update];
  if ('term' in data) return ['glossary term', glossaryTerm];
  if ('synonyms' in data) return ['theme', theme];
  if ('measures' in data) return ['measures', z.strictObject({ measures: z.array(measure) })];
  if ('actions' in data) return ['actions', z.strictObject({ actions: z.array(action) })];
  if ('oldSlugs' in data) return ['oldSlugs', strategy.shape.oldSlugs ? z.strictObject({ oldSlugs: strategy.shape.oldSlugs }) : z.never()];
  return undefined;
}

describe('CONTRIBUTING.md worked examples', () => {
  it('has worked examples for a place, a strategy, a measure, an action, an update, a theme and a glossary term', () => {
    const kinds = blocks.map((b) => schemaFor(parse(splitFrontmatter(b).yaml ?? b, { version: '1.2' }))?.[0]);
    expect(kinds).toEqual(expect.arrayContaining(['place', 'strategy', 'measures', 'actions', 'update', 'theme', 'glossary term', 'oldSlugs']));
  });

  it.each(blocks.map((b, i) => [i + 1, b] as const))('example %i is valid against its schema', (_n, block) => {
    const data = parse(splitFrontmatter(block).yaml ?? block, { version: '1.2' });
    const [, schema] = schemaFor(data)!;
    const result = schema.safeParse(data);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('links to the generated field reference', () => {
    expect(guide).toContain('](docs/field-reference.md)');
  });
});
