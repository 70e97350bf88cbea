// security.txt's expiry is worked out at build time from the commit being built, so it cannot go stale
// without a new build, and two builds of one commit agree.
import { describe, expect, it } from 'vitest';
import { buildDate, securityTxt, securityTxtExpiry } from '../../../src/lib/security-txt.ts';

const YEAR_MS = 366 * 24 * 3600 * 1000;
const noGit = () => undefined;

describe('the build date', () => {
  it('is SOURCE_DATE_EPOCH when it is set, before the git history', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1796217088' }, () => 1)).toEqual({
      date: new Date('2026-12-02T13:11:28Z'),
      from: 'SOURCE_DATE_EPOCH',
    });
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds, naming it', () => {
    expect(() => buildDate({ SOURCE_DATE_EPOCH: '2026-12-02' }, noGit)).toThrow(
      /SOURCE_DATE_EPOCH must be whole seconds since 1970, not "2026-12-02"/,
    );
  });

  it('is the latest commit date when SOURCE_DATE_EPOCH is not set', () => {
    expect(buildDate({}, () => 1700000000)).toEqual({ date: new Date(1700000000 * 1000), from: 'git' });
  });

  it('falls back to today, and says so, with neither', () => {
    const before = Date.now();
    const built = buildDate({}, noGit);
    expect(built.from).toBe('clock');
    expect(built.date.getTime()).toBeGreaterThanOrEqual(before);
  });
});

describe('/.well-known/security.txt', () => {
  const built = new Date('2026-12-02T13:21:07Z');
  const text = securityTxt('https://health-wellbeing-strategies.example/', built);
  const field = (name: string) => [...text.matchAll(new RegExp(`^${name}: (.+)$`, 'gm'))].map((m) => m[1]!.trim());

  it('has a contact, preferred languages, its canonical address and policy, each once', () => {
    expect(field('Contact')).toEqual(['mailto:security@health-wellbeing-strategies.example']);
    expect(field('Preferred-Languages')).toEqual(['en']);
    expect(field('Canonical')).toEqual(['https://health-wellbeing-strategies.example/.well-known/security.txt']);
    expect(field('Policy')).toEqual(['https://health-wellbeing-strategies.example/about/']);
  });

  it('expires once, at the start of the build day a year on (RFC 9116: less than a year ahead)', () => {
    expect(field('Expires')).toEqual(['2027-12-02T00:00:00.000Z']);
  });

  it('expires after the build and at most a year after it, whatever the time of day', () => {
    for (const when of ['2026-01-01T00:00:00Z', '2026-06-30T23:59:59Z', '2028-02-29T12:00:00Z']) {
      const built = new Date(when);
      const expires = securityTxtExpiry(built).getTime();
      expect(expires, when).toBeGreaterThan(built.getTime());
      expect(expires - built.getTime(), when).toBeLessThanOrEqual(YEAR_MS);
    }
  });
});
