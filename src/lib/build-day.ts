// The day a build states things on: what is past due, which strategies have ended. It is the day the site
// is built, so a rebuild with no content change still tells the truth about today; SOURCE_DATE_EPOCH
// (seconds, the reproducible-builds convention) fixes it for a build that must be repeatable.

const LONDON_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (YYYY-MM-DD) in the UK at `instant`. */
export function ukDay(instant: Date): string {
  return LONDON_DAY.format(instant);
}

/** `SOURCE_DATE_EPOCH` (whole seconds since 1970) as a date, or undefined when it is not set. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (!epoch) return undefined;
  if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`);
  return new Date(Number(epoch) * 1000);
}

/** The day this build speaks for: `SOURCE_DATE_EPOCH`'s day when set, else today in the UK. */
export function buildDay(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): string {
  return ukDay(sourceDateEpoch(env) ?? now());
}
