import { describe, expect, it } from 'vitest';
import { checkBody, readUrl } from '../../../src/lib/check/body-safety.ts';

describe('checkBody', () => {
  it('accepts an allowed component in an .mdx body', () => {
    expect(checkBody('Intro.\n\n<InsetText>A note.</InsetText>\n', { isMdx: true })).toEqual([]);
  });

  it('accepts allowed inline HTML in an .mdx body', () => {
    expect(checkBody('It uses <abbr title="Measles, mumps and rubella">MMR</abbr>.\n', { isMdx: true })).toEqual([]);
  });

  it('refuses a site component in a plain .md body, naming its line', () => {
    const [problem] = checkBody('Intro.\n\n<InsetText>A note.</InsetText>\n', { isMdx: false });
    expect(problem).toEqual({
      line: 3,
      field: 'body',
      message: expect.stringMatching(/HTML is not allowed in \.md files.*rename the file to end \.mdx/),
    });
  });

  it('refuses any HTML in a plain .md body, because Markdown passes HTML through as it is', () => {
    expect(checkBody('It uses <abbr title="x">MMR</abbr>.\n', { isMdx: false })).toHaveLength(2);
  });

  it('accepts links to other websites, to pages on this site, and to email and phone numbers', () => {
    const body =
      '[a](https://example.org) [b](/places/camden/) [c](#top) [d](mailto:x@example.org) [e](tel:+44123) ![f](./chart.png)\n';
    expect(checkBody(body, { isMdx: false })).toEqual([]);
  });
});

describe('readUrl reads an address as a browser does', () => {
  it.each([
    ['javascript:alert(1)', 'javascript', false],
    ['  JavaScript:alert(1)', 'javascript', false],
    ['java\tscript:alert(1)', 'javascript', false],
    ['\u0001javascript:alert(1)', 'javascript', false],
    ['//evil.example/x', undefined, true],
    ['\\\\evil.example/x', undefined, true],
    ['/\\evil.example/x', undefined, true],
    ['/places/camden/', undefined, false],
    ['chart.png', undefined, false],
  ])('%j has scheme %j (protocol-relative: %j)', (url, scheme, protocolRelative) => {
    expect(readUrl(url)).toEqual({ scheme, protocolRelative });
  });
});
