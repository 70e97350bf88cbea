// The pull-request workflow stays safe: pull_request only, third-party actions pinned by full SHA,
// telemetry off, Debian Chromium installed, annotations on, the build uploaded for preview.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../helpers/content.ts';

const dir = join(PROJECT_ROOT, '.github/workflows');
const workflows = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));

describe('GitHub workflows', () => {
  it.each(workflows)('$file never uses pull_request_target', ({ text }) => {
    expect(text).not.toMatch(/pull_request_target/);
  });

  it.each(workflows)('$file pins every action to a full commit SHA with its version in a comment', ({ text }) => {
    const uses = [...text.matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, ref, rest] of uses) {
      if (ref!.startsWith('./')) continue;
      expect(ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(rest).toMatch(/#\s*v\d+\.\d+\.\d+/);
    }
  });

  it('the pull-request workflow checks content with annotations, lints, tests, builds with telemetry off and uploads the site', () => {
    const pr = parse(workflows.find((w) => w.file === 'pull-request.yml')!.text);
    expect(Object.keys(pr.on)).toEqual(['pull_request']);
    expect(pr.env.ASTRO_TELEMETRY_DISABLED).toBe('1');
    const job = pr.jobs['check-test-build'];
    const runs = job.steps.map((s: { run?: string }) => s.run ?? '').join('\n');
    expect(runs).toMatch(/apt-get install .*chromium/);
    expect(runs).toContain('npm ci');
    expect(runs).toContain('npm run check -- --format github');
    expect(runs).toContain('npm run build');
    expect(runs).toContain('npm run lint');
    expect(runs).toContain('npm test');
    expect(
      job.steps.some(
        (s: { uses?: string; with?: { path?: string } }) =>
          s.uses?.startsWith('actions/upload-artifact@') && s.with?.path === 'dist/',
      ),
    ).toBe(true);
  });
});
