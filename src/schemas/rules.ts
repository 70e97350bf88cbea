// Cross-reference rules that no single file's schema can check: ids that must exist,
// ids that must be unique, units that must agree, percentages in range.
import type { Strategy } from './strategy.ts';
import type { Theme } from './theme.ts';
import type { Update } from './update.ts';
import type { Area } from './area.ts';
import type { Place } from './place.ts';
import type { GlossaryTerm } from './glossary.ts';
import type { Measure } from './measure.ts';
import type { SourceDocument } from './common.ts';
import { PERCENT_UNITS } from './measure.ts';
import { closestMatch } from '../lib/suggest.ts';

export type Path = (string | number)[];

/** One problem found in one file. */
export interface RuleProblem {
  file: string;
  path: Path;
  message: string;
}

/** A content entry as the rules see it: its id, the file it came from and its data. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

export interface SiteContent {
  places: Entry<Place>[];
  themes: Entry<Theme>[];
  strategies: Entry<Strategy>[];
  updates: Entry<Update>[];
  areas: Entry<Area>[];
  glossary: Entry<GlossaryTerm>[];
}

/**
 * A source document has one page per strategy (/sources/<strategy>/<id>/), so an update or profile that
 * reuses one of its strategy's source ids must mean the same document. Returns the problem, if any.
 */
function differentDocumentWithSameId(doc: SourceDocument, strategySources: SourceDocument[]): string | undefined {
  const listed = strategySources.find((d) => d.id === doc.id);
  if (!listed) return undefined;
  const same = listed.title === doc.title && listed.publisher === doc.publisher && listed.date === doc.date && listed.url === doc.url;
  return same
    ? undefined
    : `"${doc.id}" is already the id of "${listed.title}" in the strategy's sources. Use the same title, publisher, date and url if it is that document, or choose another id.`;
}

function unknownIdMessage(kind: string, value: string, known: Iterable<string>, spellings?: Map<string, string>): string {
  const options = spellings ?? new Map([...known].map((k) => [k, k]));
  const guess = closestMatch(value, options);
  const hint = guess ? ` Did you mean "${guess}"?` : ` Use one of: ${[...known].join(', ')}.`;
  return `"${value}" is not ${kind}.${hint}`;
}

/** Theme ids, plus every title and synonym mapped to its id, for "did you mean". */
function themeSpellings(themes: Entry<Theme>[]): Map<string, string> {
  const spellings = new Map<string, string>();
  for (const t of themes) {
    spellings.set(t.id, t.id);
    spellings.set(t.data.title, t.id);
    for (const s of t.data.synonyms) spellings.set(s, t.id);
  }
  return spellings;
}

function checkMeasureFigures(m: Measure, at: Path, report: (path: Path, message: string) => void): void {
  const isPercent = PERCENT_UNITS.has(m.unit);
  const outOfRange = (v: number) => isPercent && (v < 0 || v > 100);
  m.values.forEach((v, i) => {
    if (v.unit !== undefined && v.unit !== m.unit) {
      report([...at, 'values', i, 'unit'], `unit "${v.unit}" does not match the measure's unit "${m.unit}". Use "${m.unit}" or remove the line.`);
    }
    if (outOfRange(v.value)) {
      report([...at, 'values', i, 'value'], `${v.value} is not a percentage between 0 and 100. Check the figure, or change the measure's unit.`);
    }
  });
  m.comparators.forEach((c, i) => {
    if (c.value !== undefined && outOfRange(c.value)) {
      report([...at, 'comparators', i, 'value'], `${c.value} is not a percentage between 0 and 100. Check the figure.`);
    }
  });
  if (m.target && outOfRange(m.target.value)) {
    report([...at, 'target', 'value'], `${m.target.value} is not a percentage between 0 and 100. Check the figure.`);
  }
}

/** Check every cross-reference in the site's content. Returns all problems, not only the first. */
export function checkCrossReferences(content: SiteContent): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const themeIds = new Set(content.themes.map((t) => t.id));
  const placeIds = new Set(content.places.map((p) => p.id));
  const strategiesById = new Map(content.strategies.map((s) => [s.id, s]));
  const spellings = themeSpellings(content.themes);

  const checkThemes = (file: string, themes: string[], at: Path) =>
    themes.forEach((t, i) => {
      if (!themeIds.has(t)) problems.push({ file, path: [...at, i], message: unknownIdMessage('a theme', t, themeIds, spellings) });
    });
  const checkPlaces = (file: string, places: string[], at: Path) =>
    places.forEach((p, i) => {
      if (!placeIds.has(p)) problems.push({ file, path: [...at, i], message: unknownIdMessage('a place in content/places', p, placeIds) });
    });

  // One old address can redirect to one place only: the first file to claim it keeps it.
  const claimOldAddress = (claims: Map<string, string>, old: string, owner: string, path: Path, kind: string, file = owner) => {
    const first = claims.get(old);
    if (first) problems.push({ file, path, message: `"${old}" is already an old address of another ${kind} (${first}). One old address can only lead to one ${kind}: remove it from one of them.` });
    else claims.set(old, owner);
  };
  const oldStrategyAddresses = new Map<string, string>();

  for (const { id: strategyId, file, data: s } of content.strategies) {
    const report = (path: Path, message: string) => problems.push({ file, path, message });
    checkPlaces(file, s.places, ['places']);

    // Every id in a strategy becomes an anchor on its pages, so ids are unique across all lists.
    const seen = new Map<string, string>();
    const claim = (id: string, path: Path) => {
      const first = seen.get(id);
      if (first) report([...path, 'id'], `id "${id}" is already used at ${first}. Ids must be unique within a strategy; choose another.`);
      else seen.set(id, path.join('.').replace(/\.(\d+)/g, '[$1]'));
    };
    s.priorities.forEach((p, i) => {
      claim(p.id, ['priorities', i]);
      p.subThemes.forEach((st, j) => claim(st.id, ['priorities', i, 'subThemes', j]));
    });
    s.measures.forEach((m, i) => claim(m.id, ['measures', i]));
    s.actions.forEach((a, i) => claim(a.id, ['actions', i]));
    s.residentVoice.forEach((v, i) => claim(v.id, ['residentVoice', i]));
    s.facts.forEach((f, i) => claim(f.id, ['facts', i]));
    s.principles.forEach((p, i) => claim(p.id, ['principles', i]));
    s.sources.forEach((d, i) => claim(d.id, ['sources', i]));

    const priorityIds = new Set(s.priorities.map((p) => p.id));
    const sourceIds = new Set(s.sources.map((d) => d.id));
    const needPriority = (value: string | undefined, path: Path) => {
      if (value !== undefined && !priorityIds.has(value)) {
        report(path, unknownIdMessage(`a priority of this strategy`, value, priorityIds));
      }
    };
    const needSource = (value: string, path: Path) => {
      if (!sourceIds.has(value)) report(path, unknownIdMessage('a document in this strategy\'s sources list', value, sourceIds));
    };

    s.priorities.forEach((p, i) => {
      checkThemes(file, p.themes, ['priorities', i, 'themes']);
      needSource(p.source.document, ['priorities', i, 'source', 'document']);
      if (p.parent === p.id) report(['priorities', i, 'parent'], 'a priority cannot be its own parent.');
      else needPriority(p.parent, ['priorities', i, 'parent']);
      p.deliveredBy.forEach((id, j) => {
        if (id === p.id) report(['priorities', i, 'deliveredBy', j], 'a priority cannot deliver itself.');
        else needPriority(id, ['priorities', i, 'deliveredBy', j]);
      });
    });
    s.measures.forEach((m, i) => {
      needPriority(m.priority, ['measures', i, 'priority']);
      needSource(m.source.document, ['measures', i, 'source', 'document']);
      checkThemes(file, m.themes, ['measures', i, 'themes']);
      checkMeasureFigures(m, ['measures', i], report);
    });
    s.actions.forEach((a, i) => {
      needPriority(a.priority, ['actions', i, 'priority']);
      needSource(a.source.document, ['actions', i, 'source', 'document']);
      if (a.subTheme !== undefined && priorityIds.has(a.priority)) {
        const subs = s.priorities.find((p) => p.id === a.priority)!.subThemes.map((st) => st.id);
        if (!subs.includes(a.subTheme)) {
          report(['actions', i, 'subTheme'], unknownIdMessage(`a sub-theme of priority "${a.priority}"`, a.subTheme, subs));
        }
      }
      if (a.status !== 'not-stated' && a.statusConfirmed === undefined) {
        report(['actions', i, 'statusConfirmed'], `status "${a.status}" needs the date it was confirmed. Add statusConfirmed: YYYY-MM-DD.`);
      }
    });
    s.residentVoice.forEach((v, i) => {
      needPriority(v.priority, ['residentVoice', i, 'priority']);
      needSource(v.source.document, ['residentVoice', i, 'source', 'document']);
    });
    s.facts.forEach((f, i) => {
      needPriority(f.priority, ['facts', i, 'priority']);
      needSource(f.source.document, ['facts', i, 'source', 'document']);
    });
    s.oldSlugs.forEach((old, i) => {
      if (old === strategyId || (strategiesById.has(old) && old !== strategyId)) {
        report(['oldSlugs', i], `"${old}" is the address of a current strategy, so it cannot redirect here.`);
      }
    });
    s.oldSlugs.forEach((old, i) => claimOldAddress(oldStrategyAddresses, old, file, ['oldSlugs', i], 'strategy'));
    const oldPriorityAddresses = new Map<string, string>();
    s.priorities.forEach((p, i) => {
      p.oldSlugs.forEach((old, j) => {
        if (s.priorities.some((q) => q.id === old)) {
          report(['priorities', i, 'oldSlugs', j], `"${old}" is the id of a current priority of this strategy, so it cannot redirect here.`);
        }
        claimOldAddress(oldPriorityAddresses, old, `${file} priorities[${i}]`, ['priorities', i, 'oldSlugs', j], 'priority', file);
      });
    });
  }

  for (const { file, data: u } of content.updates) {
    const report = (path: Path, message: string) => problems.push({ file, path, message });
    checkPlaces(file, u.places, ['places']);
    checkThemes(file, u.themes, ['themes']);
    const strategy = strategiesById.get(u.strategy);
    if (!strategy) {
      report(['strategy'], unknownIdMessage('a strategy in content/strategies', u.strategy, strategiesById.keys()));
    } else {
      const priorityIds = new Set(strategy.data.priorities.map((p) => p.id));
      u.priorities.forEach((p, i) => {
        if (!priorityIds.has(p)) report(['priorities', i], unknownIdMessage(`a priority of ${u.strategy}`, p, priorityIds));
      });
      const clash = differentDocumentWithSameId(u.source, strategy.data.sources);
      if (clash) report(['source', 'id'], clash);
    }
    if (u.date === undefined && u.dateAsPrinted === undefined) {
      report(['date'], 'needs a date. Add date: YYYY-MM-DD, or dateAsPrinted: with the date as the source prints it.');
    }
    u.figures.forEach((m, i) => checkMeasureFigures(m, ['figures', i], report));
    const factIds = new Set<string>();
    u.facts.forEach((f, i) => {
      if (factIds.has(f.id)) report(['facts', i, 'id'], `id "${f.id}" is used twice in this update; choose another.`);
      factIds.add(f.id);
      if (f.source.document !== u.source.id) report(['facts', i, 'source', 'document'], unknownIdMessage('this update\'s source document', f.source.document, [u.source.id]));
      if (f.priority !== undefined && !u.priorities.includes(f.priority)) report(['facts', i, 'priority'], unknownIdMessage('a priority this update lists', f.priority, u.priorities));
    });
  }

  for (const { file, data: a } of content.areas) {
    const report = (path: Path, message: string) => problems.push({ file, path, message });
    if (!placeIds.has(a.place)) report(['place'], unknownIdMessage('a place in content/places', a.place, placeIds));
    if (a.strategy !== undefined && !strategiesById.has(a.strategy)) {
      report(['strategy'], unknownIdMessage('a strategy in content/strategies', a.strategy, strategiesById.keys()));
    }
    const areaStrategy = a.strategy === undefined ? undefined : strategiesById.get(a.strategy);
    const areaClash = areaStrategy && differentDocumentWithSameId(a.source, areaStrategy.data.sources);
    if (areaClash) report(['source', 'id'], areaClash);
    const seen = new Set<string>();
    a.indicators.forEach((ind, i) => {
      if (seen.has(ind.id)) report(['indicators', i, 'id'], `id "${ind.id}" is used twice in this profile; choose another.`);
      seen.add(ind.id);
      checkThemes(file, ind.themes, ['indicators', i, 'themes']);
      if (PERCENT_UNITS.has(ind.unit) && (ind.value < 0 || ind.value > 100)) {
        report(['indicators', i, 'value'], `${ind.value} is not a percentage between 0 and 100. Check the figure.`);
      }
    });
  }

  const abbreviations = new Map<string, string>();
  for (const { file, data: g } of content.glossary) {
    if (!g.abbreviation) continue;
    const other = abbreviations.get(g.abbreviation);
    if (other) problems.push({ file, path: ['abbreviation'], message: `"${g.abbreviation}" is already explained in ${other}. Keep one entry per abbreviation.` });
    else abbreviations.set(g.abbreviation, file);
    checkPlaces(file, g.places, ['places']);
  }

  const oldPlaceAddresses = new Map<string, string>();
  for (const { file, data: p } of content.places) {
    p.oldSlugs.forEach((old, i) => {
      claimOldAddress(oldPlaceAddresses, old, file, ['oldSlugs', i], 'place');
      if (placeIds.has(old)) problems.push({ file, path: ['oldSlugs', i], message: `"${old}" is the address of a current place, so it cannot redirect here.` });
    });
  }

  return problems;
}
