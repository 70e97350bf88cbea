// Where the editor signs in comes from build settings, never from a third-party default.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { cmsConfig } from '../../../src/lib/cms/config.ts';
import { readSchemaDocs } from '../../../src/lib/docs/schema-docs.ts';
import { PROJECT_ROOT } from '../../helpers/content.ts';
import { cmsBackend, CmsSettingError, NETLIFY_AUTH_BASE_URL, type CmsEnv } from '../../../src/lib/cms/backend.ts';

const SITE = 'https://health-wellbeing-strategies.example';

describe('the editor’s sign-in settings', () => {
  it('signs in on the site’s own origin when no proxy is set and the build is not on Netlify', () => {
    const { backend, signIn, notes } = cmsBackend({ CMS_REPO: 'exampleton/hws' }, `${SITE}/`);
    expect(backend).toEqual({
      name: 'github',
      repo: 'exampleton/hws',
      branch: 'main',
      base_url: SITE,
      auth_endpoint: 'auth',
      auth_scope: 'public_repo',
    });
    expect(signIn).toBe('own-origin');
    expect(notes.join('\n')).toContain('CMS_BASE_URL is not set');
  });

  it('uses the council’s own OAuth proxy and path when they are set', () => {
    const env: CmsEnv = {
      CMS_REPO: 'exampleton/hws',
      CMS_BRANCH: 'content',
      CMS_BASE_URL: 'https://cms-auth.exampleton.gov.uk/',
      CMS_AUTH_ENDPOINT: '/oauth/github/',
    };
    const { backend, signIn, notes } = cmsBackend({ ...env, NETLIFY: 'true' }, SITE);
    expect(backend).toMatchObject({
      branch: 'content',
      base_url: 'https://cms-auth.exampleton.gov.uk',
      auth_endpoint: 'oauth/github',
    });
    expect(signIn).toBe('proxy');
    expect(notes).toEqual([]);
  });

  it('uses Netlify’s own OAuth provider only when building on Netlify', () => {
    expect(cmsBackend({ CMS_REPO: 'a/b', NETLIFY: 'true' }, SITE)).toMatchObject({
      signIn: 'netlify',
      backend: { base_url: NETLIFY_AUTH_BASE_URL },
    });
    expect(cmsBackend({ CMS_REPO: 'a/b', NETLIFY: 'false' }, SITE).backend.base_url).toBe(SITE);
  });

  it('never leaves the sign-in address to Decap’s default, whatever is set', () => {
    const envs: CmsEnv[] = [
      {},
      { CMS_BASE_URL: '' },
      { CMS_BASE_URL: '  ' },
      { NETLIFY: '1' },
      { CMS_AUTH_ENDPOINT: 'login' },
    ];
    for (const env of envs) expect(cmsBackend(env, SITE).backend.base_url, JSON.stringify(env)).toBe(SITE);
  });

  it('asks for the narrowest scope, public_repo, unless told the repository is private', () => {
    expect(cmsBackend({}, SITE).backend.auth_scope).toBe('public_repo');
    expect(cmsBackend({ CMS_AUTH_SCOPE: 'repo' }, SITE).backend.auth_scope).toBe('repo');
  });

  it('says which placeholder repository it points at when CMS_REPO is not set', () => {
    const { backend, notes } = cmsBackend({}, SITE);
    expect(backend.repo).toBe('your-council/health-wellbeing-strategies');
    expect(notes[0]).toContain('CMS_REPO is not set');
  });

  it.each([
    [
      { CMS_BASE_URL: 'http://cms-auth.exampleton.gov.uk' },
      'CMS_BASE_URL "http://cms-auth.exampleton.gov.uk" must start with https://',
    ],
    [{ CMS_BASE_URL: 'cms-auth.exampleton.gov.uk' }, 'CMS_BASE_URL "cms-auth.exampleton.gov.uk" is not a web address'],
    [{ CMS_BASE_URL: 'javascript:alert(1)' }, 'must start with https://'],
    [{ CMS_BASE_URL: 'https://user:secret@cms-auth.example/' }, 'no user name, password'],
    [{ CMS_BASE_URL: 'https://cms-auth.example/?next=evil' }, 'no user name, password, ?query'],
    [{ CMS_BASE_URL: 'https://council.example/cms-auth' }, "must be the proxy's origin only"],
    [{ CMS_AUTH_ENDPOINT: '//evil.example/auth' }, 'CMS_AUTH_ENDPOINT "//evil.example/auth" must be a path'],
    [{ CMS_AUTH_ENDPOINT: 'https://evil.example/auth' }, 'must be a path'],
    [{ CMS_AUTH_SCOPE: 'admin:org' }, 'CMS_AUTH_SCOPE "admin:org" must be public_repo'],
    [{ CMS_REPO: 'just-a-name' }, 'CMS_REPO "just-a-name" is not a GitHub repository'],
    [{ CMS_BRANCH: 'main..evil' }, 'CMS_BRANCH "main..evil" is not a branch name'],
  ] as [CmsEnv, string][])('refuses %j, naming the setting', (env, message) => {
    expect(() => cmsBackend(env, SITE)).toThrow(CmsSettingError);
    expect(() => cmsBackend(env, SITE)).toThrow(message);
  });

  it('allows plain http only for a proxy on this machine, for testing', () => {
    expect(cmsBackend({ CMS_BASE_URL: 'http://localhost:8080' }, SITE).backend.base_url).toBe('http://localhost:8080');
  });

  it('writes the sign-in settings into the editor’s config.yml', () => {
    const { backend } = cmsBackend(
      { CMS_REPO: 'exampleton/hws', CMS_BASE_URL: 'https://cms-auth.exampleton.gov.uk' },
      SITE,
    );
    const yml = stringify(cmsConfig(readSchemaDocs(join(PROJECT_ROOT, 'src/schemas')), { backend }), {
      lineWidth: 0,
      aliasDuplicateObjects: false,
    });
    expect((parse(yml) as { backend: unknown }).backend).toEqual({
      name: 'github',
      repo: 'exampleton/hws',
      branch: 'main',
      base_url: 'https://cms-auth.exampleton.gov.uk',
      auth_endpoint: 'auth',
      auth_scope: 'public_repo',
    });
  });
});
