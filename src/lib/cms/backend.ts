// Where the web editor at /admin/ signs in, worked out from build-time settings (environment variables).
// Decap CMS's GitHub backend gets its token through an OAuth proxy at `base_url` + `auth_endpoint`; left
// unset, Decap uses Netlify's service for every host. This module never leaves it unset: the proxy is the
// council's own (CMS_BASE_URL), Netlify's own when the build runs on Netlify, or else the site's own origin,
// where nothing answers until the council puts a proxy there. See README "Hosting and security".

/** The settings the build reads, by environment variable name. */
export interface CmsEnv {
  /** "owner/name" of the GitHub repository the editor opens pull requests on. */
  CMS_REPO?: string;
  /** The branch pull requests go to (default "main"). */
  CMS_BRANCH?: string;
  /** The OAuth proxy's address, e.g. "https://cms-auth.exampleton.gov.uk". */
  CMS_BASE_URL?: string;
  /** The proxy's sign-in path (default "auth"). */
  CMS_AUTH_ENDPOINT?: string;
  /** "public_repo" (default: enough for a public repository) or "repo" (needed for a private one). */
  CMS_AUTH_SCOPE?: string;
  /** Set to "true" by Netlify's build environment. */
  NETLIFY?: string;
}

export const CMS_AUTH_SCOPES = ['public_repo', 'repo'] as const;
export type CmsAuthScope = (typeof CMS_AUTH_SCOPES)[number];

/** Netlify's OAuth provider for sites it hosts (Decap's own default, but only used when building on Netlify). */
export const NETLIFY_AUTH_BASE_URL = 'https://api.netlify.com';
export const PLACEHOLDER_REPO = 'your-council/health-wellbeing-strategies';

export interface CmsBackend {
  /** The Decap `backend` settings for config.yml. */
  backend: {
    name: 'github';
    repo: string;
    branch: string;
    base_url: string;
    auth_endpoint: string;
    auth_scope: CmsAuthScope;
  };
  /** Who answers the sign-in: the council's proxy, Netlify, or nobody yet (the site's own origin). */
  signIn: 'proxy' | 'netlify' | 'own-origin';
  /** Things the person building should know, for the build log. */
  notes: string[];
}

/** A setting that cannot be used, naming the variable and what it should look like. */
export class CmsSettingError extends Error {}

const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const BRANCH = /^[A-Za-z0-9._/-]{1,200}$/;
const ENDPOINT = /^[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*$/;

function proxyUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CmsSettingError(
      `CMS_BASE_URL "${raw}" is not a web address; write the OAuth proxy's full address, like https://cms-auth.exampleton.gov.uk`,
    );
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new CmsSettingError(
      `CMS_BASE_URL "${raw}" must start with https:// (http:// only for localhost while testing): the sign-in carries a GitHub token`,
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new CmsSettingError(
      `CMS_BASE_URL "${raw}" must be a plain address, with no user name, password, ?query or #fragment`,
    );
  }
  // Decap accepts the sign-in message only from exactly this origin, so a path here would never sign in.
  if (url.pathname !== '/') {
    throw new CmsSettingError(
      `CMS_BASE_URL "${raw}" must be the proxy's origin only, like https://cms-auth.exampleton.gov.uk; put the path in CMS_AUTH_ENDPOINT`,
    );
  }
  return url.origin;
}

/**
 * The editor's backend for a build. `siteOrigin` is the site's own address (astro.config.mjs `site`).
 * Throws CmsSettingError, naming the variable, for a setting that cannot be used.
 */
export function cmsBackend(env: CmsEnv, siteOrigin: string): CmsBackend {
  const notes: string[] = [];
  const repo = env.CMS_REPO?.trim() || PLACEHOLDER_REPO;
  if (!REPO.test(repo))
    throw new CmsSettingError(
      `CMS_REPO "${repo}" is not a GitHub repository; write it as owner/name, like exampleton-council/health-wellbeing-strategies`,
    );
  if (repo === PLACEHOLDER_REPO)
    notes.push(`CMS_REPO is not set, so the editor points at the placeholder ${PLACEHOLDER_REPO}`);
  const branch = env.CMS_BRANCH?.trim() || 'main';
  if (!BRANCH.test(branch) || branch.includes('..'))
    throw new CmsSettingError(`CMS_BRANCH "${branch}" is not a branch name`);
  const scope = (env.CMS_AUTH_SCOPE?.trim() || 'public_repo') as CmsAuthScope;
  if (!CMS_AUTH_SCOPES.includes(scope)) {
    throw new CmsSettingError(
      `CMS_AUTH_SCOPE "${scope}" must be public_repo (a public repository) or repo (a private one)`,
    );
  }
  const rawEndpoint = env.CMS_AUTH_ENDPOINT?.trim() || 'auth';
  const endpoint = rawEndpoint.replace(/^\//, '').replace(/\/+$/, '');
  if (!ENDPOINT.test(endpoint))
    throw new CmsSettingError(`CMS_AUTH_ENDPOINT "${env.CMS_AUTH_ENDPOINT}" must be a path on the proxy, like auth`);

  let baseUrl: string;
  let signIn: CmsBackend['signIn'];
  if (env.CMS_BASE_URL?.trim()) {
    baseUrl = proxyUrl(env.CMS_BASE_URL.trim());
    signIn = 'proxy';
  } else if (env.NETLIFY === 'true') {
    baseUrl = NETLIFY_AUTH_BASE_URL;
    signIn = 'netlify';
  } else {
    baseUrl = new URL(siteOrigin).origin;
    signIn = 'own-origin';
    notes.push(
      `CMS_BASE_URL is not set, so the editor signs in at ${baseUrl}/${endpoint} on the site itself, where nothing answers until you run an OAuth proxy there (README, "Hosting and security")`,
    );
  }
  return {
    backend: { name: 'github', repo, branch, base_url: baseUrl, auth_endpoint: endpoint, auth_scope: scope },
    signIn,
    notes,
  };
}
