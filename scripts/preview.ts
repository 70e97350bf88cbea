// npm run preview [-- --port 4401] [-- --host 0.0.0.0]: serve the built site in dist/ as the shipped
// nginx config does: gzip, the site's _headers (Content-Security-Policy and the rest), its 404 page,
// and /search/?q=<word> answered by the word's answer page, so search works without JavaScript here
// too (scripts/lib/site-server.ts). Refuses, saying why, when dist/ holds no site (a failed build
// removes it and writes nothing).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NO_SITE, previewArgs } from './lib/preview-args.ts';
import { parseHeadersFile, serveDist } from './lib/site-server.ts';

const parsed = previewArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(1);
}
const dist = join(process.cwd(), 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(NO_SITE);
  process.exit(1);
}
const headersFile = join(dist, '_headers');
const headers = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : undefined;
try {
  const server = await serveDist(dist, parsed.port, headers, parsed.host);
  console.log(`Serving dist/ at ${server.origin}/ (Ctrl+C to stop)`);
} catch (error) {
  console.error(`Could not serve on ${parsed.host}:${parsed.port}: ${(error as Error).message}`);
  process.exit(1);
}
