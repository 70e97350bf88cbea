// Every package the code imports is declared in package.json, and what the build needs is under
// `dependencies` (so `npm ci --omit=dev && npm run build` works, and `npm audit --omit=dev` covers it).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/content.ts';

const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const CODE = /\.(ts|mts|js|mjs|astro)$/;

/** Build-time imports still under devDependencies, each with where it is used; delete a line once it moves. */
const BUILD_NEEDS_DEV_PACKAGE: Record<string, string> = {
  typescript: 'src/lib/docs/schema-docs.ts reads the schemas’ doc comments for the /admin/ editor config',
};

/** Every module specifier in a file's import and export statements and dynamic imports. */
export function importedSpecifiers(source: string): string[] {
  const found = [
    ...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g),
    ...source.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...source.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...source.matchAll(/\.resolve\(\s*['"]([^'"./][^'"]*)\/package\.json['"]\s*\)/g),
  ];
  return found.map((m) => m[1]!);
}

/** The package a bare specifier names (`@scope/name/sub` -> `@scope/name`), or undefined for files and built-ins. */
export function packageOf(specifier: string): string | undefined {
  if (/^(\.|\/|node:|astro:|virtual:)/.test(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function codeFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return CODE.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) =>
    name === 'fixtures' || name === 'node_modules' ? [] : codeFiles(join(path, name)),
  );
}

/** Files reachable from the entry files through relative imports. */
function reachable(entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const spec of importedSpecifiers(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
    }
  };
  entries.forEach(visit);
  return [...seen];
}

function packagesUsedBy(files: string[]): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of files) {
    for (const spec of importedSpecifiers(readFileSync(file, 'utf8'))) {
      const name = packageOf(spec);
      if (name && !used.has(name)) used.set(name, relative(PROJECT_ROOT, file));
    }
  }
  return used;
}

const declared = (name: string) =>
  name in pkg.dependencies || name in pkg.devDependencies || `@types/${name}` in pkg.devDependencies;

describe('package.json', () => {
  it('declares every package that src/, scripts/, tests/ and the config files import', () => {
    const files = ['src', 'scripts', 'tests', 'astro.config.mjs', 'eslint.config.js', 'vitest.config.ts'].flatMap((p) =>
      codeFiles(join(PROJECT_ROOT, p)),
    );
    expect(files.length).toBeGreaterThan(100);
    const undeclared = [...packagesUsedBy(files)]
      .filter(([name]) => !declared(name))
      .map(([name, file]) => `${name} (imported by ${file})`);
    expect(undeclared).toEqual([]);
  });

  it('puts what the build imports under dependencies, not devDependencies', () => {
    // The build: Astro's config, every page and what they import, and the scripts npm run build runs.
    const entries = [
      'astro.config.mjs',
      'scripts/check.ts',
      'scripts/verify-dist.ts',
      'scripts/search-index.ts',
      ...codeFiles(join(PROJECT_ROOT, 'src')),
    ];
    const build = packagesUsedBy(reachable(entries.map((e) => resolve(PROJECT_ROOT, e))));
    expect(build.has('astro') && build.has('pagefind')).toBe(true);
    const devOnly = [...build]
      .filter(([name]) => !(name in pkg.dependencies) && !(`@types/${name}` in pkg.devDependencies))
      .map(([name]) => name);
    expect(devOnly.sort()).toEqual(Object.keys(BUILD_NEEDS_DEV_PACKAGE).sort());
  });

  it('finds imports however they are written', () => {
    // Written with % for quotes, so this file's own scan does not read the example as imports.
    const source =
      'import a from %a%;\nimport {\n  b,\n} from %@s/b/sub%;\nexport { c } from %c%;\nimport %d%;\nconst e = await import(%e%);\nrequire.resolve(%f/package.json%);\nconst text = `x from %y%`;'.replaceAll(
        '%',
        "'",
      );
    expect(importedSpecifiers(source).map(packageOf)).toEqual(['a', '@s/b', 'c', 'd', 'e', 'f']);
    expect(['./x.ts', 'node:fs', 'astro:content'].map(packageOf)).toEqual([undefined, undefined, undefined]);
  });
});
