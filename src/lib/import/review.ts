// The importer marks every entry it drafts with an `unreviewed:` line naming where in the document it came from.
// The content check finds these lines as text (like "FILL IN" placeholders), so a draft cannot be published while
// any entry is unchecked, whatever else is wrong with the file.

/** The key the importer writes on each drafted entry. */
export const UNREVIEWED_KEY = 'unreviewed';

/** Every `unreviewed:` line of a file, with what it says the entry was drafted from. */
export function unreviewedLines(source: string): { line: number; from: string }[] {
  return source.split('\n').flatMap((text, i) => {
    const match = /^\s*(?:-\s+)?unreviewed:\s*(.*)$/.exec(text);
    if (!match) return [];
    const from = match[1]!.trim().replace(/^["']|["']$/g, '');
    return [{ line: i + 1, from: from ? `"${from.length > 80 ? `${from.slice(0, 77)}...` : from}"` : 'the document' }];
  });
}
