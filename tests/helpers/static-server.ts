// The site's static server (scripts/lib/site-server.ts), for tests: the same one `npm run preview` runs.
export { serveDist, parseHeadersFile, type HeaderRule, type RunningServer } from '../../scripts/lib/site-server.ts';
