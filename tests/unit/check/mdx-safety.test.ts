import { describe, expect, it } from 'vitest';
import { checkMdxBody } from '../../../src/lib/check/mdx-safety.ts';

describe('checkMdxBody', () => {
  it('accepts an allowed component in an .mdx body', () => {
    expect(checkMdxBody('Intro.\n\n<InsetText>A note.</InsetText>\n', 10)).toEqual([]);
  });

  it('refuses a site component in a plain .md body, because it would show as broken text', () => {
    const [problem] = checkMdxBody('Intro.\n\n<InsetText>A note.</InsetText>\n', 10, { isMdx: false });
    expect(problem).toEqual({ line: 12, field: 'body', message: expect.stringMatching(/only works in \.mdx files.*Rename the file to end \.mdx/) });
  });

  it('still accepts allowed inline HTML in a plain .md body', () => {
    expect(checkMdxBody('It uses <abbr title="Measles, mumps and rubella">MMR</abbr>.\n', 1, { isMdx: false })).toEqual([]);
  });
});
