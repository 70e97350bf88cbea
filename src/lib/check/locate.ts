// Parse YAML keeping positions, so that every problem can name the line it is on.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface ParsedYaml {
  data: unknown;
  /** Line (1-based, in the whole file) for a field path; the nearest existing ancestor if the field is missing. */
  lineOf(path: readonly (string | number)[]): number;
  /** Syntax errors, with their lines. */
  errors: { line: number; message: string }[];
}

const FRONTMATTER = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

/** Split a Markdown/MDX file into frontmatter text, body text and the line the body starts on. */
export function splitFrontmatter(source: string): { yaml: string | undefined; body: string; bodyStartLine: number } {
  const match = FRONTMATTER.exec(source);
  if (!match) return { yaml: undefined, body: source, bodyStartLine: 1 };
  const consumed = match[0];
  const bodyStartLine = consumed.split('\n').length - (consumed.endsWith('\n') ? 0 : 1);
  return { yaml: match[1]!, body: source.slice(consumed.length), bodyStartLine };
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
    let best = firstLine;
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
