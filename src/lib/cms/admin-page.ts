// The page at /admin/ that loads Decap CMS. No inline script or style (the site's CSP forbids them);
// Decap finds config.yml beside the page. Kept out of search (no data-pagefind-body) and the sitemap.
export function adminPage(): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Edit content – Health and wellbeing strategies</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body>
<noscript><p>The content editor needs JavaScript. You can also edit the files in content/ and open a pull request: see CONTRIBUTING.md.</p></noscript>
<script src="/admin/decap-cms.js"></script>
</body>
</html>
`;
}
