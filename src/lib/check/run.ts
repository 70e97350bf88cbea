// The content check: read every content file, validate it against its schema and the
// cross-reference rules, refuse unsafe MDX, and report every problem with file, line and field.
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTIONS, entryIdFromFile, type CollectionName } from './collections.ts';
import { parseYamlWithLines, splitFrontmatter } from './locate.ts';
import { BIDI_CONTROLS, BIDI_MESSAGE, bidiControlLines, checkBody } from './body-safety.ts';
import { placeholderLines } from '../scaffold.ts';
import { unreviewedLines } from '../import/review.ts';
import { explainIssue, formatPath, schemaProblems, yamlProblems } from './messages.ts';
import { readCoverageReviews } from './coverage-review.ts';
import { checkCrossReferences, type Entry, type SiteContent } from '../../schemas/rules.ts';
import { plainEnglishSettings } from '../../schemas/plain-english.ts';
import { adviseOnText, bodyParagraphs, knownAcronyms, PLAIN_ENGLISH_FILE, proseFields } from './plain-english.ts';

export interface Problem {
  /** File path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  /** Field path such as priorities[2].themes[0], or "file" / "body". */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

/** One content file as read once for the whole build: what the check validated is what the pages get. */
export interface ReadEntry {
  collection: CollectionName;
  id: string;
  /** File path relative to the project root. */
  file: string;
  /** The whole file, for the content layer's change digest. */
  source: string;
  /** The fields as parsed from YAML, before the schema's defaults and transforms. */
  fields: unknown;
  /** Markdown/MDX files: the body exactly as the build renders it (see splitFrontmatter). */
  renderedBody?: string;
}

export interface CheckResult {
  problems: Problem[];
  errors: Problem[];
  fileCount: number;
  content: SiteContent;
  /** Every valid entry as read, by `collection/id`: the one source of content for the build. */
  entries: Map<string, ReadEntry>;
}

/** Content files above this size are refused: the largest real strategy is about 70 KB. */
export const MAX_FILE_BYTES = 200 * 1024;

/** priorities[2].themes[0] from ['priorities', 2, 'themes', 0]. */

/** Paths of every text value in parsed fields that holds a bidirectional control character. */
function bidiPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return BIDI_CONTROLS.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => bidiPaths(v, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [
      ...(BIDI_CONTROLS.test(k) ? [[...path, k]] : []),
      ...bidiPaths(v, [...path, k]),
    ]);
  }
  return [];
}

/** Check all content under `root/content`. Reports every problem in one pass. */
export function checkContent(root: string): CheckResult {
  const contentDir = join(root, 'content');
  const problems: Problem[] = [];
  const content: SiteContent = { places: [], themes: [], strategies: [], updates: [], areas: [], glossary: [] };
  const lineFinders = new Map<string, (path: readonly (string | number)[]) => number>();
  const entries = new Map<string, ReadEntry>();
  const filesById = new Map<string, string>();
  const prose: { file: string; data: unknown; body?: { text: string; line: number } }[] = [];
  let fileCount = 0;

  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const spec = COLLECTIONS[name];
    const dir = join(contentDir, spec.dir);
    if (!existsSync(dir)) continue;
    for (const fileName of readdirSync(dir).sort()) {
      const absolute = join(dir, fileName);
      const file = relative(root, absolute).split('\\').join('/');
      const add = (line: number, field: string, message: string, severity: Problem['severity'] = 'error') =>
        problems.push({ file, line, field, message, severity });
      if (fileName.startsWith('.') || fileName === 'README.md') continue;
      const stat = lstatSync(absolute);
      if (stat.isSymbolicLink()) {
        add(
          1,
          'file',
          'is a link to another file. Content must be real files in this folder: replace the link with the file itself.',
        );
        continue;
      }
      if (stat.isDirectory()) {
        add(
          1,
          'file',
          `is a folder, and files in folders inside content/${spec.dir} are not read. Move its files up into content/${spec.dir}.`,
        );
        continue;
      }
      if (!spec.extensions.some((ext) => fileName.endsWith(ext))) {
        add(
          1,
          'file',
          `this file is not read: files in content/${spec.dir} must end ${spec.extensions.join(' or ')}. Rename it.`,
        );
        continue;
      }
      fileCount++;
      const id = entryIdFromFile(fileName);
      const sameId = filesById.get(`${name}/${id}`);
      if (sameId) {
        add(
          1,
          'file',
          `has the same name as ${sameId} apart from its ending, so both would be the page "${id}". Rename or delete one of them.`,
        );
        continue;
      }
      filesById.set(`${name}/${id}`, file);
      if (stat.size > MAX_FILE_BYTES) {
        add(
          1,
          'file',
          `is ${Math.round(stat.size / 1024)} KB; a content file may be at most ${MAX_FILE_BYTES / 1024} KB. Split it, or move long text out of it.`,
        );
        continue;
      }
      const source = readFileSync(absolute, 'utf8');
      // Entries drafted by the importer stay unpublished until someone has checked each against the document.
      for (const { line, from } of unreviewedLines(source)) {
        add(
          line,
          'unreviewed',
          `drafted by the importer from ${from} and not yet checked. Compare it with the document, correct it, then delete this "unreviewed:" line.`,
        );
      }
      const unfilled = placeholderLines(source);
      if (unfilled.length) {
        for (const { line, text } of unfilled) {
          const field = /^(?:- )?([A-Za-z]+):/.exec(text)?.[1] ?? (spec.hasBody && line > 2 ? 'body' : 'placeholder');
          const hint = text
            .slice(text.indexOf('FILL IN') + 'FILL IN'.length)
            .replace(/^[:\s]+/, '')
            .replace(/"$/, '')
            .replace(/\\"/g, '"');
          add(line, field, `still says "FILL IN". Replace it with the real value (${hint}).`);
        }
        continue;
      }
      let yamlText = source;
      let firstLine = 1;
      let body: { text: string; line: number } | undefined;
      let renderedBody: string | undefined;
      let buildYamlProblem: { line: number; message: string } | undefined;
      // A hidden bidirectional control is reported once per line, wherever the rules below meet it.
      const bidiLines = new Set(bidiControlLines(source));
      for (const line of bidiLines) add(line, 'text', BIDI_MESSAGE);
      if (spec.hasBody) {
        const split = splitFrontmatter(source);
        if (split.yaml === undefined) {
          add(
            1,
            'frontmatter',
            'the file must start with a line of three dashes (---), then its fields, then another --- line.',
          );
          continue;
        }
        for (const p of split.problems) add(p.line, 'frontmatter', p.message);
        if (split.problems.length) continue;
        yamlText = split.yaml;
        firstLine = split.yamlFirstLine;
        renderedBody = split.renderedBody;
        buildYamlProblem = split.buildYamlProblem;
        body = { text: split.body, line: split.bodyStartLine };
        for (const p of checkBody(split.renderedBody, { isMdx: fileName.endsWith('.mdx') })) {
          if (p.message === BIDI_MESSAGE && bidiLines.has(p.line)) continue;
          add(p.line, p.field, p.message);
        }
      }
      const parsed = parseYamlWithLines(yamlText, firstLine);
      if (parsed.errors.length) {
        for (const p of yamlProblems(parsed.errors)) add(p.line, p.field, p.message);
        continue;
      }
      if (buildYamlProblem) {
        // Readable here but not by the YAML reader inside Astro, which would stop the build: say so now.
        add(buildYamlProblem.line, 'yaml', buildYamlProblem.message);
        continue;
      }
      for (const path of bidiPaths(parsed.data)) {
        const line = parsed.lineOf(path);
        if (!bidiLines.has(line)) add(line, formatPath(path), BIDI_MESSAGE);
      }
      const result = spec.schema.safeParse(parsed.data ?? {}, { reportInput: true });
      if (!result.success) {
        for (const p of schemaProblems(spec.schema, result.error.issues, parsed.lineOf))
          add(p.line, p.field, p.message);
        continue;
      }
      lineFinders.set(file, parsed.lineOf);
      prose.push({ file, data: parsed.data, body });
      entries.set(`${name}/${id}`, { collection: name, id, file, source, fields: parsed.data ?? {}, renderedBody });
      const entry: Entry<never> = { id, file, data: result.data as never };
      (content[name] as Entry<unknown>[]).push(entry);
    }
  }

  for (const rule of checkCrossReferences(content)) {
    const lineOf = lineFinders.get(rule.file);
    problems.push({
      file: rule.file,
      line: lineOf ? lineOf(rule.path) : 1,
      field: formatPath(rule.path),
      message: rule.message,
      severity: 'error',
    });
  }

  // The reviewed lists of what the site leaves out of each source (content/coverage/): data for the coverage
  // report, checked here so a mistake is caught before the report quietly ignores the file.
  problems.push(...readCoverageReviews(root, content).problems);
  problems.push(...plainEnglishWarnings(root, content, prose, lineFinders));

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const errors = problems.filter((p) => p.severity === 'error');
  // A file with any error is not read into the site, so a failed check can never half-feed a build.
  const failed = new Set(errors.map((p) => p.file));
  for (const [key, entry] of entries) if (failed.has(entry.file)) entries.delete(key);
  return { problems, errors, fileCount, content, entries };
}

/**
 * Plain-English advice as warnings, only when content/plain-english.yaml exists (it holds the
 * targets and the words to avoid, so comms teams can edit them).
 */
function plainEnglishWarnings(
  root: string,
  content: SiteContent,
  prose: { file: string; data: unknown; body?: { text: string; line: number } }[],
  lineFinders: Map<string, (path: readonly (string | number)[]) => number>,
): Problem[] {
  const settingsPath = join(root, PLAIN_ENGLISH_FILE);
  if (!existsSync(settingsPath)) return [];
  const parsed = parseYamlWithLines(readFileSync(settingsPath, 'utf8'));
  const settings = plainEnglishSettings.safeParse(parsed.data ?? {});
  if (parsed.errors.length || !settings.success) {
    const message =
      parsed.errors[0]?.message ?? (settings.error ? explainIssue(settings.error.issues[0]!) : 'could not be read');
    return [{ file: PLAIN_ENGLISH_FILE, line: parsed.errors[0]?.line ?? 1, field: 'file', message, severity: 'error' }];
  }
  const known = knownAcronyms(
    content.glossary.map((g) => g.data),
    settings.data.allowedAcronyms,
  );
  const warnings: Problem[] = [];
  for (const item of prose) {
    const lineOf = lineFinders.get(item.file)!;
    for (const field of proseFields(item.data)) {
      for (const advice of adviseOnText(field.text, settings.data, known, field.isSummary)) {
        warnings.push({
          file: item.file,
          line: lineOf(field.path),
          field: formatPath(field.path),
          message: advice.message,
          severity: 'warning',
        });
      }
    }
    for (const paragraph of item.body ? bodyParagraphs(item.body.text, item.body.line) : []) {
      for (const advice of adviseOnText(paragraph.text, settings.data, known)) {
        warnings.push({
          file: item.file,
          line: paragraph.line,
          field: 'body',
          message: advice.message,
          severity: 'warning',
        });
      }
    }
  }
  return warnings;
}

/** One line per problem: `file:line field: message`. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line} ${p.field}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

/** A GitHub Actions workflow command, so the problem shows on the pull request's file and line. */
export function formatAnnotation(p: Problem): string {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${p.severity} file=${escapeProperty(p.file)},line=${p.line},title=${escapeProperty(p.field)}::${escapeData(p.message)}`;
}
