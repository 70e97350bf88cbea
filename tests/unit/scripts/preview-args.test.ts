// npm run preview honours --port and --host (npm start keeps 4321 on 127.0.0.1), and says what to type otherwise.
import { describe, expect, it } from 'vitest';
import { previewArgs } from '../../../scripts/lib/preview-args.ts';

describe('previewArgs', () => {
  it('serves on 127.0.0.1:4321 when nothing is asked for, as npm start does', () => {
    expect(previewArgs([])).toEqual({
      ok: true,
      port: 4321,
      host: '127.0.0.1',
    });
  });

  it('takes --port 4401, --port=4401 and --host, and refuses anything else, saying what it takes', () => {
    expect(previewArgs(['--port', '4401'])).toEqual({ ok: true, port: 4401, host: '127.0.0.1' });
    expect(previewArgs(['--port=4402', '--host', '0.0.0.0'])).toEqual({ ok: true, port: 4402, host: '0.0.0.0' });
    expect(previewArgs(['--port=4402', '--open'])).toEqual({
      ok: false,
      message: 'npm run preview takes only --port and --host, not "--open", e.g. npm run preview -- --port 4401',
    });
  });

  it('refuses a port that is not a port, or a missing value, saying what to type', () => {
    expect(previewArgs(['--port', 'abc'])).toEqual({
      ok: false,
      message: '"abc" is not a port: use a whole number from 1 to 65535, e.g. npm run preview -- --port 4401',
    });
    expect(previewArgs(['--port', '70000'])).toMatchObject({ ok: false });
    expect(previewArgs(['--port'])).toEqual({
      ok: false,
      message: 'Say which port, e.g. npm run preview -- --port 4401',
    });
  });
});
