// What `npm run new -- <kind> ...` does, as a pure function of its arguments and the content it can see:
// which file to write or change and its new text, or a message saying what to type instead.
// scripts/new.ts reads the folders and writes the result; the tests call `planNew` directly.
import { parse } from 'yaml';
import { splitFrontmatter } from './check/locate.ts';
import type { SchemaDocs } from './docs/schema-docs.ts';
import {
  appendToList,
  choosePlaceholder,
  ENTRY_KINDS,
  ListShapeError,
  scaffold,
  scaffoldEntry,
  type EntryKind,
  type Presets,
  type ScaffoldRequest,
} from './scaffold.ts';
import { SLUG_PATTERN as SLUG } from '../schemas/common.ts';

/** What the command may look at: the file names in a content folder, and a file's text. */
export interface ContentView {
  /** File names in content/<dir>, e.g. list("places") -> ["camden.yaml"]; [] when the folder is missing. */
  list(dir: string): string[];
  /** The text of a project-relative file. */
  read(path: string): string;
}

export type NewPlan =
  { ok: true; path: string; contents: string; created: boolean; message: string } | { ok: false; message: string };

const ENDINGS = /\.(ya?ml|mdx?)$/;
const USAGE = [
  'Say what to create:',
  '  npm run new -- place --id <place>',
  '  npm run new -- strategy --place <place> --id <strategy>',
  '  npm run new -- update --strategy <strategy> --id <update>',
  'or what to add to a strategy:',
  '  npm run new -- measure --strategy <strategy> [--id <id>] [--priority <priority>]',
  '  npm run new -- action --strategy <strategy> [--id <id>] [--priority <priority>]',
  '  npm run new -- voice --strategy <strategy> [--id <id>] [--priority <priority>]',
].join('\n');

/** Words people use for each kind of entry. */
const ENTRY_ALIASES: Record<string, EntryKind> = {
  measure: 'measure',
  action: 'action',
  commitment: 'action',
  voice: 'voice',
  'resident-voice': 'voice',
  residentvoice: 'voice',
};

class Refusal extends Error {}
const refuse = (message: string): never => {
  throw new Refusal(message);
};

/** `--name value` or `--name=value`. */
function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1] === undefined || args[i + 1]!.startsWith('--') ? '' : args[i + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

function needSlug(value: string | undefined, what: string, example: string): string {
  if (!value) return refuse(`Say which ${what}, e.g. --${what} ${example}.`);
  if (!SLUG.test(value))
    return refuse(
      `"${value}" is not a valid id: use lower-case letters, numbers and single hyphens, like "good-work".`,
    );
  return value;
}

/** Ids of the files in a content folder, whatever their ending. */
const idsIn = (view: ContentView, dir: string) =>
  view
    .list(dir)
    .filter((f) => ENDINGS.test(f))
    .map((f) => f.replace(ENDINGS, ''));

/** Refuse an id that a file in the folder already has, with any ending (.yaml, .md, .mdx). */
function refuseTaken(view: ContentView, dir: string, id: string): void {
  const taken = view.list(dir).find((f) => f.replace(ENDINGS, '') === id && ENDINGS.test(f));
  if (taken) refuse(`content/${dir}/${taken} already exists. Choose another id with --id.`);
}

function needStrategy(view: ContentView, args: readonly string[]): { id: string; path: string; source: string } {
  const id = needSlug(option(args, 'strategy'), 'strategy', 'camden-2022-30');
  const known = idsIn(view, 'strategies');
  if (!known.includes(id))
    return refuse(
      `There is no strategy "${id}" in content/strategies. The strategies are: ${known.join(', ') || 'none yet'}.`,
    );
  const file = view.list('strategies').find((f) => f.replace(ENDINGS, '') === id)!;
  const path = `content/strategies/${file}`;
  return { id, path, source: view.read(path) };
}

/** The strategy's fields, read leniently: the command only needs ids from them. */
function strategyFields(path: string, source: string): Record<string, unknown> {
  const yaml = splitFrontmatter(source).yaml;
  if (yaml === undefined)
    return refuse(`${path} does not start with its fields between two --- lines. Run npm run check -- ${path}.`);
  try {
    return (parse(yaml, { version: '1.2' }) as Record<string, unknown> | null) ?? {};
  } catch {
    return refuse(`the fields in ${path} could not be read. Run npm run check -- ${path} and fix it first.`);
  }
}

const idsOf = (list: unknown): string[] =>
  Array.isArray(list)
    ? list.map((item) => (item as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string')
    : [];

function planEntry(kind: EntryKind, args: readonly string[], view: ContentView, docs: SchemaDocs): NewPlan {
  const strategy = needStrategy(view, args);
  const fields = strategyFields(strategy.path, strategy.source);
  const { list } = ENTRY_KINDS[kind];
  const presets: Presets = {};

  const id = option(args, 'id');
  if (id !== undefined) {
    needSlug(id, 'id', 'mmr2');
    if (idsOf(fields[list]).includes(id))
      refuse(`${strategy.path} already has an entry "${id}" in ${list}. Choose another id with --id.`);
    presets.id = id;
  }
  const priorities = idsOf(fields.priorities);
  const priority = option(args, 'priority');
  if (priority !== undefined) {
    if (!priorities.includes(priority))
      refuse(
        `"${priority}" is not a priority of ${strategy.id}. Use one of: ${priorities.join(', ') || 'none yet (add a priority first)'}.`,
      );
    presets.priority = priority;
  } else if (priorities.length && kind !== 'measure') {
    presets.priority = choosePlaceholder(priorities);
  } else if (priorities.length) {
    // A measure may describe the whole place, so its priority stays optional; offer the ids in the hint.
    presets.priority = choosePlaceholder(priorities, 'or delete this line for a figure about the whole place');
  }
  const sources = idsOf(fields.sources);
  if (sources.length === 1) presets['source.document'] = sources[0];
  else if (sources.length > 1) presets['source.document'] = choosePlaceholder(sources);

  let contents: string;
  try {
    contents = appendToList(strategy.source, list, (dashIndent) => scaffoldEntry(kind, docs, presets, dashIndent));
  } catch (error) {
    if (error instanceof ListShapeError) return { ok: false, message: `${strategy.path}: ${error.message}` };
    throw error;
  }
  const before = strategy.source.split('\n');
  const line = contents.split('\n').findIndex((l, i) => l !== before[i]) + 1;
  const what = kind === 'voice' ? 'resident-voice statement' : kind;
  return {
    ok: true,
    path: strategy.path,
    contents,
    created: false,
    message: `Added a ${what} to ${strategy.path} at line ${line}, at the end of ${list}. Replace every "FILL IN", then run npm run check -- ${strategy.path}`,
  };
}

/** Plan `npm run new -- <args>`: the file to write and its text, or why not and what to type. */
export function planNew(argv: readonly string[], view: ContentView, docs: SchemaDocs): NewPlan {
  const [kind = '', ...args] = argv;
  try {
    const entry = ENTRY_ALIASES[kind.toLowerCase()];
    if (entry) return planEntry(entry, args, view, docs);
    let request: ScaffoldRequest;
    if (kind === 'place') {
      const id = needSlug(option(args, 'id') ?? option(args, 'place'), 'id', 'newtown');
      refuseTaken(view, 'places', id);
      request = { kind, id };
    } else if (kind === 'strategy') {
      const place = needSlug(option(args, 'place'), 'place', 'newtown');
      if (!idsIn(view, 'places').includes(place))
        refuse(`There is no place "${place}" in content/places. Add it first: npm run new -- place --id ${place}`);
      const id = needSlug(option(args, 'id') ?? `${place}-strategy`, 'id', `${place}-2026-30`);
      refuseTaken(view, 'strategies', id);
      request = { kind, id, places: [place] };
    } else if (kind === 'update') {
      const strategy = needStrategy(view, args);
      const places = strategyFields(strategy.path, strategy.source).places;
      const id = needSlug(option(args, 'id') ?? `${strategy.id}-update`, 'id', `${strategy.id}-board-2026-10`);
      refuseTaken(view, 'updates', id);
      request = {
        kind,
        id,
        strategy: strategy.id,
        places: Array.isArray(places) ? places.filter((p): p is string => typeof p === 'string') : [],
      };
    } else {
      return { ok: false, message: kind ? `"${kind}" is not something npm run new makes.\n${USAGE}` : USAGE };
    }
    const { path, contents } = scaffold(request, docs);
    return {
      ok: true,
      path,
      contents,
      created: true,
      message: `Wrote ${path}. Replace every "FILL IN", then run npm run check -- ${path}`,
    };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message };
    throw error;
  }
}
