// sitemap.xml from the list of built page paths (admin and error pages left out, and the search
// answer pages, /search/words/<slug>/, which are the search page for one word and say noindex).
export function sitemapXml(site: string, paths: string[]): string {
  const urls = [...new Set(paths)]
    .filter((p) => !p.startsWith('/admin') && p !== '/404/' && !p.startsWith('/404') && !p.startsWith('/search/words/'))
    .sort()
    .map((p) => `<url><loc>${new URL(p, site).href}</loc></url>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>\n`;
}
