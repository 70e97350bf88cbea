// Rehype plugin: links in strategy and update bodies that go to another website get rel="external"
// and the same screen reader words as the ExternalLink component (the arrow comes from CSS).
import { EXTERNAL_LINK_TEXT } from '../i18n/en.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const isWebLink = (href: unknown): href is string => typeof href === 'string' && /^https?:\/\//i.test(href);

/** Mark every off-site link in the tree; links to `site` itself are left alone. */
export function rehypeExternalLinks(options: { site?: string } = {}) {
  const own = options.site ? new URL(options.site).origin : undefined;
  return (tree: HastNode) => {
    const walk = (node: HastNode) => {
      if (node.type === 'element' && node.tagName === 'a' && isWebLink(node.properties?.href) && new URL(node.properties.href).origin !== own) {
        const rel = node.properties.rel;
        const rels = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : [];
        node.properties.rel = [...new Set([...rels, 'external'])];
        node.children = [
          ...(node.children ?? []),
          { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: ` ${EXTERNAL_LINK_TEXT}` }] },
        ];
        return;
      }
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}
