// The second lock: the renderer itself refuses what the content check refuses, so a body that reached the
// build some other way fails there, naming its line, before MDX compiles it to JavaScript.
import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkBodySafety } from '../../../src/integrations/remark-body-safety.ts';

const payload = "Intro.\n\nexport const x = process.getBuiltinModule('node:fs').writeFileSync('/tmp/pwned', 'x')\n";

describe('remarkBodySafety in the build pipeline', () => {
  it('lets MDX compile the export when the plugin is absent (so the test below means something)', async () => {
    const code = String(await compile(payload));
    expect(code).toContain('writeFileSync');
  });

  it('stops MDX compiling an export, naming its line', async () => {
    await expect(
      compile({ value: payload, path: 'content/strategies/x.mdx' }, { remarkPlugins: [remarkBodySafety] }),
    ).rejects.toThrow(/"import" and "export" lines are not allowed/);
  });

  it('stops MDX compiling a {expression} and a <script>', async () => {
    await expect(
      compile({ value: 'A {globalThis.x = 1} b.\n', path: 'x.mdx' }, { remarkPlugins: [remarkBodySafety] }),
    ).rejects.toThrow(/expressions are not allowed/);
    await expect(
      compile({ value: '<script>alert(1)</script>\n', path: 'x.mdx' }, { remarkPlugins: [remarkBodySafety] }),
    ).rejects.toThrow(/<script> is not allowed/);
  });

  it('stops the Markdown renderer on raw HTML such as a meta refresh', async () => {
    const renderer = await unified({ remarkPlugins: [remarkBodySafety] }).createRenderer({});
    await expect(
      renderer.render('Hi.\n\n<meta http-equiv="refresh" content="0;url=https://evil.example">\n', {
        fileURL: new URL('file:///site/content/updates/x.md'),
      }),
    ).rejects.toThrow(/HTML is not allowed in \.md files/);
    const fine = await renderer.render('Hi [there](https://example.org).\n', {
      fileURL: new URL('file:///site/content/updates/x.md'),
    });
    expect(fine.code).toContain('<a href="https://example.org">there</a>');
  });
});
