// The arguments of `npm run preview`: the port and host a person asks for (defaults 4321 on 127.0.0.1,
// which `npm start` uses). Anything else is refused, saying what it takes.

export const DEFAULT_PORT = 4321;
export const DEFAULT_HOST = '127.0.0.1';

export type PreviewArgs = { ok: true; port: number; host: string } | { ok: false; message: string };

/** Read `--port 4401`, `--port=4401`, `--host 0.0.0.0`; the last one given wins. */
export function previewArgs(argv: readonly string[]): PreviewArgs {
  let port = String(DEFAULT_PORT);
  let host = DEFAULT_HOST;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    if (name === '--port' || name === '--host') {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--'))
        return {
          ok: false,
          message: `Say which ${name.slice(2)}, e.g. npm run preview -- ${name} ${name === '--port' ? '4401' : '127.0.0.1'}`,
        };
      if (name === '--port') port = value;
      else host = value;
    } else
      return {
        ok: false,
        message: `npm run preview takes only --port and --host, not "${arg}", e.g. npm run preview -- --port 4401`,
      };
  }
  const number = Number(port);
  if (!/^\d+$/.test(port) || number < 1 || number > 65535)
    return {
      ok: false,
      message: `"${port}" is not a port: use a whole number from 1 to 65535, e.g. npm run preview -- --port 4401`,
    };
  return { ok: true, port: number, host };
}

/** What to say when there is no built site: a failed build removes dist/ and writes nothing. */
export const NO_SITE =
  'There is no built site in dist/ to preview: the last npm run build stopped on an error, or has not run. ' +
  'Run npm run build, fix what it reports, then npm run preview (or npm start to do both).';
