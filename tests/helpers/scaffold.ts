// Act as a comms officer with `npm run new`: make a starting file, then fill in its placeholders.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentView } from '../../src/lib/scaffold-command.ts';

/** What `npm run new` sees of a project folder. */
export function folderView(root: string): ContentView {
  return {
    list: (dir) => (existsSync(join(root, 'content', dir)) ? readdirSync(join(root, 'content', dir)) : []),
    read: (path) => readFileSync(join(root, path), 'utf8'),
  };
}

/** `npm run new -- <args>` in a copied project, run with this Node directly (npm would add a second or so). */
export function runNew(root: string, ...args: string[]) {
  return spawnSync(process.execPath, ['scripts/new.ts', ...args], { cwd: root, encoding: 'utf8' });
}

/** What a comms officer would type for each kind of placeholder. */
export function fillPlaceholders(source: string, themeId: string, texts: Record<string, string> = {}): string {
  let inThemes = false;
  return source
    .split('\n')
    .map((line) => {
      if (/^\s*themes:\s*$/.test(line)) inThemes = true;
      else if (!/^\s*- /.test(line)) inThemes = false;
      if (!line.includes('FILL IN') || line.trim().startsWith('#')) return line;
      // A text item in a list (e.g. leads), with no field name of its own.
      if (/^\s*- "FILL IN: text"$/.test(line) && !inThemes)
        return line.replace(/"FILL IN: .*"$/, '"An example item for a test."');
      const key = /^\s*(?:- )?([A-Za-z]+):/.exec(line)?.[1];
      const hint = /FILL IN: (.*?)"?$/.exec(line)![1]!;
      let value: string;
      if (inThemes) value = themeId;
      else if (hint.startsWith('one of: ')) value = hint.slice('one of: '.length).split(', ')[0]!;
      else if (hint.startsWith('date')) value = '2026-11-01';
      else if (hint.startsWith('year')) value = '2026';
      else if (hint.startsWith('web address')) value = 'https://example.org/';
      else if (hint.startsWith('email')) value = 'board@example.org';
      else if (hint.startsWith('id')) value = 'first-priority';
      else if (hint.includes('number')) value = '1';
      else if (key) value = JSON.stringify(texts[key] ?? `Example ${key} for a test.`);
      else return 'This is an example introduction, written for a test.';
      return line.replace(/"FILL IN: .*"$/, value);
    })
    .join('\n');
}
