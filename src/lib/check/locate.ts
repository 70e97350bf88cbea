// Parse YAML keeping positions, so that every problem can name the line it is on.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';

export interface ParsedYaml {
  data: unknown;
  /** Line (1-based, in the whole file) for a field path; the nearest existing ancestor if the field is missing. */
  lineOf(path: readonly (string | number)[]): number;
  /** Syntax errors, with their lines. */
  errors: { line: number; message: string }[];
}

/** How a Markdown/MDX file splits into frontmatter and body: exactly as the build splits it. */
export interface SplitFile {
  /** The frontmatter text between the delimiters (undefined when the file has none). */
  yaml: string | undefined;
  /** The file line the frontmatter text starts on (the opening delimiter's line). */
  yamlFirstLine: number;
  /** The text after the closing delimiter's line, for tools that rewrite bodies. */
  body: string;
  /** The file line `body` starts on. */
  bodyStartLine: number;
  /**
   * The body exactly as the build renders it: the whole file with the frontmatter and its delimiters
   * blanked to spaces, so every line and column is the file's own. The check parses this string and
   * the build (the content loader for Markdown, @astrojs/mdx for MDX) renders this same string.
   */
  renderedBody: string;
  /** Delimiter problems: TOML (+++) frontmatter, text on a delimiter line. */
  problems: { line: number; message: string }[];
  /** Set when the build's own YAML reader (js-yaml, in Astro) cannot read the fields. */
  buildYamlProblem?: { line: number; message: string };
}

const lineAtOffset = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/**
 * Split a Markdown/MDX file with Astro's own frontmatter splitter (the one its content layer and
 * @astrojs/mdx use), so the check can never read a different body from the one the build renders.
 * A hand-written splitter once ended the frontmatter at a "---" in the middle of a line, so the check
 * saw a harmless body while the build compiled another.
 */
export function splitFrontmatter(source: string): SplitFile {
  const raw = extractFrontmatter(source);
  if (raw === undefined) {
    return { yaml: undefined, yamlFirstLine: 1, body: source, bodyStartLine: 1, renderedBody: source, problems: [] };
  }
  const problems: SplitFile['problems'] = [];
  let buildYamlProblem: SplitFile['buildYamlProblem'];
  // The delimiter is the first thing in the file after a byte-order mark and blank lines.
  const delimiter = source
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 3);
  const block = `${delimiter}${raw}${delimiter}`;
  const start = source.indexOf(block);
  const end = start + block.length;
  const yamlFirstLine = lineAtOffset(source, start);
  let renderedBody: string;
  try {
    // Astro's own call, as its content layer and @astrojs/mdx make it: the body string the build renders.
    renderedBody = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content;
  } catch (error) {
    // The build's YAML reader (js-yaml) cannot read these fields, so the build would stop here too.
    const e = error as { reason?: string; message: string; mark?: { line: number } };
    buildYamlProblem = {
      line: yamlFirstLine + (e.mark?.line ?? 0),
      message: `the fields could not be read: ${e.reason ?? e.message.split('\n')[0]}. Check indentation, colons and quotes on this line.`,
    };
    renderedBody = source.slice(0, start) + `   ${raw.replace(/[^\r\n]/g, ' ')}   ` + source.slice(end);
  }
  const closingLine = lineAtOffset(source, end);
  if (delimiter === '+++') {
    problems.push({
      line: yamlFirstLine,
      message: 'fields must sit between two lines of three dashes (---), not "+++" (TOML is not read).',
    });
  }
  const openingRest = raw.slice(0, raw.indexOf('\n')).trim();
  if (openingRest) {
    problems.push({
      line: yamlFirstLine,
      message: `the first line must be three dashes (---) and nothing else, but it has "${openingRest}" after them. Move it to the next line.`,
    });
  }
  const newline = source.indexOf('\n', end);
  const closingRest = source.slice(end, newline === -1 ? undefined : newline).trim();
  if (closingRest) {
    problems.push({
      line: closingLine,
      message: `the line that ends the fields must be three dashes (---) and nothing else, but it has "${closingRest}" after them. Move it to the next line.`,
    });
  }
  const bodyStart = newline === -1 ? source.length : newline + 1;
  return {
    yaml: raw,
    yamlFirstLine,
    body: source.slice(bodyStart),
    bodyStartLine: newline === -1 ? closingLine : closingLine + 1,
    renderedBody,
    problems,
    buildYamlProblem,
  };
}

/**
 * Parse YAML text that starts on `firstLine` of its file. YAML 1.2 core rules keep
 * dates as text, so an impossible date such as 2024-02-30 is caught here instead of
 * silently rolling over to 1 March (as a YAML 1.1 timestamp would in Astro's loader).
 */
export function parseYamlWithLines(text: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, version: '1.2', prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const errors = [...doc.errors].map((e) => ({
    line: lineAt(e.pos[0]),
    message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
  }));
  const lineOf = (path: readonly (string | number)[]) => {
    let node: unknown = doc.contents;
    // A field that is missing is reported at the first line of fields (not the opening --- line).
    let best = firstLine + (/^[ \t]*\r?\n/.test(text) ? 1 : 0);
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === segment);
        if (!pair) break;
        const key = pair.key as Node | null;
        if (key?.range) best = lineAt(key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        if (item.range) best = lineAt(item.range[0]);
        node = item;
      } else {
        break;
      }
    }
    return best;
  };
  let data: unknown;
  try {
    data = errors.length ? undefined : doc.toJS();
  } catch (error) {
    errors.push({ line: firstLine, message: String((error as Error).message) });
  }
  return { data, lineOf, errors };
}
