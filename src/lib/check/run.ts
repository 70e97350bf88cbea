// The content check: read every content file, validate it against its schema and the
// cross-reference rules, refuse unsafe MDX, and report every problem with file, line and field.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTIONS, entryIdFromFile, type CollectionName } from './collections.ts';
import { parseYamlWithLines, splitFrontmatter } from './locate.ts';
import { checkMdxBody } from './mdx-safety.ts';
import { placeholderLines } from '../scaffold.ts';
import { explainIssue, keysAtPath } from './messages.ts';
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

export interface CheckResult {
  problems: Problem[];
  errors: Problem[];
  fileCount: number;
  content: SiteContent;
  /** Markdown/MDX bodies by collection and entry id. */
  bodies: Map<string, string>;
}

/** priorities[2].themes[0] from ['priorities', 2, 'themes', 0]. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, segment) => {
    if (typeof segment === 'number') return `${out}[${segment}]`;
    return out ? `${out}.${String(segment)}` : String(segment);
  }, '');
}

/** Check all content under `root/content`. Reports every problem in one pass. */
export function checkContent(root: string): CheckResult {
  const contentDir = join(root, 'content');
  const problems: Problem[] = [];
  const content: SiteContent = { places: [], themes: [], strategies: [], updates: [], areas: [], glossary: [] };
  const lineFinders = new Map<string, (path: readonly (string | number)[]) => number>();
  const bodies = new Map<string, string>();
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
      if (!spec.extensions.some((ext) => fileName.endsWith(ext))) {
        add(1, 'file', `this file is not read: files in content/${spec.dir} must end ${spec.extensions.join(' or ')}. Rename it.`);
        continue;
      }
      fileCount++;
      const source = readFileSync(absolute, 'utf8');
      const unfilled = placeholderLines(source);
      if (unfilled.length) {
        for (const { line, text } of unfilled) {
          const field = /^(?:- )?([A-Za-z]+):/.exec(text)?.[1] ?? (spec.hasBody && line > 2 ? 'body' : 'placeholder');
          const hint = text.slice(text.indexOf('FILL IN') + 'FILL IN'.length).replace(/^[:\s]+/, '').replace(/"$/, '').replace(/\\"/g, '"');
          add(line, field, `still says "FILL IN". Replace it with the real value (${hint}).`);
        }
        continue;
      }
      let yamlText = source;
      let firstLine = 1;
      let body: { text: string; line: number } | undefined;
      if (spec.hasBody) {
        const split = splitFrontmatter(source);
        if (split.yaml === undefined) {
          add(1, 'frontmatter', 'the file must start with a line of three dashes (---), then its fields, then another --- line.');
          continue;
        }
        yamlText = split.yaml;
        firstLine = 2;
        bodies.set(`${name}/${entryIdFromFile(fileName)}`, split.body);
        body = { text: split.body, line: split.bodyStartLine };
        for (const p of checkMdxBody(split.body, split.bodyStartLine, { isMdx: fileName.endsWith('.mdx') })) add(p.line, p.field, p.message);
      }
      const parsed = parseYamlWithLines(yamlText, firstLine);
      if (parsed.errors.length) {
        for (const e of parsed.errors) add(e.line, 'yaml', `the fields could not be read: ${e.message}. Check indentation, colons and quotes on this line.`);
        continue;
      }
      const result = spec.schema.safeParse(parsed.data ?? {}, { reportInput: true });
      if (!result.success) {
        for (const issue of result.error.issues) {
          const path = issue.path as (string | number)[];
          const knownKeys = issue.code === 'unrecognized_keys' ? keysAtPath(spec.schema, path) : [];
          add(parsed.lineOf(path), formatPath(path) || '(top level)', explainIssue(issue, knownKeys));
        }
        continue;
      }
      lineFinders.set(file, parsed.lineOf);
      prose.push({ file, data: parsed.data, body });
      const entry: Entry<never> = { id: entryIdFromFile(fileName), file, data: result.data as never };
      (content[name] as Entry<unknown>[]).push(entry);
    }
  }

  for (const rule of checkCrossReferences(content)) {
    const lineOf = lineFinders.get(rule.file);
    problems.push({ file: rule.file, line: lineOf ? lineOf(rule.path) : 1, field: formatPath(rule.path), message: rule.message, severity: 'error' });
  }

  problems.push(...plainEnglishWarnings(root, content, prose, lineFinders));

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, errors: problems.filter((p) => p.severity === 'error'), fileCount, content, bodies };
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
    const message = parsed.errors[0]?.message ?? (settings.error ? explainIssue(settings.error.issues[0]!) : 'could not be read');
    return [{ file: PLAIN_ENGLISH_FILE, line: parsed.errors[0]?.line ?? 1, field: 'file', message, severity: 'error' }];
  }
  const known = knownAcronyms(content.glossary.map((g) => g.data), settings.data.allowedAcronyms);
  const warnings: Problem[] = [];
  for (const item of prose) {
    const lineOf = lineFinders.get(item.file)!;
    for (const field of proseFields(item.data)) {
      for (const advice of adviseOnText(field.text, settings.data, known, field.isSummary)) {
        warnings.push({ file: item.file, line: lineOf(field.path), field: formatPath(field.path), message: advice.message, severity: 'warning' });
      }
    }
    for (const paragraph of item.body ? bodyParagraphs(item.body.text, item.body.line) : []) {
      for (const advice of adviseOnText(paragraph.text, settings.data, known)) {
        warnings.push({ file: item.file, line: paragraph.line, field: 'body', message: advice.message, severity: 'warning' });
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
