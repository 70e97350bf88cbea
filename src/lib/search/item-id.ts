// A group in the search index (pages.ts) packs the items at anchors of one page of the site, of
// whatever kind: a priority's actions, commitments and measures are one Pagefind page. Pagefind
// returns a matching item as a sub-result named by its heading's id, so that id carries the item's
// kind as well as its anchor: `m.measure-obesity` is the measure at `#measure-obesity`. One letter
// an item, instead of a Pagefind page (and its bytes in the metadata every first query downloads)
// for each kind. The results list reads it back (results.ts).
import { RECORD_KINDS, RECORD_KIND_LABEL, type RecordKind } from './records.ts';

const CODE: Record<RecordKind, string> = {
  priority: 'p',
  action: 'a',
  measure: 'm',
  commitment: 'c',
  strategy: 's',
  principle: 'r',
  voice: 'v',
  update: 'u',
  theme: 't',
  place: 'l',
  area: 'n',
  indicator: 'i',
  glossary: 'g',
};
const KIND_OF = new Map(RECORD_KINDS.map((kind) => [CODE[kind], kind]));

/** The id of an item's heading in the search index. */
export const itemId = (kind: RecordKind, anchor: string) => `${CODE[kind]}.${anchor}`;

/**
 * The kind (as the results list and the kind filter word it) and the anchor an item id stands for;
 * undefined for an id this module did not write.
 */
export function parseItemId(id: string): { kind: string; anchor: string } | undefined {
  const match = /^([a-z])\.(.+)$/s.exec(id);
  const kind = match && KIND_OF.get(match[1]!);
  return kind ? { kind: RECORD_KIND_LABEL[kind], anchor: match[2]! } : undefined;
}
