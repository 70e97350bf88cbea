// Every built page is valid HTML (errors only).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { DIST } from './site.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'admin' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe('every built page', () => {
  it('is valid HTML', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:standard'],
      rules: { 'no-trailing-whitespace': 'off' },
    });
    const files = htmlFiles(DIST);
    expect(files.length).toBeGreaterThan(20);
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages) if (m.severity === 2) errors.push(`${file.replace(DIST, '')}:${m.line} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});
