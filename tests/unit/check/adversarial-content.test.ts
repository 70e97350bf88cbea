// Content written as an attacker would write it: a contributor whose pull request changes one content file.
// Each file must be refused by the check with its file and line, and the body the check reads must be the
// body the build renders, whatever the file does with its frontmatter delimiters.
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { checkContent, formatProblem, MAX_FILE_BYTES } from '../../../src/lib/check/run.ts';
import { splitFrontmatter } from '../../../src/lib/check/locate.ts';
import { copyFixtureSite, FIXTURE_STRATEGY } from '../../helpers/fixture-site.ts';
import { PROJECT_ROOT } from '../../helpers/content.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
const site = () => {
  const root = copyFixtureSite();
  roots.push(root);
  return root;
};

const strategyText = readFileSync(join(PROJECT_ROOT, 'tests/fixtures/site', FIXTURE_STRATEGY), 'utf8');
/** The fixture strategy's frontmatter lines, without the closing delimiter. */
const strategyFields = strategyText.slice(4, strategyText.indexOf('\n---\n', 4) + 1);
const UPDATE = 'content/updates/exampleton-2024-06-01-progress.md';
const updateFields = [
  'title: Progress in June',
  'date: 2024-06-01',
  'kind: progress',
  'strategy: exampleton-2024-28',
  'places: [exampleton]',
  'summary: What happened in June.',
  'source:',
  '  id: report',
  '  title: Progress report',
  '  publisher: Exampleton Borough Council',
  '  url: not online',
  '',
].join('\n');

/** Where a file's problems were found: `file:line` for each, and the messages. */
function problemsIn(root: string, file: string) {
  return checkContent(root).errors.filter((p) => p.file === file);
}

// The mid-line "---" trick: a block string whose last line ends " ---", an indented code fence, then the real
// closing line. A splitter that ends the frontmatter at the first "---" anywhere sees the body start inside the
// code fence; the build sees the export.
const midLine = (fields: string, nl = '\n') =>
  [
    `---`,
    `${fields}note: |`,
    `  Looks harmless ---`,
    '    ```',
    `---`,
    `export const x = process.getBuiltinModule('node:fs').writeFileSync('/tmp/pwned', 'x')`,
    '',
    'Text.',
    '',
  ]
    .join('\n')
    .replace(/\n/g, nl);

interface Case {
  name: string;
  file: string;
  text: string;
  /** Text on the line the problem must name. */
  lineWith: string;
  message: RegExp;
}

const cases: Case[] = [
  {
    name: 'a mid-line --- before an export in an .mdx strategy',
    file: FIXTURE_STRATEGY,
    text: midLine(strategyFields),
    lineWith: 'export const x',
    message: /"import" and "export" lines are not allowed/,
  },
  {
    name: 'the same trick saved with CRLF line endings',
    file: FIXTURE_STRATEGY,
    text: midLine(strategyFields, '\r\n'),
    lineWith: 'export const x',
    message: /"import" and "export" lines are not allowed/,
  },
  {
    name: 'the same trick after a byte-order mark',
    file: FIXTURE_STRATEGY,
    text: `\uFEFF${midLine(strategyFields)}`,
    lineWith: 'export const x',
    message: /"import" and "export" lines are not allowed/,
  },
  {
    name: 'a <script> after delimiters with trailing spaces and tabs',
    file: FIXTURE_STRATEGY,
    text: `--- \t\n${strategyFields}---\t \n\n<script>alert(1)</script>\n`,
    lineWith: '<script>',
    message: /<script> is not allowed/,
  },
  {
    name: 'a code fence that spans the closing delimiter',
    file: FIXTURE_STRATEGY,
    text: `---\n${strategyFields}fence: |\n  \`\`\`\n---\n<script>alert(1)</script>\n\`\`\`\n`,
    lineWith: '<script>',
    message: /<script> is not allowed/,
  },
  {
    name: 'an indented --- that is not a delimiter',
    file: FIXTURE_STRATEGY,
    text: `---\n${strategyFields}note: |\n  ---\n---\n{process.exit(1)}\n`,
    lineWith: '{process',
    message: /expressions are not allowed/,
  },
  {
    name: 'a second frontmatter block hiding a script',
    file: FIXTURE_STRATEGY,
    text: `---\n${strategyFields}---\n---\nlayout: x\n---\n<script>alert(1)</script>\n`,
    lineWith: '<script>',
    message: /<script> is not allowed/,
  },
  {
    name: 'text after the closing delimiter',
    file: FIXTURE_STRATEGY,
    text: `---\n${strategyFields}---<script>alert(1)</script>\nText.\n`,
    lineWith: '---<script>',
    message: /must be three dashes \(---\) and nothing else/,
  },
  {
    name: 'TOML frontmatter',
    file: FIXTURE_STRATEGY,
    text: `+++\ntitle = "x"\n+++\nText.\n`,
    lineWith: '+++',
    message: /not "\+\+\+"/,
  },
  {
    name: 'a meta refresh in a Markdown update',
    file: UPDATE,
    text: `---\n${updateFields}---\n\n<meta http-equiv="refresh" content="0;url=https://evil.example">\n`,
    lineWith: '<meta',
    message: /HTML is not allowed in \.md files/,
  },
  {
    name: 'the mid-line trick in a Markdown update',
    file: UPDATE,
    text: `---\n${updateFields}note: |\n  Fine ---\n    \`\`\`\n---\n<meta http-equiv="refresh" content="0;url=https://evil.example">\n`,
    lineWith: '<meta',
    message: /HTML is not allowed in \.md files/,
  },
  {
    name: 'a javascript: link in a Markdown update',
    file: UPDATE,
    text: `---\n${updateFields}---\n\n[Read more](javascript:alert(1))\n`,
    lineWith: 'javascript:',
    message: /"javascript:" links are not allowed/,
  },
  {
    name: 'a javascript: link broken by a tab',
    file: UPDATE,
    text: `---\n${updateFields}---\n\n[Read more](<java\tscript:alert(1)>)\n`,
    lineWith: 'script:alert',
    message: /"javascript:" links are not allowed/,
  },
  {
    name: 'a javascript: link written as a character reference',
    file: UPDATE,
    text: `---\n${updateFields}---\n\n[Read more](&#106;avascript:alert(1))\n`,
    lineWith: '&#106;',
    message: /"javascript:" links are not allowed/,
  },
  {
    name: 'a javascript: autolink',
    file: UPDATE,
    text: `---\n${updateFields}---\n\nSee <javascript:alert(1)>.\n`,
    lineWith: '<javascript:',
    message: /"javascript:" links are not allowed/,
  },
  {
    name: 'a data: link in a reference definition',
    file: UPDATE,
    text: `---\n${updateFields}---\n\nSee [this][x].\n\n[x]: data:text/html;base64,PHNjcmlwdD4=\n`,
    lineWith: '[x]: data:',
    message: /"data:" links are not allowed/,
  },
  {
    name: 'an off-site image',
    file: UPDATE,
    text: `---\n${updateFields}---\n\n![A chart](https://evil.example/track.png)\n`,
    lineWith: '![A chart]',
    message: /images must be files in this repository/,
  },
  {
    name: 'a protocol-relative image',
    file: UPDATE,
    text: `---\n${updateFields}---\n\n![A chart](//evil.example/track.png)\n`,
    lineWith: '![A chart]',
    message: /images must be files in this repository/,
  },
  {
    name: 'an off-site image through a reference',
    file: UPDATE,
    text: `---\n${updateFields}---\n\n![A chart][c]\n\n[c]: https://evil.example/track.png\n`,
    lineWith: '![A chart]',
    message: /images must be files in this repository/,
  },
  {
    name: 'a protocol-relative link',
    file: UPDATE,
    text: `---\n${updateFields}---\n\n[Read more](//evil.example/)\n`,
    lineWith: '[Read more]',
    message: /has no https:/,
  },
  {
    name: 'a bidirectional override in a title',
    file: FIXTURE_STRATEGY,
    text: strategyText.replace('title: Exampleton Health', 'title: Exampleton \u202EHealth'),
    lineWith: 'title: Exampleton',
    message: /reverses the order text is shown in/,
  },
  {
    name: 'a bidirectional isolate written as a YAML escape',
    file: FIXTURE_STRATEGY,
    text: strategyText.replace('shortTitle: Exampleton 2024-28', 'shortTitle: "Exampleton \\u2066 2024-28"'),
    lineWith: 'shortTitle:',
    message: /reverses the order text is shown in/,
  },
  {
    name: 'a bidirectional override written as a character reference in a body',
    file: FIXTURE_STRATEGY,
    text: strategyText.replace('It is written in', 'It is &#x202E; written in'),
    lineWith: '&#x202E;',
    message: /reverses the order text is shown in/,
  },
];

describe('content written to attack the site is refused with its file and line', () => {
  it.each(cases)('refuses $name', (c) => {
    const root = site();
    mkdirSync(join(root, 'content/updates'), { recursive: true });
    writeFileSync(join(root, c.file), c.text);
    const problems = problemsIn(root, c.file);
    const line = c.text.split(/\r?\n/).findIndex((l) => l.includes(c.lineWith)) + 1;
    expect(line, `"${c.lineWith}" is in the test file`).toBeGreaterThan(0);
    expect(problems.map(formatProblem)).toContainEqual(expect.stringMatching(new RegExp(`^${c.file}:${line} [^:]+: `)));
    expect(problems.find((p) => p.line === line)?.message).toMatch(c.message);
    // A refused file never reaches the site.
    expect([...checkContent(root).entries.values()].some((e) => e.file === c.file)).toBe(false);
  });

  it('refuses an .md and an .mdx file with the same name, naming both', () => {
    const root = site();
    mkdirSync(join(root, 'content/updates'), { recursive: true });
    writeFileSync(join(root, 'content/updates/news.md'), `---\n${updateFields}---\nText.\n`);
    writeFileSync(join(root, 'content/updates/news.mdx'), `---\n${updateFields}---\nText.\n`);
    const [problem] = problemsIn(root, 'content/updates/news.mdx');
    expect(problem?.message).toMatch(/same name as content\/updates\/news\.md apart from its ending/);
  });

  it('refuses one old address on two strategies, naming the other file', () => {
    const root = site();
    const second = 'content/strategies/exampleton-2029-33.mdx';
    writeFileSync(
      join(root, FIXTURE_STRATEGY),
      strategyText.replace('summary: A made-up', 'oldSlugs: [exampleton-old]\nsummary: A made-up'),
    );
    writeFileSync(
      join(root, second),
      strategyText.replace('summary: A made-up', 'oldSlugs: [exampleton-old]\nsummary: A made-up'),
    );
    const [problem] = problemsIn(root, second);
    expect(problem?.field).toBe('oldSlugs[0]');
    expect(problem?.message).toMatch(
      new RegExp(`"exampleton-old" is already an old address of another strategy \\(${FIXTURE_STRATEGY}\\)`),
    );
  });

  it('refuses a file over the size limit without reading it', () => {
    const root = site();
    writeFileSync(
      join(root, FIXTURE_STRATEGY),
      `${strategyText}\n${'Filler text. '.repeat(Math.ceil(MAX_FILE_BYTES / 13))}\n`,
    );
    const [problem] = problemsIn(root, FIXTURE_STRATEGY);
    expect(problem?.message).toMatch(/a content file may be at most 200 KB/);
  });

  it('refuses a link to a file elsewhere on the machine', () => {
    const root = site();
    symlinkSync('/etc/hostname', join(root, 'content/strategies/linked.mdx'));
    const [problem] = problemsIn(root, 'content/strategies/linked.mdx');
    expect(problem?.message).toMatch(/is a link to another file/);
  });

  it('still accepts the unchanged fixture, so the refusals above are about the edits', () => {
    expect(checkContent(site()).errors).toEqual([]);
  });
});

describe('the check reads the body the build renders', () => {
  const realFiles = ['strategies', 'updates'].flatMap((dir) =>
    readdirSync(join(PROJECT_ROOT, 'content', dir))
      .filter((f) => /\.mdx?$/.test(f) && f !== 'README.md')
      .map((f) => join(PROJECT_ROOT, 'content', dir, f)),
  );
  const adversarial = cases.map((c) => c.text);

  it.each([
    ...realFiles.map((f) => [f.slice(PROJECT_ROOT.length), readFileSync(f, 'utf8')]),
    ...adversarial.map((t, i) => [`adversarial case ${i + 1}`, t]),
  ])('%s: same body as Astro gives @astrojs/mdx', (_name, text) => {
    let astro: string | undefined;
    try {
      astro = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content;
    } catch {
      // Astro cannot read this frontmatter at all, so the build would stop: the check must refuse it too.
    }
    const split = splitFrontmatter(text);
    if (astro === undefined) expect(split.buildYamlProblem).toBeDefined();
    else expect(split.renderedBody).toBe(astro);
  });

  it('covers every real strategy and update', () => {
    expect(realFiles.length).toBe(
      readdirSync(join(PROJECT_ROOT, 'content/strategies')).length +
        readdirSync(join(PROJECT_ROOT, 'content/updates')).filter((f) => f !== 'README.md').length,
    );
  });
});
