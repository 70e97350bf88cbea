// /.well-known/security.txt (RFC 9116): where to report a security problem, and until when that holds.
// Its Expires is worked out at build time from the commit being built, so it cannot pass unnoticed
// and two builds of one commit still give the same bytes.
import { execFileSync } from 'node:child_process';
import { sourceDateEpoch } from './build-day.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long a published security.txt stays valid: RFC 9116 asks for less than a year. */
export const SECURITY_TXT_LIFETIME_DAYS = 365;

/** Where the build date came from, so a build without either deterministic source can say so. */
export interface BuildDate {
  date: Date;
  from: 'SOURCE_DATE_EPOCH' | 'git' | 'clock';
}

/**
 * The date of what is being built: `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention) when
 * set, else the latest git commit's date, else today (only for a copy with no git history).
 */
export function buildDate(env: NodeJS.ProcessEnv = process.env, gitCommitSeconds = latestCommitSeconds): BuildDate {
  const fromEpoch = sourceDateEpoch(env);
  if (fromEpoch) return { date: fromEpoch, from: 'SOURCE_DATE_EPOCH' };
  const seconds = gitCommitSeconds();
  if (seconds !== undefined) return { date: new Date(seconds * 1000), from: 'git' };
  return { date: new Date(), from: 'clock' };
}

/** Seconds since 1970 of the latest commit in the working folder's git history, if there is one. */
export function latestCommitSeconds(): number | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%ct'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return /^\d+$/.test(out.trim()) ? Number(out.trim()) : undefined;
  } catch {
    return undefined;
  }
}

/** Expires: the start (UTC) of the build's day, plus the lifetime; never more than a year after the build. */
export function securityTxtExpiry(built: Date): Date {
  const day = Math.floor(built.getTime() / DAY_MS) * DAY_MS;
  return new Date(day + SECURITY_TXT_LIFETIME_DAYS * DAY_MS);
}

/** The file's text for a site at `origin` (with or without a trailing slash), built on `built`. */
export function securityTxt(origin: string, built: Date): string {
  const base = origin.replace(/\/$/, '');
  return [
    `Contact: mailto:security@${new URL(base).hostname}`,
    `Expires: ${securityTxtExpiry(built).toISOString()}`,
    'Preferred-Languages: en',
    `Canonical: ${base}/.well-known/security.txt`,
    `Policy: ${base}/about/`,
    '',
  ].join('\n');
}
