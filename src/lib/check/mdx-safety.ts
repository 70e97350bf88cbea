// MDX compiles to JavaScript, and content arrives by pull request from many people.
// Bodies may use Markdown and a short allow-list of the site's components and
// harmless HTML elements; anything that could run code is refused with its line.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';

/** Site components that content may use, by name. Each must be passed to the MDX renderer. */
export const ALLOWED_COMPONENTS = ['InsetText'] as const;

/** Plain HTML elements that content may use. */
export const ALLOWED_ELEMENTS = ['abbr', 'br', 'em', 'strong', 'small', 'sub', 'sup', 'span'] as const;

const ALLOWED = new Set<string>([...ALLOWED_COMPONENTS, ...ALLOWED_ELEMENTS]);
const ALLOWED_ATTRIBUTES = new Set(['title', 'lang', 'class']);
const UNSAFE_URL = /^\s*(?:javascript|vbscript|data):/i;

export interface BodyProblem {
  line: number;
  field: string;
  message: string;
}

interface MdNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number } };
}

const parser = unified().use(remarkParse).use(remarkMdx);

/**
 * Check an MDX body. `firstLine` is the file line the body starts on. In a plain `.md` file
 * (`isMdx: false`) site components are not rendered, so they are refused with a fix.
 */
export function checkMdxBody(body: string, firstLine: number, { isMdx = true }: { isMdx?: boolean } = {}): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const lineOf = (node: MdNode) => (node.position?.start.line ?? 1) + firstLine - 1;
  let tree: MdNode;
  try {
    tree = parser.parse(body) as MdNode;
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line: number } }; reason?: string; message: string };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? 1;
    return [{ line: line + firstLine - 1, field: 'body', message: `the text could not be read: ${e.reason ?? e.message}. Check for a stray "<" or "{"; write "&lt;" or "\\{" to show them as text.` }];
  }
  const add = (node: MdNode, message: string) => problems.push({ line: lineOf(node), field: 'body', message });

  const visit = (node: MdNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(node, '"import" and "export" lines are not allowed in content. Remove the line; the site provides its components itself.');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(node, '{...} expressions are not allowed in content. Remove the braces, or write "\\{" to show a brace as text.');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!ALLOWED.has(name)) {
          add(node, `<${name || '>'}> is not allowed in content. Use Markdown, or one of: ${[...ALLOWED].map((n) => `<${n}>`).join(', ')}.`);
        } else if (!isMdx && (ALLOWED_COMPONENTS as readonly string[]).includes(name)) {
          add(node, `<${name}> only works in .mdx files; this is a .md file, so it would show as broken text. Rename the file to end .mdx.`);
        }
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute') {
            add(node, `{...} spread attributes are not allowed on <${name}>. Remove them.`);
            continue;
          }
          const attrName = attribute.name ?? '';
          if (/^on/i.test(attrName)) {
            add(node, `the "${attrName}" attribute on <${name}> would run code, which content may not do. Remove it.`);
          } else if (typeof attribute.value === 'object' && attribute.value !== null) {
            add(node, `{...} expressions are not allowed in attributes ("${attrName}" on <${name}>). Write a plain "quoted" value.`);
          } else if (typeof attribute.value === 'string' && UNSAFE_URL.test(attribute.value)) {
            add(node, `"${attribute.value.trim().split(':')[0]}:" links are not allowed ("${attrName}" on <${name}>). Use an https:// address.`);
          } else if (!ALLOWED_ATTRIBUTES.has(attrName)) {
            add(node, `the "${attrName}" attribute is not allowed on <${name}>. Allowed: ${[...ALLOWED_ATTRIBUTES].join(', ')}.`);
          }
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (typeof node.url === 'string' && UNSAFE_URL.test(node.url)) {
          add(node, `"${node.url.trim().split(':')[0]}:" links are not allowed. Use an https:// address or a link to a page on this site.`);
        }
        break;
      case 'html':
        add(node, 'raw HTML is not allowed in content. Use Markdown instead.');
        break;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}
