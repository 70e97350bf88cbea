// The nginx examples pass `nginx -t` as shipped (installed as their header comments say, in a throwaway
// prefix), and served by a real nginx they send the right types and headers. Skipped, saying why, where
// nginx is not installed.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../../scripts/lib/headers-file.ts';
import { PROJECT_ROOT } from '../../helpers/content.ts';
import { answerFile } from '../../../scripts/lib/site-server.ts';

const read = (file: string) => readFileSync(join(PROJECT_ROOT, file), 'utf8');
const EDGE = read('deploy/nginx.conf');
const TLS = read('deploy/nginx-tls.conf');
const HEADERS = read('deploy/hws-security-headers.conf');
const rules = parseHeadersFile(read('public/_headers'));

const version = spawnSync('nginx', ['-V'], { encoding: 'utf8' });
const hasNginx = !version.error && version.status === 0;
const hasOpenssl = !spawnSync('openssl', ['version']).error;
/** nginx's own mime.types, beside its compiled-in nginx.conf. */
const mimeTypes = join(
  dirname(/--conf-path=(\S+)/.exec(version.stderr ?? '')?.[1] ?? '/etc/nginx/nginx.conf'),
  'mime.types',
);
const SKIPPED = hasNginx ? '' : ' (skipped: nginx is not installed; apt-get install nginx)';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The config with the lines between "#>> name" and "#<< name" removed, and comments and blank lines dropped. */
function withoutRegion(text: string, name: string): string[] {
  return text
    .replace(new RegExp(`^\\s*#>> ${name}\\n[\\s\\S]*?^\\s*#<< ${name}\\n`, 'gm'), '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** An nginx prefix laid out like Debian's /etc/nginx, with the site file in conf.d/ and the headers in snippets/. */
function nginxPrefix(siteConf: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hws-nginx-'));
  made.push(dir);
  chmodSync(dir, 0o755);
  for (const sub of ['conf.d', 'snippets', 'temp']) mkdirSync(join(dir, sub));
  writeFileSync(join(dir, 'conf.d/health-wellbeing-strategies.conf'), siteConf);
  writeFileSync(join(dir, 'snippets/hws-security-headers.conf'), HEADERS);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `  ${t}_temp_path ${dir}/temp/${t};`)
    .join('\n');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `pid ${dir}/nginx.pid;\nevents {}\nhttp {\n  include ${mimeTypes};\n  default_type application/octet-stream;\n  access_log off;\n${temp}\n  include conf.d/*.conf;\n}\n`,
  );
  return dir;
}

const nginxArgs = (dir: string) => ['-p', `${dir}/`, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')];

function nginxTest(dir: string) {
  const result = spawnSync('nginx', ['-t', ...nginxArgs(dir)], { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

function replaceOnce(text: string, find: string, replace: string): string {
  if (!text.includes(find)) throw new Error(`"${find}" is not in the config`);
  return text.replace(find, replace);
}

describe('the two nginx examples', () => {
  it('are the same site apart from where TLS ends', () => {
    expect(withoutRegion(TLS, 'tls')).toEqual(withoutRegion(EDGE, 'edge'));
  });

  it('set server_tokens off at http level, outside any server block, and the types nginx lacks', () => {
    for (const conf of [EDGE, TLS]) {
      const httpLevel = conf.slice(0, conf.indexOf('server {'));
      expect(httpLevel).toMatch(/^server_tokens off;$/m);
      expect(httpLevel).toMatch(/^types \{\n\s+text\/csv csv;\n\s+application\/yaml yml yaml;\n\}/m);
      expect(conf).toMatch(/charset_types [^;]*\btext\/csv\b[^;]*;/);
      expect(conf).toMatch(/charset_types [^;]*\bapplication\/yaml\b[^;]*;/);
    }
  });
});

describe(`nginx -t${SKIPPED}`, () => {
  it.skipIf(!hasNginx)('passes deploy/nginx.conf (TLS at the edge) as shipped', () => {
    const result = nginxTest(nginxPrefix(EDGE));
    expect(result.output).toContain('test is successful');
    expect(result.ok).toBe(true);
    expect(result.output).not.toMatch(/\[(warn|emerg)\]/);
  });

  it.skipIf(!hasNginx)('refuses deploy/nginx-tls.conf until its certificate paths point at real files', () => {
    const result = nginxTest(nginxPrefix(TLS));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('/etc/ssl/health-wellbeing-strategies/fullchain.pem');
  });

  it.skipIf(!hasNginx || !hasOpenssl)('passes deploy/nginx-tls.conf once the certificate paths are filled in', () => {
    const dir = nginxPrefix('');
    const cert = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=health-wellbeing-strategies.example',
        '-keyout',
        join(dir, 'privkey.pem'),
        '-out',
        join(dir, 'fullchain.pem'),
      ],
      { encoding: 'utf8' },
    );
    expect(cert.status, cert.stderr).toBe(0);
    let conf = replaceOnce(TLS, '/etc/ssl/health-wellbeing-strategies/fullchain.pem', join(dir, 'fullchain.pem'));
    conf = replaceOnce(conf, '/etc/ssl/health-wellbeing-strategies/privkey.pem', join(dir, 'privkey.pem'));
    writeFileSync(join(dir, 'conf.d/health-wellbeing-strategies.conf'), conf);
    const result = nginxTest(dir);
    expect(result.output).toContain('test is successful');
    expect(result.ok).toBe(true);
    expect(result.output).not.toMatch(/\[emerg\]/);
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Serve `files` with deploy/nginx.conf on a free port, run `check` with a GET helper, then stop nginx. */
async function withNginx(
  files: Record<string, string>,
  check: (get: (path: string) => Promise<Response>, site: string) => Promise<void>,
): Promise<void> {
  const port = await freePort();
  const site = mkdtempSync(join(tmpdir(), 'hws-nginx-site-'));
  made.push(site);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(site, file)), { recursive: true });
    writeFileSync(join(site, file), text);
  }
  chmodSync(site, 0o755);
  let conf = replaceOnce(EDGE, 'listen 80;\n    listen [::]:80;', `listen 127.0.0.1:${port};`);
  conf = replaceOnce(conf, 'root /srv/health-wellbeing-strategies/dist;', `root ${site};`);
  const dir = nginxPrefix(conf);
  const server = spawn('nginx', [...nginxArgs(dir), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    const get = async (path: string) => {
      for (let i = 0; ; i++) {
        try {
          return await fetch(`http://127.0.0.1:${port}${path}`, { redirect: 'manual' });
        } catch (error) {
          if (i > 50 || server.exitCode !== null) throw new Error(`nginx did not answer: ${stderr}`, { cause: error });
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    };
    await check(get, site);
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once('exit', resolve)));
  }
}

describe(`deploy/nginx.conf served by nginx${SKIPPED}`, () => {
  it.skipIf(!hasNginx)(
    'sends CSV and YAML with their types and utf-8, no version, and the shipped policies',
    async () => {
      const files: Record<string, string> = {
        'index.html': '<!doctype html><title>Home</title>',
        '404.html': '<!doctype html><title>Not found</title>',
        'data/measures.csv': 'strategy,measure,period,value\ncamden-2022-30,mmr2,2021/22,68.1\n',
        'admin/index.html': '<!doctype html><title>Editor</title>',
        'admin/config.yml': 'backend:\n  name: github\n',
        _headers: '/*\n',
        '_astro/Base.CKhQSXMO.css': 'body{margin:0}',
      };
      await withNginx(files, async (get) => {
        const csv = await get('/data/measures.csv');
        expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
        expect(await csv.text()).toBe(files['data/measures.csv']);
        expect((await get('/admin/config.yml')).headers.get('content-type')).toBe('application/yaml; charset=utf-8');
        const home = await get('/');
        expect(home.headers.get('server')).toBe('nginx');
        expect(home.headers.get('content-security-policy')).toBe(headersFor(rules, '/').get('content-security-policy'));
        expect(home.headers.get('strict-transport-security')).toBe(
          headersFor(rules, '/').get('strict-transport-security'),
        );
        expect((await get('/admin/')).headers.get('content-security-policy')).toBe(
          headersFor(rules, '/admin/').get('content-security-policy'),
        );
        expect((await get('/_astro/Base.CKhQSXMO.css')).headers.get('cache-control')).toBe(
          'public, max-age=31536000, immutable',
        );
        const hidden = await get('/_headers');
        expect(hidden.status).toBe(404);
        expect(hidden.headers.get('server')).toBe('nginx');
      });
    },
  );

  it.skipIf(!hasNginx)(
    'answers /search/?q=<word> with the word’s answer page exactly as npm run preview does, and nothing else',
    async () => {
      const files: Record<string, string> = {
        'index.html': 'home',
        '404.html': 'not found',
        'secret.txt': 'secret',
        'search/index.html': 'search page',
        'search/words/lonely/index.html': 'answer: lonely',
        'search/words/social-isolation/index.html': 'answer: social isolation',
        'search/words/a-e/index.html': 'answer: a&e',
        'search/words/citizens-assembly/index.html': 'answer: citizens assembly',
        'search/words/x/index.html': 'answer: x',
      };
      const queries = [
        ['lonely', 'answer: lonely'],
        ['Lonely', 'answer: lonely'],
        ['+lonely+', 'answer: lonely'],
        ['lonely&place=Camden', 'answer: lonely'],
        ['social+isolation', 'answer: social isolation'],
        ['Social%20isolation', 'answer: social isolation'],
        ['social-isolation', 'answer: social isolation'],
        ['a%26e', 'answer: a&e'],
        ['citizens%E2%80%99+assembly', 'answer: citizens assembly'],
        ['citizens%27+assembly', 'answer: citizens assembly'],
        // Not plainly a word, or no page: the search page itself.
        ['LONELY', 'search page'],
        ['A%26E', 'search page'],
        ['lonley', 'search page'],
        ['', 'search page'],
        ['..%2Fsecret.txt', 'search page'],
        ['../secret.txt', 'search page'],
        ['..', 'search page'],
        ['%2E%2E%2Fsecret.txt', 'search page'],
        ['lonely%00', 'search page'],
        ['lonely%0D%0ALocation:%20https://evil.example/', 'search page'],
        ['lonely/../../secret.txt', 'search page'],
        ['x%2F..%2F..%2Fsecret.txt', 'search page'],
        ['-', 'search page'],
        ['https://evil.example/', 'search page'],
        ['a+b+c+d+e+f+g', 'search page'],
      ] as const;
      await withNginx(files, async (get, site) => {
        for (const [query, expected] of queries) {
          const response = await get(`/search/?q=${query}`);
          expect([query, response.status, await response.text()]).toEqual([query, 200, expected]);
          expect(response.headers.get('location')).toBeNull();
          expect(response.headers.get('content-security-policy')).toBe(
            headersFor(rules, '/search/').get('content-security-policy'),
          );
          // npm run preview (scripts/lib/site-server.ts) picks the same file.
          const file = answerFile(site, '/search/', `?q=${query}`) ?? join(site, 'search/index.html');
          expect([query, readFileSync(file, 'utf8')]).toEqual([query, expected]);
        }
        expect(await (await get('/search/?Q=lonely')).text()).toBe('answer: lonely');
        expect(await (await get('/search/?place=Camden&q=lonely')).text()).toBe('answer: lonely');
        expect(await (await get('/search/words/lonely/')).text()).toBe('answer: lonely');
        expect((await get('/search/?q=lonely')).headers.get('cache-control')).toBe(
          'public, max-age=0, must-revalidate',
        );
      });
    },
  );
});
