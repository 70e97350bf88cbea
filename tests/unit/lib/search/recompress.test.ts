import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { recompress } from '../../../../src/lib/search/recompress.ts';

const REAL = readFileSync(new URL('../../../fixtures/pagefind/pagefind-1.6.0.pf_meta', import.meta.url));

describe('recompress', () => {
  it('keeps the content exactly and makes a repetitive file smaller than gzip at its best', async () => {
    const content = Buffer.from(
      Array.from({ length: 600 }, (_, i) => `a1b2c3d4_${i.toString(16).padStart(3, '0')}|${(i * 7) % 300}`).join(';'),
    );
    const best = gzipSync(content, { level: 9 });
    const again = await recompress(best);
    expect(Buffer.from(gunzipSync(again))).toEqual(content);
    expect(again.length).toBeLessThan(best.length);
  });

  it('reads what Pagefind wrote, and never makes a file bigger', async () => {
    const again = await recompress(REAL);
    expect(gunzipSync(again)).toEqual(gunzipSync(REAL));
    expect(again.length).toBeLessThanOrEqual(REAL.length);
  });

  it('refuses a file that is not gzip', async () => {
    await expect(recompress(Buffer.from('pagefind_dcd not zipped'))).rejects.toThrow();
  });
});
