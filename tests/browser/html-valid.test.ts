// Every built page is valid HTML (errors only).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { DIST } from './site.ts';
import { listFiles } from '../../scripts/lib/files.ts';

/** Built pages, leaving out the /admin/ editor (a third-party app, not a reading page). */
const htmlFiles = (dir: string) =>
  listFiles(dir)
    .filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))
    .map((f) => join(dir, f));

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
        for (const m of result.messages)
          if (m.severity === 2) errors.push(`${file.replace(DIST, '')}:${m.line} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});
