import { describe, expect, it } from 'vitest';
import { rehypeExternalLinks } from '../../../src/integrations/rehype-external-links.ts';

const link = (href: string) => ({ type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: 'Read it' }] });

describe('links to other websites in bodies', () => {
  it('get rel="external" and words for screen readers', () => {
    const tree = { type: 'root', children: [{ type: 'element', tagName: 'p', children: [link('https://council.example/plan')] }] };
    rehypeExternalLinks({ site: 'https://site.example' })(tree);
    const a = tree.children[0]!.children[0]!;
    expect(a.properties).toEqual({ href: 'https://council.example/plan', rel: ['external'] });
    expect(JSON.stringify(a.children)).toContain('(opens external site)');
  });

  it('are left alone when they stay on the site', () => {
    const internal = link('/glossary/');
    const own = link('https://site.example/about/');
    rehypeExternalLinks({ site: 'https://site.example' })({ type: 'root', children: [internal, own] });
    expect(internal.properties).toEqual({ href: '/glossary/' });
    expect(own.properties).toEqual({ href: 'https://site.example/about/' });
  });
});
