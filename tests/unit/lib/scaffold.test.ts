// `npm run new`: a starting file, or a new measure, action or resident-voice entry in a strategy, that the
// check refuses until every placeholder is filled in and accepts as soon as it is. Each test makes its own
// copy of the fixture site and calls planNew directly, so no test depends on another.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../../src/lib/check/run.ts';
import { readSchemaDocs } from '../../../src/lib/docs/schema-docs.ts';
import { planNew } from '../../../src/lib/scaffold-command.ts';
import { appendToList, ListShapeError } from '../../../src/lib/scaffold.ts';
import { copyFixtureSite, FIXTURE_STRATEGY } from '../../helpers/fixture-site.ts';
import { fillPlaceholders, folderView } from '../../helpers/scaffold.ts';
import { PROJECT_ROOT } from '../../helpers/content.ts';

const docs = readSchemaDocs(join(PROJECT_ROOT, 'src/schemas'));
const copies: string[] = [];
afterEach(() => {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
});
function site(): string {
  const root = copyFixtureSite();
  copies.push(root);
  return root;
}

/** Run `npm run new -- args` in a copy of the fixture site, as the script does, and return the plan. */
function runNewIn(root: string, ...args: string[]) {
  const plan = planNew(args, folderView(root), docs);
  if (plan.ok) {
    mkdirSync(join(root, plan.path, '..'), { recursive: true });
    writeFileSync(join(root, plan.path), plan.contents);
  }
  return plan;
}

/** Scaffold, check it is refused for its placeholders only, fill them in, check it is accepted. */
function refusedThenAccepted(root: string, file: string, args: string[]) {
  const plan = runNewIn(root, ...args);
  expect(plan.ok, plan.ok ? '' : plan.message).toBe(true);
  const refused = checkContent(root).errors;
  expect(refused.length).toBeGreaterThan(0);
  expect(refused.filter((p) => p.file !== file)).toEqual([]);
  expect(refused.every((p) => /still says "FILL IN"\. Replace it with the real value \(.+\)\./.test(p.message))).toBe(
    true,
  );
  writeFileSync(join(root, file), fillPlaceholders(readFileSync(join(root, file), 'utf8'), 'social-connection'));
  const accepted = checkContent(root);
  expect(accepted.errors.map(formatProblem)).toEqual([]);
  return { refused, accepted };
}

describe('npm run new makes a new file', () => {
  it('for a place, with its required fields to fill in', () => {
    const { refused, accepted } = refusedThenAccepted(site(), 'content/places/newtown.yaml', [
      'place',
      '--id',
      'newtown',
    ]);
    expect(refused.map((p) => p.field)).toEqual(expect.arrayContaining(['name', 'council', 'kind']));
    expect(accepted.content.places.map((p) => p.id)).toContain('newtown');
  });

  it('for a strategy, listing its place', () => {
    const root = site();
    const { accepted } = refusedThenAccepted(root, 'content/strategies/exampleton-2030.mdx', [
      'strategy',
      '--place',
      'exampleton',
      '--id',
      'exampleton-2030',
    ]);
    expect(readFileSync(join(root, 'content/strategies/exampleton-2030.mdx'), 'utf8')).toContain(
      'places: ["exampleton"]',
    );
    expect(accepted.content.strategies.map((s) => s.id)).toContain('exampleton-2030');
  });

  it('for an update, with its strategy and places filled in', () => {
    const root = site();
    refusedThenAccepted(root, 'content/updates/exampleton-board-2026.md', [
      'update',
      '--strategy',
      'exampleton-2024-28',
      '--id',
      'exampleton-board-2026',
    ]);
    const update = readFileSync(join(root, 'content/updates/exampleton-board-2026.md'), 'utf8');
    expect(update).toContain('strategy: "exampleton-2024-28"');
    expect(update).toContain('places: ["exampleton"]');
  });
});

describe('npm run new adds an entry to a strategy', () => {
  it.each([
    ['measure', 'measures', ['label', 'unit', 'polarity', 'value', 'period', 'kind', 'by']],
    ['action', 'actions', ['what', 'due']],
    ['voice', 'residentVoice', ['kind', 'text', 'number']],
  ] as const)(
    'a %s goes at the end of %s with every field to fill in, and nothing else in the file changes',
    (kind, list, fields) => {
      const root = site();
      const before = readFileSync(join(root, FIXTURE_STRATEGY), 'utf8');
      const { refused, accepted } = refusedThenAccepted(root, FIXTURE_STRATEGY, [
        kind,
        '--strategy',
        'exampleton-2024-28',
        '--id',
        `new-${kind}`,
      ]);
      expect(refused.map((p) => p.field)).toEqual(expect.arrayContaining([...fields]));

      // Every original line is still there, in order, and the new ones are one block.
      const after = readFileSync(join(root, FIXTURE_STRATEGY), 'utf8').split('\n');
      const original = before.split('\n');
      const start = after.findIndex((l, i) => l !== original[i]);
      const added = after.length - original.length;
      expect([...after.slice(0, start), ...after.slice(start + added)]).toEqual(original);

      const strategy = accepted.content.strategies.find((s) => s.file === FIXTURE_STRATEGY)!;
      const entries = (strategy.data as unknown as Record<string, { id: string; source: { document: string } }[]>)[
        list
      ]!;
      expect(entries.at(-1)!.id).toBe(`new-${kind}`);
      // The strategy's only source document is filled in for you.
      expect(entries.at(-1)!.source.document).toBe('strategy');
    },
  );

  it("offers the strategy's priorities in the placeholder, or takes --priority", () => {
    const root = site();
    const plan = runNewIn(root, 'action', '--strategy', 'exampleton-2024-28');
    expect(plan.ok && plan.contents).toContain('priority: "FILL IN: one of: ready-for-school, friendships"');
    const chosen = runNewIn(root, 'measure', '--strategy', 'exampleton-2024-28', '--priority', 'friendships');
    expect(chosen.ok && chosen.contents).toMatch(/\n {4}priority: "friendships"\n/);
    expect(chosen.ok && chosen.message).toMatch(
      /^Added a measure to content\/strategies\/exampleton-2024-28\.mdx at line \d+, at the end of measures\./,
    );
  });
});

describe('npm run new refuses', () => {
  it('an unknown strategy, listing the strategies there are', () => {
    for (const kind of ['measure', 'action', 'voice', 'update']) {
      expect(planNew([kind, '--strategy', 'newtown-2026-30'], folderView(site()), docs)).toEqual({
        ok: false,
        message:
          'There is no strategy "newtown-2026-30" in content/strategies. The strategies are: exampleton-2024-28.',
      });
    }
  });

  it('an id that a file already has, whatever its ending', () => {
    const root = site();
    const view = folderView(root);
    const withMdxUpdate = { ...view, list: (dir: string) => (dir === 'updates' ? ['board-2026.mdx'] : view.list(dir)) };
    expect(
      planNew(['update', '--strategy', 'exampleton-2024-28', '--id', 'board-2026'], withMdxUpdate, docs),
    ).toMatchObject({
      ok: false,
      message: 'content/updates/board-2026.mdx already exists. Choose another id with --id.',
    });
    expect(planNew(['place', '--id', 'exampleton'], view, docs)).toMatchObject({
      ok: false,
      message: 'content/places/exampleton.yaml already exists. Choose another id with --id.',
    });
    expect(planNew(['strategy', '--place', 'exampleton', '--id', 'exampleton-2024-28'], view, docs)).toMatchObject({
      ok: false,
      message: /exampleton-2024-28\.mdx already exists/,
    });
  });

  it('an entry id already used in that list, a priority the strategy lacks, a missing place, and an unknown kind', () => {
    const view = folderView(site());
    expect(planNew(['measure', '--strategy', 'exampleton-2024-28', '--id', 'mmr2'], view, docs)).toMatchObject({
      ok: false,
      message: /already has an entry "mmr2" in measures/,
    });
    expect(planNew(['action', '--strategy', 'exampleton-2024-28', '--priority', 'nope'], view, docs)).toMatchObject({
      ok: false,
      message: '"nope" is not a priority of exampleton-2024-28. Use one of: ready-for-school, friendships.',
    });
    expect(planNew(['strategy', '--place', 'nowhere'], view, docs)).toMatchObject({
      ok: false,
      message: 'There is no place "nowhere" in content/places. Add it first: npm run new -- place --id nowhere',
    });
    const unknown = planNew(['priority'], view, docs);
    expect(unknown).toMatchObject({
      ok: false,
      message: /^"priority" is not something npm run new makes\.\nSay what to create:/,
    });
  });
});

describe('appendToList', () => {
  const entry = (dash: number) => [`${' '.repeat(dash)}- id: x`, `${' '.repeat(dash)}  label: y`];

  it('adds a list at the end of the fields when there is none', () => {
    expect(appendToList('---\ntitle: T\n---\nBody\n', 'measures', entry)).toBe(
      '---\ntitle: T\nmeasures:\n  - id: x\n    label: y\n---\nBody\n',
    );
  });

  it('replaces an empty [] list', () => {
    expect(appendToList('---\nmeasures: []\ntitle: T\n---\n', 'measures', entry)).toBe(
      '---\nmeasures:\n  - id: x\n    label: y\ntitle: T\n---\n',
    );
  });

  it("follows the list's own indentation and line endings, and leaves the next field's comments with it", () => {
    const source = '---\r\nactions:\r\n- id: a\r\n  what: A\r\n\r\n# Where it comes from\r\nsources: []\r\n---\r\n';
    expect(appendToList(source, 'actions', entry)).toBe(
      '---\r\nactions:\r\n- id: a\r\n  what: A\r\n- id: x\r\n  label: y\r\n\r\n# Where it comes from\r\nsources: []\r\n---\r\n',
    );
  });

  it('refuses a list written on one line rather than rewriting it', () => {
    expect(() => appendToList('---\nmeasures: [{ id: a }]\n---\n', 'measures', entry)).toThrow(ListShapeError);
  });
});

describe('scripts/new.ts', () => {
  it('writes what planNew plans and prints its message; refuses with exit 1', () => {
    const root = site();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/new.ts'), ...args], { cwd: root, encoding: 'utf8' });
    const made = run('voice', '--strategy', 'exampleton-2024-28');
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/^Added a resident-voice statement to content\/strategies\/exampleton-2024-28\.mdx/);
    expect(readFileSync(join(root, FIXTURE_STRATEGY), 'utf8')).toContain('# A new resident-voice statement.');
    const refused = run('place', '--id', 'exampleton');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('content/places/exampleton.yaml already exists');
  });
});
