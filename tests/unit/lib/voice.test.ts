import { describe, expect, it } from 'vitest';
import { voiceAttribution } from '../../../src/lib/voice.ts';

describe('a resident statement is credited', () => {
  it('with its kind and its number in the source', () => {
    expect(voiceAttribution({ kind: 'i-statement', number: 7 })).toBe('“I” statement 7');
    expect(voiceAttribution({ kind: 'citizens-assembly-priority', number: 2 })).toBe('Citizens’ Assembly priority 2');
  });

  it('with its kind alone when it has no number', () => {
    expect(voiceAttribution({ kind: 'resident-insight' })).toBe('Resident insight');
    expect(voiceAttribution({ kind: 'citizens-assembly-expectation' })).toBe('Citizens’ Assembly expectation');
  });

  it('with the heading the source prints it under', () => {
    expect(voiceAttribution({ kind: 'i-statement', number: 8, heading: 'Early diagnosis and intervention' })).toBe(
      '“I” statement 8, under “Early diagnosis and intervention”',
    );
  });
});
