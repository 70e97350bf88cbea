// Each bad input is refused with the file, the line and the field, and a message that says how to fix it.
import { renameSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../../src/lib/check/run.ts';
import { copyFixtureSite, editFile, FIXTURE_STRATEGY, lineContaining } from '../../helpers/fixture-site.ts';

interface BadCase {
  name: string;
  file?: string;
  find: string | RegExp;
  replace: string;
  field: string;
  message: RegExp;
  /** Text on the line the problem must point at (after the edit). */
  lineWith?: string;
  /** Or the line number it must point at, when the edit leaves no text to find there. */
  line?: number;
}

const cases: BadCase[] = [
  {
    name: 'broken YAML',
    find: 'owner: Exampleton Health',
    replace: 'owner: [Exampleton Health',
    field: 'yaml',
    message: /could not be read/,
    line: 6,
  }, // the parser finds the unclosed [ where the next key starts
  {
    name: 'a missing title',
    find: /^title: .*\n/m,
    replace: '',
    field: 'title',
    message: /is required but missing\. Add a "title:" line/,
    line: 2,
  }, // the first line of the frontmatter
  {
    name: 'an unknown theme',
    find: 'themes: [social-connection]',
    replace: 'themes: [lonelyness]',
    field: 'priorities[1].themes[0]',
    message: /"lonelyness" is not a theme\. Did you mean "social-connection"\?/,
    lineWith: 'lonelyness',
  },
  {
    name: 'a duplicated priority id',
    find: '  - id: friendships',
    replace: '  - id: ready-for-school',
    field: 'priorities[1].id',
    message: /already used at priorities\[0\]/,
    line: 32,
  }, // the second "- id: ready-for-school"
  {
    name: 'a measure value that is not a number',
    find: 'value: 66.4',
    replace: 'value: "66.4%"',
    field: 'measures[0].values[0].value',
    message: /must be a number without % or commas/,
    lineWith: '66.4%',
  },
  {
    name: 'a percentage of 140',
    find: '{ period: 2018/19, value: 73 }',
    replace: '{ period: 2018/19, value: 140 }',
    field: 'measures[1].values[1].value',
    message: /140 is not a percentage between 0 and 100/,
    lineWith: 'value: 140',
  },
  {
    name: 'an end year before the start year',
    find: 'end: 2028',
    replace: 'end: 2020',
    field: 'period.end',
    message: /end year must not be before the start year/,
    lineWith: 'end: 2020',
  },
  {
    name: 'a measure pointing at a missing priority',
    find: 'priority: ready-for-school\n    label: Children who',
    replace: 'priority: school-ready\n    label: Children who',
    field: 'measures[0].priority',
    message: /"school-ready" is not a priority of this strategy\. Use one of: ready-for-school, friendships/,
    lineWith: 'school-ready',
  },
  {
    name: 'a <script> tag',
    find: 'It is written in',
    replace: '<script>alert(1)</script> It is written in',
    field: 'body',
    message: /<script> is not allowed/,
    lineWith: '<script>',
  },
  {
    name: 'an import line',
    find: 'This is a made-up strategy',
    replace: "import Chart from '../evil.js'\n\nThis is a made-up strategy",
    field: 'body',
    message: /"import" and "export" lines are not allowed/,
    lineWith: 'import Chart',
  },
  {
    name: 'a {...} expression',
    find: 'It is written in',
    replace: 'It is {fetch("https://evil.example")} written in',
    field: 'body',
    message: /\{\.\.\.\} expressions are not allowed/,
    lineWith: 'evil.example',
  },
  {
    name: 'a javascript: link',
    find: 'It is written in',
    replace: 'It is [written](javascript:alert(1)) in',
    field: 'body',
    message: /"javascript:" links are not allowed/,
    lineWith: 'javascript:',
  },
  {
    name: 'an <iframe>',
    find: 'It is written in',
    replace: '<iframe src="https://evil.example"></iframe> It is written in',
    field: 'body',
    message: /<iframe> is not allowed/,
    lineWith: '<iframe',
  },
  {
    name: 'an on* attribute',
    find: '<InsetText>',
    replace: '<InsetText onClick="steal()">',
    field: 'body',
    message: /"onClick" attribute on <InsetText> would run code/,
    lineWith: 'onClick',
  },
  {
    name: 'an impossible date',
    find: 'published: 2024-03-05',
    replace: 'published: 2024-02-30',
    field: 'published',
    message: /real date/,
    lineWith: 'published:',
  },
  {
    name: 'a misspelt field name',
    find: 'vision: Everyone',
    replace: 'visoin: Everyone',
    field: '(top level)',
    message: /"visoin" is not a field here\. Did you mean "vision"\?/,
    lineWith: 'visoin: Everyone',
  },
  {
    name: 'an unknown status',
    find: 'status: adopted',
    replace: 'status: approved',
    field: 'status',
    message: /"approved" is not allowed here\. Use one of: in-development, draft, adopted/,
    lineWith: 'status: approved',
  },
  {
    name: 'an unknown place',
    find: 'places: [exampleton]',
    replace: 'places: [exampletown]',
    field: 'places[0]',
    message: /"exampletown" is not a place in content\/places\. Did you mean "exampleton"\?/,
    lineWith: 'exampletown',
  },
  {
    name: 'an action pointing at a missing priority',
    find: 'priority: friendships\n    what: We will',
    replace: 'priority: friends\n    what: We will',
    field: 'actions[1].priority',
    message: /"friends" is not a priority of this strategy/,
    lineWith: 'priority: friends',
  },
  {
    name: 'an action with an unknown sub-theme',
    find: 'subTheme: immunisations',
    replace: 'subTheme: vaccines',
    field: 'actions[0].subTheme',
    message: /"vaccines" is not a sub-theme of priority "ready-for-school"/,
    lineWith: 'subTheme: vaccines',
  },
  {
    name: "a value whose unit differs from its measure's",
    find: '      - period: 2020/21\n        value: 66.4',
    replace: '      - period: 2020/21\n        unit: count\n        value: 66.4',
    field: 'measures[0].values[0].unit',
    message: /unit "count" does not match the measure's unit "percent"/,
    lineWith: 'unit: count',
  },
  {
    name: 'a source document that is not listed',
    find: 'source: { document: strategy, page: 5 }\n  - id: gld',
    replace: 'source: { document: jsna, page: 5 }\n  - id: gld',
    field: 'measures[0].source.document',
    message: /"jsna" is not a document in this strategy's sources list/,
    lineWith: 'document: jsna',
  },
  {
    name: 'a quoted fact under a missing priority',
    find: /\nsources:\n/,
    replace:
      '\nfacts:\n  - id: quoted\n    priority: nope\n    quote: As printed.\n    source: { document: strategy }\nsources:\n',
    field: 'facts[0].priority',
    message: /"nope" is not a priority of this strategy/,
    lineWith: 'priority: nope',
  },
  {
    name: 'a quoted fact from an unlisted document',
    find: /\nsources:\n/,
    replace: '\nfacts:\n  - id: quoted\n    quote: As printed.\n    source: { document: jsna }\nsources:\n',
    field: 'facts[0].source.document',
    message: /"jsna" is not a document in this strategy's sources list/,
    lineWith: 'document: jsna',
  },
  {
    name: 'a status with no date it was confirmed',
    find: '    statusConfirmed: 2026-10-01\n',
    replace: '',
    field: 'actions[1].statusConfirmed',
    message: /needs the date it was confirmed/,
    lineWith: '  - id: w1',
  },
  {
    name: 'a comparator percentage over 100',
    find: 'value: 74.1',
    replace: 'value: 174.1',
    field: 'measures[0].comparators[0].value',
    message: /174\.1 is not a percentage/,
    lineWith: 'value: 174.1',
  },
  {
    name: 'an id with capitals and spaces',
    find: '  - id: friendships',
    replace: '  - id: Friend Ships',
    field: 'priorities[1].id',
    message: /must be lower-case letters, numbers and single hyphens/,
    lineWith: 'Friend Ships',
  },
  {
    name: 'a web address that is not a URL',
    find: 'url: not online',
    replace: 'url: www.example.org',
    field: 'sources[0].url',
    message: /"www\.example\.org" is not a web address\. Write it in full, starting https:\/\//,
    lineWith: 'www.example.org',
  },
  {
    name: 'a priority with no themes',
    find: 'themes: [social-connection]',
    replace: 'themes: []',
    field: 'priorities[1].themes',
    message: /needs at least one theme/,
    lineWith: 'themes: []',
  },
  {
    name: 'a priority delivered by a missing priority',
    find: '    label: Short-term priority\n    summary: Helping people make friends',
    replace:
      '    label: Short-term priority\n    deliveredBy: [ready-for-schol]\n    summary: Helping people make friends',
    field: 'priorities[1].deliveredBy[0]',
    message: /"ready-for-schol" is not a priority of this strategy\. Did you mean "ready-for-school"\?/,
    lineWith: 'ready-for-schol',
  },
  {
    name: 'a priority delivered by itself',
    find: '    label: Short-term priority\n    summary: Helping people make friends',
    replace: '    label: Short-term priority\n    deliveredBy: [friendships]\n    summary: Helping people make friends',
    field: 'priorities[1].deliveredBy[0]',
    message: /cannot deliver itself/,
    lineWith: 'deliveredBy',
  },
  {
    name: 'a file with no frontmatter',
    find: /^---\n/,
    replace: '',
    field: 'frontmatter',
    message: /must start with a line of three dashes/,
    line: 1,
  },
  {
    name: 'a strategy saved with the wrong ending',
    find: '',
    replace: '',
    field: 'file',
    message: /files in content\/strategies must end \.mdx/,
    line: 1,
  },
];

describe('the content check refuses bad content', () => {
  it.each(cases)('refuses $name with the file, line and field', (bad) => {
    const root = copyFixtureSite();
    let file = bad.file ?? FIXTURE_STRATEGY;
    if (bad.field === 'file') {
      // A comms officer saves the strategy as .md instead of .mdx.
      const renamed = file.replace(/\.mdx$/, '.md');
      renameSync(`${root}/${file}`, `${root}/${renamed}`);
      file = renamed;
    } else {
      editFile(root, file, bad.find, bad.replace);
    }
    const result = checkContent(root);
    const match = result.errors.find((p) => p.file === file && p.field === bad.field && bad.message.test(p.message));
    expect(
      match,
      `expected ${bad.field} ${bad.message} in:\n${result.problems.map(formatProblem).join('\n')}`,
    ).toBeDefined();
    expect(bad.lineWith ?? bad.line, 'each case says which line it expects').toBeDefined();
    expect(match!.line).toBe(bad.lineWith ? lineContaining(root, file, bad.lineWith) : bad.line);
  });

  it('points a misspelt field inside a list item at its own line', () => {
    const root = copyFixtureSite();
    editFile(root, FIXTURE_STRATEGY, 'themes: [social-connection]', 'themse: [social-connection]');
    const problem = checkContent(root).errors.find((p) => /"themse" is not a field here/.test(p.message));
    expect(problem?.field).toMatch(/^priorities\[\d+\]$/);
    expect(problem?.line).toBe(lineContaining(root, FIXTURE_STRATEGY, 'themse: [social-connection]'));
  });

  it('reports every problem in one run, not only the first', () => {
    const root = copyFixtureSite();
    editFile(root, FIXTURE_STRATEGY, 'themes: [social-connection]', 'themes: [lonelyness]');
    editFile(root, FIXTURE_STRATEGY, 'It is written in', '<script>x</script> It is written in');
    editFile(root, FIXTURE_STRATEGY, '{ period: 2018/19, value: 73 }', '{ period: 2018/19, value: 140 }');
    const fields = checkContent(root).errors.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['priorities[1].themes[0]', 'body', 'measures[1].values[1].value']));
  });
});

describe('the content check accepts good content', () => {
  it('accepts the fixture site with no problems', () => {
    expect(checkContent(copyFixtureSite()).problems.map(formatProblem)).toEqual([]);
  });

  it('accepts allowed inline HTML such as <abbr title>', () => {
    const root = copyFixtureSite();
    editFile(
      root,
      FIXTURE_STRATEGY,
      'It is written in',
      'It uses <abbr title="Measles, mumps and rubella">MMR</abbr> and is written in',
    );
    expect(checkContent(root).problems.map(formatProblem)).toEqual([]);
  });

  it('formats a problem as file:line field: message', () => {
    const root = copyFixtureSite();
    editFile(root, FIXTURE_STRATEGY, 'themes: [social-connection]', 'themes: [lonelyness]');
    const [problem] = checkContent(root).errors;
    expect(formatProblem(problem!)).toMatch(
      /^content\/strategies\/exampleton-2024-28\.mdx:\d+ priorities\[1\]\.themes\[0\]: "lonelyness" is not a theme\. Did you mean "social-connection"\?$/,
    );
  });
});

describe('the content check reports to GitHub pull requests', () => {
  it('prints an error as a workflow command on its file and line', async () => {
    const { formatAnnotation } = await import('../../../src/lib/check/run.ts');
    const root = copyFixtureSite();
    editFile(root, FIXTURE_STRATEGY, 'themes: [social-connection]', 'themes: [lonelyness]');
    const [problem] = checkContent(root).errors;
    const line = lineContaining(root, FIXTURE_STRATEGY, 'lonelyness');
    expect(formatAnnotation(problem!)).toBe(
      `::error file=content/strategies/exampleton-2024-28.mdx,line=${line},title=priorities[1].themes[0]::"lonelyness" is not a theme. Did you mean "social-connection"?`,
    );
  });

  it('prints plain-English advice as warnings, escaping commas and colons in properties and newlines in the message', async () => {
    const { formatAnnotation } = await import('../../../src/lib/check/run.ts');
    expect(
      formatAnnotation({
        file: 'content/a,b.md',
        line: 3,
        field: 'x:y',
        message: 'one\ntwo 100%',
        severity: 'warning',
      }),
    ).toBe('::warning file=content/a%2Cb.md,line=3,title=x%3Ay::one%0Atwo 100%25');
  });

  it('warns about plain English in the fixture once content/plain-english.yaml is there, without failing', async () => {
    const { cpSync } = await import('node:fs');
    const root = copyFixtureSite();
    cpSync(`${process.cwd()}/content/plain-english.yaml`, `${root}/content/plain-english.yaml`);
    editFile(root, FIXTURE_STRATEGY, 'It is written in', 'Going forward we will deliver it. It is written in');
    const result = checkContent(root);
    expect(result.errors).toEqual([]);
    const line = lineContaining(root, FIXTURE_STRATEGY, 'Going forward');
    expect(result.problems.filter((p) => p.severity === 'warning').map(formatProblem)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(
            `^content/strategies/exampleton-2024-28\\.mdx:${line} body: warning: "Going forward" is on the words-to-avoid list`,
          ),
        ),
        expect.stringMatching(new RegExp(`:${line} body: warning: "deliver" is on the words-to-avoid list`)),
      ]),
    );
  });
});

describe('npm run check -- --format github', () => {
  it('prints each problem as a line for people and as an annotation for the pull request, and fails on errors', async () => {
    const { spawnSync } = await import('node:child_process');
    const root = copyFixtureSite();
    editFile(root, FIXTURE_STRATEGY, 'themes: [social-connection]', 'themes: [lonelyness]');
    const run = spawnSync(process.execPath, [`${process.cwd()}/scripts/check.ts`, '--format', 'github'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '' },
    });
    expect(run.status).toBe(1);
    const line = lineContaining(root, FIXTURE_STRATEGY, 'lonelyness');
    expect(run.stdout).toContain(
      `content/strategies/exampleton-2024-28.mdx:${line} priorities[1].themes[0]: "lonelyness" is not a theme.`,
    );
    expect(run.stdout).toContain(
      `::error file=content/strategies/exampleton-2024-28.mdx,line=${line},title=priorities[1].themes[0]::"lonelyness" is not a theme.`,
    );
  });

  it('prints no annotations without --format github', async () => {
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync(process.execPath, [`${process.cwd()}/scripts/check.ts`], {
      cwd: copyFixtureSite(),
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '' },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('::');
  });
});
