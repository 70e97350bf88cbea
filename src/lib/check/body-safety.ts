// Markdown and MDX bodies arrive by pull request from many people, and MDX compiles to JavaScript.
// One set of rules decides what a body may contain. The content check applies them to the body it
// parses, and the build applies the very same rules again inside its own remark pipeline
// (src/markdown/remark-body-safety.ts), so a body that somehow slipped past the check still fails the build
// before any MDX module is evaluated.
import type { Root, Nodes } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';

/** Site components that content may use, by name. Each must be passed to the MDX renderer. */
export const ALLOWED_COMPONENTS = ['InsetText'] as const;

/** Plain HTML elements that MDX content may use. */
export const ALLOWED_ELEMENTS = ['abbr', 'br', 'em', 'strong', 'small', 'sub', 'sup', 'span'] as const;

const ALLOWED = new Set<string>([...ALLOWED_COMPONENTS, ...ALLOWED_ELEMENTS]);
const ALLOWED_ATTRIBUTES = new Set(['title', 'lang', 'class']);

/** Link schemes a body may use; any other scheme (javascript:, data:, vbscript:, file:, ...) is refused. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * Bidirectional embedding, override and isolate controls. They can make text display in an order other
 * than it is stored (a reviewer reads one thing, a page or a feed shows another).
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** What the check says of a bidirectional control character, wherever it is. */
export const BIDI_MESSAGE =
  'has a hidden character that reverses the order text is shown in (U+202A to U+202E or U+2066 to U+2069). Delete it and retype the text.';

export interface BodyProblem {
  line: number;
  field: string;
  message: string;
}

/** How a body's address reads to a browser: its scheme (lower case) and whether it leaves the site. */
export function readUrl(url: string): { scheme: string | undefined; protocolRelative: boolean } {
  // Browsers drop tabs and newlines anywhere in a URL and C0 controls and spaces at either end
  // ("java\tscript:" is javascript:), and read a backslash like a slash.
  const isControlOrSpace = (c: string) => c.charCodeAt(0) <= 0x20;
  let cleaned = url.replace(/[\t\n\r]/g, '');
  while (cleaned && isControlOrSpace(cleaned[0]!)) cleaned = cleaned.slice(1);
  while (cleaned && isControlOrSpace(cleaned[cleaned.length - 1]!)) cleaned = cleaned.slice(0, -1);
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
  return { scheme, protocolRelative: /^[/\\]{2}/.test(cleaned) };
}

function linkProblem(url: string): string | undefined {
  const { scheme, protocolRelative } = readUrl(url);
  if (protocolRelative) return `the link "${url.trim()}" has no https:. Write the whole address, starting https://.`;
  if (scheme && !LINK_SCHEMES.has(scheme)) {
    return `"${scheme}:" links are not allowed. Use an https:// address or a link to a page on this site.`;
  }
  return undefined;
}

function imageProblem(url: string): string | undefined {
  const { scheme, protocolRelative } = readUrl(url);
  if (scheme || protocolRelative) {
    return `images must be files in this repository, not "${url.trim()}" on another website. Save the image beside the content and link to it with a relative path.`;
  }
  return undefined;
}

function attributeProblem(name: string, attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): string | undefined {
  if (attribute.type !== 'mdxJsxAttribute') return `{...} spread attributes are not allowed on <${name}>. Remove them.`;
  const attrName = attribute.name;
  if (/^on/i.test(attrName))
    return `the "${attrName}" attribute on <${name}> would run code, which content may not do. Remove it.`;
  if (typeof attribute.value === 'object' && attribute.value !== null) {
    return `{...} expressions are not allowed in attributes ("${attrName}" on <${name}>). Write a plain "quoted" value.`;
  }
  if (!ALLOWED_ATTRIBUTES.has(attrName)) {
    return `the "${attrName}" attribute is not allowed on <${name}>. Allowed: ${[...ALLOWED_ATTRIBUTES].join(', ')}.`;
  }
  return undefined;
}

/**
 * Every problem in a parsed body, each with the node it is on. `isMdx` says whether the file is .mdx
 * (site components render) or .md (no HTML at all: Markdown renders raw HTML as HTML).
 */
export function unsafeNodes(tree: Root, { isMdx }: { isMdx: boolean }): { node: Nodes; message: string }[] {
  const found: { node: Nodes; message: string }[] = [];
  const add = (node: Nodes, message: string | undefined) => {
    if (message) found.push({ node, message });
  };
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier, node.url);
  });

  visit(tree, (node: Nodes) => {
    // Also written as a character reference (&#x202E;), which the parser has already decoded here.
    const texts = [
      (node as { value?: unknown }).value,
      (node as { url?: unknown }).url,
      (node as { title?: unknown }).title,
      (node as { alt?: unknown }).alt,
    ];
    if (texts.some((t) => typeof t === 'string' && BIDI_CONTROLS.test(t))) add(node, BIDI_MESSAGE);
    switch (node.type) {
      case 'mdxjsEsm':
        add(
          node,
          '"import" and "export" lines are not allowed in content. Remove the line; the site provides its components itself.',
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(
          node,
          '{...} expressions are not allowed in content. Remove the braces, or write "\\{" to show a brace as text.',
        );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!ALLOWED.has(name)) {
          add(
            node,
            `<${name || '>'}> is not allowed in content. Use Markdown, or one of: ${[...ALLOWED].map((n) => `<${n}>`).join(', ')}.`,
          );
        } else if (!isMdx && (ALLOWED_COMPONENTS as readonly string[]).includes(name)) {
          add(node, `<${name}> only works in .mdx files. Rename the file to end .mdx.`);
        }
        for (const attribute of node.attributes) add(node, attributeProblem(name, attribute));
        break;
      }
      case 'html':
        add(
          node,
          isMdx
            ? 'raw HTML is not allowed in content. Use Markdown instead.'
            : 'HTML is not allowed in .md files. Use Markdown, or rename the file to end .mdx to use <abbr> and the other allowed elements.',
        );
        break;
      case 'link':
      case 'definition':
        add(node, linkProblem(node.url));
        break;
      case 'image':
        add(node, imageProblem(node.url));
        break;
      case 'imageReference': {
        const url = definitions.get(node.identifier);
        if (url !== undefined) add(node, imageProblem(url));
        break;
      }
    }
  });
  return found;
}

const markdownParser = unified().use(remarkParse).use(remarkGfm);
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Lines (1-based) of `text` that hold a bidirectional control character. */
export function bidiControlLines(text: string): number[] {
  return text.split('\n').flatMap((line, i) => (BIDI_CONTROLS.test(line) ? [i + 1] : []));
}

/**
 * Check a body as the build will render it. `renderedBody` is the whole file with its frontmatter
 * blanked (see splitFrontmatter), so positions are the file's own lines.
 */
export function checkBody(renderedBody: string, { isMdx }: { isMdx: boolean }): BodyProblem[] {
  let tree: Root;
  try {
    tree = (isMdx ? mdxParser : markdownParser).parse(renderedBody);
  } catch (error) {
    const e = error as {
      line?: number;
      place?: { line?: number; start?: { line: number } };
      reason?: string;
      message: string;
    };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? 1;
    return [
      {
        line,
        field: 'body',
        message: `the text could not be read: ${e.reason ?? e.message}. Check for a stray "<" or "{"; write "&lt;" or "\\{" to show them as text.`,
      },
    ];
  }
  return unsafeNodes(tree, { isMdx }).map(({ node, message }) => ({
    line: node.position?.start.line ?? 1,
    field: 'body',
    message,
  }));
}
