import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeExternalLinks } from '../../../src/integrations/rehype-external-links.ts';

const link = (href: string, rel?: string[]): Element => ({
  type: 'element',
  tagName: 'a',
  properties: rel ? { href, rel } : { href },
  children: [{ type: 'text', value: 'Read it' }],
});
const root = (...children: Element[]): Root => ({
  type: 'root',
  children: [{ type: 'element', tagName: 'p', properties: {}, children }],
});
const mark = (tree: Root) => rehypeExternalLinks({ site: 'https://site.example' })(tree);

describe('links to other websites in bodies', () => {
  it('get rel="external" and words for screen readers, hidden visually', () => {
    const a = link('https://council.example/plan');
    mark(root(a));
    expect(a.properties).toEqual({ href: 'https://council.example/plan', rel: ['external'] });
    expect(a.children).toEqual([
      { type: 'text', value: 'Read it' },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['visually-hidden'] },
        children: [{ type: 'text', value: ' (opens external site)' }],
      },
    ]);
  });

  it('keep the rel values they already have', () => {
    const a = link('http://council.example/', ['noopener']);
    mark(root(a));
    expect(a.properties.rel).toEqual(['noopener', 'external']);
  });

  it('are left alone when they stay on the site', () => {
    const internal = link('/glossary/');
    const own = link('https://site.example/about/');
    const mail = link('mailto:board@council.example');
    mark(root(internal, own, mail));
    for (const a of [internal, own, mail]) {
      expect(a.properties.rel).toBeUndefined();
      expect(a.children).toHaveLength(1);
    }
  });
});
