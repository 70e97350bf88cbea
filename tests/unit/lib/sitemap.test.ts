import { describe, expect, it } from 'vitest';
import { sitemapXml } from '../../../src/lib/sitemap.ts';

describe('the sitemap', () => {
  it('lists pages as absolute URLs and leaves out the admin and 404 pages', () => {
    const xml = sitemapXml('https://example.org', ['/', '/places/camden/', '/admin/', '/404/', '/places/camden/']);
    expect(xml).toContain('<loc>https://example.org/</loc>');
    expect(xml.match(/<loc>https:\/\/example.org\/places\/camden\/<\/loc>/g)).toHaveLength(1);
    expect(xml).not.toContain('/admin/');
    expect(xml).not.toContain('/404');
  });
});
