// The `_headers` file of Cloudflare Pages and Netlify: parse it, and work out the headers a path gets
// on each platform. The two differ when several rules set one header:
// - Cloudflare Pages joins the values with commas, unless a later rule first detaches the header
//   with a "! Name" line (https://developers.cloudflare.com/pages/configuration/headers/);
// - Netlify skips "! Name" lines (they have no colon) and the later matching rule's value wins.
// public/_headers is written so both give the same result; tests/unit/deploy/headers.test.ts checks it.

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
  /** Header names this rule removes from broader rules before setting its own (Cloudflare "! Name"). */
  detach: string[];
}

/** Parse a `_headers` file: a path line, then indented "Name: value" or "! Name" lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: line, headers: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: "${line}" comes before any path`);
    if (line.startsWith('!')) rule.detach.push(line.slice(1).trim());
    else {
      const i = line.indexOf(':');
      if (i < 1) throw new Error(`_headers: "${line}" is not "Name: value"`);
      rule.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** Whether a rule's path pattern matches a request path ("*" is a splat, ":name" one segment). */
export function patternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

export type Platform = 'cloudflare' | 'netlify';

/** The headers (lower-case names) that `path` gets from the rules on a platform. */
export function headersFor(rules: HeaderRule[], path: string, platform: Platform = 'cloudflare'): Map<string, string> {
  const out = new Map<string, string>();
  const setHere = new Set<string>();
  for (const rule of rules.filter((r) => patternMatches(r.pattern, path))) {
    if (platform === 'cloudflare') for (const name of rule.detach) out.delete(name.toLowerCase());
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      if (platform === 'cloudflare' && setHere.has(key) && out.has(key)) out.set(key, `${out.get(key)}, ${value}`);
      else out.set(key, value);
      setHere.add(key);
    }
  }
  return out;
}

/** The directives of a Content-Security-Policy, by name. */
export function cspDirectives(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}
