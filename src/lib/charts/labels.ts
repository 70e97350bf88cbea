// Bar labels broken into short lines so that long names ("Other boroughs in North Central London")
// fit beside a bar on a phone. Words are never cut or dropped.

/** Split `label` into lines of at most `width` characters, breaking at spaces (a longer word keeps its own line). */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [''];
}
