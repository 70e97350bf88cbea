// The worked examples in CONTRIBUTING.md are valid content: a comms officer who copies one gets no errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import {
  action,
  area,
  glossaryTerm,
  measure,
  place,
  priority,
  residentVoice,
  strategy,
  theme,
  update,
} from '../../../src/schemas/index.ts';
import { coverageReview } from '../../../src/schemas/coverage-review.ts';
import { splitFrontmatter } from '../../../src/lib/check/locate.ts';
import { PROJECT_ROOT } from '../../helpers/content.ts';

const guide = readFileSync(join(PROJECT_ROOT, 'CONTRIBUTING.md'), 'utf8');
const blocks = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** Which schema a worked example follows, from its fields. */
function schemaFor(data: Record<string, unknown>): [string, z.ZodType] | undefined {
  if ('council' in data) return ['place', place];
  if ('priorities' in data && 'sources' in data) return ['strategy', strategy];
  if ('indicators' in data) return ['area profile', area];
  if ('residentVoice' in data) return ['resident voice', z.strictObject({ residentVoice: z.array(residentVoice) })];
  if ('kind' in data && 'strategy' in data) return ['update', update];
  if ('priorities' in data) return ['priorities', z.strictObject({ priorities: z.array(priority) })];
  if ('term' in data) return ['glossary term', glossaryTerm];
  if ('synonyms' in data) return ['theme', theme];
  if ('measures' in data) return ['measures', z.strictObject({ measures: z.array(measure) })];
  if ('actions' in data) return ['actions', z.strictObject({ actions: z.array(action) })];
  if ('leftOut' in data) return ['coverage review', coverageReview];
  if ('oldSlugs' in data)
    return ['oldSlugs', strategy.shape.oldSlugs ? z.strictObject({ oldSlugs: strategy.shape.oldSlugs }) : z.never()];
  return undefined;
}

describe('CONTRIBUTING.md worked examples', () => {
  it('has worked examples for every kind of entry, and every YAML example is one of them', () => {
    const kinds = blocks.map((b) => schemaFor(parse(splitFrontmatter(b).yaml ?? b, { version: '1.2' }))?.[0]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'place',
        'strategy',
        'priorities',
        'measures',
        'actions',
        'resident voice',
        'update',
        'area profile',
        'theme',
        'glossary term',
        'oldSlugs',
        'coverage review',
      ]),
    );
    expect(kinds).not.toContain(undefined);
  });

  it('shows a measure with a comparator and a target, an action with a lead and a due date, and a commitment', () => {
    const data = blocks.map(
      (b) => parse(splitFrontmatter(b).yaml ?? b, { version: '1.2' }) as Record<string, unknown[] | undefined>,
    );
    const measures = data.flatMap((d) => (d.measures ?? []) as Record<string, unknown>[]);
    expect(measures.some((m) => Array.isArray(m.comparators) && m.comparators.length > 0 && m.target)).toBe(true);
    const actions = data.flatMap((d) => (d.actions ?? []) as Record<string, unknown>[]);
    expect(actions.some((a) => Array.isArray(a.leads) && a.leads.length > 0 && a.due)).toBe(true);
    expect(actions.some((a) => a.kind === 'commitment')).toBe(true);
  });

  it('walks a new place from scaffold to preview with the commands that exist', () => {
    for (const command of [
      'npm run new -- place',
      'npm run new -- strategy',
      'npm run new -- measure',
      'npm run new -- action',
      'npm run new -- voice',
      'npm run new -- update',
      'npm run check -- content/',
      'npm start',
      'npm run preview -- --port',
    ]) {
      expect(guide).toContain(command);
    }
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
