// Rehype plugin: links in strategy and update bodies that go to another website get rel="external"
// and the same screen reader words as the ExternalLink component (the arrow comes from CSS).
// The work is done by the rehype-external-links package; this module sets it up for our site.
import type { Element, Root } from 'hast';
import externalLinks from 'rehype-external-links';
import { EXTERNAL_LINK_TEXT } from '../i18n/en.ts';

/** The rel values a link already has, as a list. */
function relOf(link: Element): string[] {
  const rel: unknown = link.properties.rel;
  if (Array.isArray(rel)) return rel.map(String);
  return typeof rel === 'string' ? rel.split(/\s+/).filter(Boolean) : [];
}

/** Mark every off-site link in the tree; links to `site` itself are left alone. */
export function rehypeExternalLinks(options: { site?: string } = {}): (tree: Root) => void {
  const own = options.site ? new URL(options.site).origin : undefined;
  const transform = externalLinks({
    // The package treats every http(s) link as external; a link to this site is not.
    test: (link: Element) => own === undefined || new URL(String(link.properties.href), own).origin !== own,
    rel: (link: Element) => [...new Set([...relOf(link), 'external'])],
    content: { type: 'text', value: ` ${EXTERNAL_LINK_TEXT}` },
    contentProperties: { className: ['visually-hidden'] },
  });
  return (tree: Root) => transform(tree);
}
