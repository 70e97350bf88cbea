// The draft strategy file the importer writes: every drafted value is a span of the document, every drafted entry
// carries an `unreviewed:` line saying where it came from, every field only a person can fill says "FILL IN", and
// what could not be placed is listed as comments. The content check refuses to publish it until all of that is gone.
import { PLACEHOLDER } from '../scaffold.ts';
import type { ActionCandidate, Candidates, FigureCandidate, Span } from './candidates.ts';
import { UNREVIEWED_KEY } from './review.ts';

export interface DraftOptions {
  place: string;
  /** The file name of the document, as imported. */
  documentName: string;
  /** The text copy's file name (what the source check reads). */
  textCopy: string;
  /** Today, YYYY-MM-DD: when the draft was made (the site's own review date, not a fact of the document). */
  today: string;
  /** False when the document's pages are not known (a Word file without page breaks). */
  pagesKnown: boolean;
}

const q = (text: string) => JSON.stringify(text);
const fill = (hint: string) => q(`${PLACEHOLDER}: ${hint}`);

/** An id from words: lower case, hyphens, at most six words. */
export function idFrom(text: string, taken: Set<string>): string {
  const base =
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9\s-]/g, ' ')
      .trim()
      .split(/[\s-]+/)
      .filter(Boolean)
      .slice(0, 6)
      .join('-') || 'item';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

const where = (span: Span, pagesKnown: boolean) =>
  pagesKnown ? `page ${span.page}, line ${span.line}` : `line ${span.line}`;
const sourceRef = (span: Span, pagesKnown: boolean) =>
  pagesKnown ? `{ document: strategy, page: ${span.page} }` : '{ document: strategy }';
const marker = (span: Span, pagesKnown: boolean, text = span.text) =>
  `    ${UNREVIEWED_KEY}: ${q(`${where(span, pagesKnown)}: ${text.length > 160 ? `${text.slice(0, 157)}...` : text}`)}`;

/** The draft `.mdx` file for a document's candidates. */
export function draftStrategy(candidates: Candidates, options: DraftOptions): string {
  const { pagesKnown } = options;
  const ids = new Set<string>();
  const lines: string[] = ['---'];
  lines.push(
    `# Drafted by npm run import from ${options.documentName} on ${options.today}. Nothing below is checked yet:`,
  );
  lines.push(
    '# compare each entry with the document, correct it, delete its "unreviewed:" line and fill every FILL IN.',
  );
  lines.push(`title: ${candidates.title ? q(candidates.title.text) : fill('the title as printed on the document')}`);
  lines.push(`places: [${options.place}]`);
  lines.push(`owner: ${fill('the board or partnership that owns the strategy, as the document names it')}`);
  if (candidates.period) {
    lines.push('period:', `  start: ${candidates.period.start}`, `  end: ${candidates.period.end}`);
    lines.push(`# period as printed: "${candidates.period.span.text}" (${where(candidates.period.span, pagesKnown)})`);
  } else {
    lines.push(
      '# period: the importer found no period in the title; add start and end years if the document states them',
    );
  }
  lines.push('status: draft');
  lines.push(`statusNote: ${q(`Imported from ${options.documentName} on ${options.today} and not yet reviewed.`)}`);
  lines.push(`lastReviewed: ${options.today}`);
  lines.push(`nextReviewDue: ${fill('when this page should next be checked, YYYY-MM-DD')}`);
  lines.push(`summary: ${fill('one or two plain-English sentences on what the strategy is for')}`);

  // Headings as candidate priorities; each action and figure goes under the heading it sits below.
  const headingIds = new Map<Span, string>();
  lines.push('priorities:');
  if (candidates.priorities.length === 0) {
    lines.push(`  - id: ${fill('an id')}`);
  }
  for (const heading of candidates.priorities) {
    const id = idFrom(heading.text, ids);
    headingIds.set(heading, id);
    lines.push(`  - id: ${id}`, `    title: ${q(heading.text)}`);
    lines.push(`    label: ${fill('what the document calls it, e.g. "Priority" or "Outcome"')}`);
    lines.push(`    summary: ${fill('one or two plain-English sentences')}`);
    lines.push(`    themes: [${fill('one or more theme ids from content/themes')}]`);
    lines.push(`    source: ${sourceRef(heading, pagesKnown)}`);
    lines.push(marker(heading, pagesKnown));
  }
  const headingAbove = (span: Span) => {
    let found: string | undefined;
    for (const [heading, id] of headingIds) if (heading.line <= span.line) found = id;
    return found;
  };

  lines.push('actions:');
  for (const action of candidates.actions) lines.push(...draftAction(action, ids, headingAbove(action), pagesKnown));
  lines.push('measures:');
  for (const figure of candidates.figures) lines.push(...draftMeasure(figure, ids, headingAbove(figure), pagesKnown));

  lines.push('sources:', '  - id: strategy');
  lines.push(`    title: ${candidates.title ? q(candidates.title.text) : fill('the document title as published')}`);
  lines.push(`    publisher: ${fill('who published the document')}`);
  lines.push(`    url: ${fill('its web address, or "not stated"')}`);
  lines.push(`    text: ${q(options.textCopy)}`);
  if (candidates.unplaced.length) {
    lines.push('# Lines the importer could not place (not drafted above). Add any that matter by hand:');
    for (const span of candidates.unplaced)
      lines.push(`#   ${where(span, pagesKnown)}: ${span.text.replace(/\n/g, ' ').slice(0, 200)}`);
  }
  lines.push('---', '', `${PLACEHOLDER}: a short plain-English introduction for residents.`, '');
  return lines.join('\n');
}

function draftAction(
  action: ActionCandidate,
  ids: Set<string>,
  priority: string | undefined,
  pagesKnown: boolean,
): string[] {
  const lines = [`  - id: ${idFrom(action.code ?? action.text, ids)}`];
  if (action.code) lines.push(`    code: ${q(action.code)}`);
  lines.push(`    priority: ${priority ?? fill('the id of the priority this delivers')}`);
  lines.push(`    what: ${q(action.text)}`);
  if (action.leads) lines.push(`    leads: [${action.leads.map(q).join(', ')}]`);
  if (action.dueAsPrinted) lines.push(`    dueAsPrinted: ${q(action.dueAsPrinted)}`);
  lines.push(`    source: ${sourceRef(action, pagesKnown)}`);
  lines.push(marker(action, pagesKnown));
  return lines;
}

function draftMeasure(
  figure: FigureCandidate,
  ids: Set<string>,
  priority: string | undefined,
  pagesKnown: boolean,
): string[] {
  const lines = [`  - id: ${idFrom(`figure ${figure.page} ${figure.printed}`, ids)}`];
  if (priority) lines.push(`    priority: ${priority}`);
  lines.push(`    label: ${fill('what this figure measures, as the document names it')}`);
  lines.push(`    unit: ${figure.unit ?? fill('percent, count, per-1000, per-100000, pounds, ...')}`);
  lines.push('    polarity: not-stated');
  lines.push('    values:', `      - value: ${figure.value}`);
  if (figure.period) lines.push(`        period: ${q(figure.period)}`);
  lines.push(`        asPrinted: ${q(figure.printed)}`);
  if (figure.comparator)
    lines.push(
      `    # the sentence names a comparison: "${figure.comparator.replace(/"/g, "'")}"; add it under comparators if it is one`,
    );
  lines.push(`    source: ${sourceRef(figure, pagesKnown)}`);
  lines.push(marker(figure, pagesKnown));
  return lines;
}
