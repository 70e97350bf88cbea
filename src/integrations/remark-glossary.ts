// Remark plugin: in strategy and update bodies, the first use of each glossary abbreviation
// becomes <a href="/glossary/#term-..."><abbr title="Full term">ABBR</abbr></a>.
import { glossaryUrl, anchors } from '../lib/urls.ts';
import { splitFirstUses, type GlossaryMatcher } from '../lib/glossary-links.ts';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  url?: string;
  data?: Record<string, unknown>;
}

const SKIP = new Set([
  'link',
  'linkReference',
  'heading',
  'inlineCode',
  'code',
  'mdxJsxTextElement',
  'mdxJsxFlowElement',
]);

export function remarkGlossary(options: { matchers: GlossaryMatcher[] }) {
  // The tree is typed loosely so the plugin fits Astro's RemarkPlugin type without importing mdast types.
  return (tree: unknown) => {
    const used = new Set<string>();
    const walk = (node: MdNode) => {
      if (!node.children || SKIP.has(node.type)) return;
      node.children = node.children.flatMap((child) => {
        if (child.type !== 'text') {
          walk(child);
          return [child];
        }
        return splitFirstUses(child.value ?? '', options.matchers, used).map((segment): MdNode =>
          'term' in segment
            ? {
                type: 'link',
                url: `${glossaryUrl()}#${anchors.glossary(segment.term.id)}`,
                children: [
                  {
                    type: 'glossaryAbbr',
                    data: { hName: 'abbr', hProperties: { title: segment.term.term } },
                    children: [{ type: 'text', value: segment.text }],
                  },
                ],
              }
            : { type: 'text', value: segment.text },
        );
      });
    };
    walk(tree as MdNode);
  };
}
