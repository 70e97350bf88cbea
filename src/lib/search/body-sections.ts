// The body of a strategy or update (Markdown/MDX as the build renders it), cut at its level-2
// headings so that search can send a reader to the section that matched. Each section's anchor is
// the id the renderer gives the heading (github-slugger's rule: lower case, punctuation dropped,
// each space a hyphen, a repeated id numbered -1, -2 ...); a browser test checks every anchor
// exists on the built page.
import { bodyParagraphs } from '../check/plain-english.ts';

export interface BodySection {
  title: string;
  anchor: string;
  text: string[];
}

export interface BodyText {
  /** Paragraphs before the first level-2 heading. */
  intro: string[];
  sections: BodySection[];
}

/** The id the renderer gives a heading with this text. */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

const plain = (text: string) =>
  text
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Split a rendered body into its introduction and level-2 sections, as plain text. */
export function bodySections(body: string): BodyText {
  const intro: string[] = [];
  const sections: BodySection[] = [];
  const used = new Map<string, number>();
  // Headings at every level take an id, so every level counts towards repeated ids.
  const lines = body.split('\n');
  const headingLevel = new Map<number, number>();
  lines.forEach((line, i) => {
    const m = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (m) headingLevel.set(i + 1, m[1]!.length);
  });
  for (const { text, line } of bodyParagraphs(body, 1)) {
    const level = headingLevel.get(line);
    const clean = plain(text);
    if (!clean) continue;
    if (level !== undefined) {
      const base = headingSlug(clean);
      const n = used.get(base) ?? 0;
      used.set(base, n + 1);
      const anchor = n === 0 ? base : `${base}-${n}`;
      if (level === 2) {
        sections.push({ title: clean, anchor, text: [] });
        continue;
      }
    }
    (sections.at(-1)?.text ?? intro).push(clean);
  }
  return { intro, sections };
}
