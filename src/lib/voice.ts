// Resident voice: how each statement is credited ("“I” statement 7, under “Living well”").
import type { ResidentVoice } from '../schemas/voice.ts';
import { underHeading, VOICE_KIND_LABEL } from '../i18n/en.ts';

/** Its kind, its number in the source when it has one, and the heading it is printed under. */
export function voiceAttribution(voice: Pick<ResidentVoice, 'kind' | 'number' | 'heading'>): string {
  const kind = voice.number ? `${VOICE_KIND_LABEL[voice.kind]} ${voice.number}` : VOICE_KIND_LABEL[voice.kind];
  return voice.heading ? `${kind}, ${underHeading(voice.heading)}` : kind;
}
