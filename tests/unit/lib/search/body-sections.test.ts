import { describe, expect, it } from 'vitest';
import { bodySections, headingSlug } from '../../../../src/lib/search/body-sections.ts';

describe('body sections', () => {
  it('gives a heading the id the renderer gives it', () => {
    expect(headingSlug('A “live” document')).toBe('a-live-document');
    expect(headingSlug("Building on what we've done: 2022/23")).toBe('building-on-what-weve-done-202223');
    expect(headingSlug('Fairness, safety and  the planet')).toBe('fairness-safety-and--the-planet');
  });

  it('cuts a body at its level-2 headings, keeping the words before the first as the introduction', () => {
    const body = [
      'Intro **words** with a [link](https://example.org).',
      '',
      '## What it says',
      '',
      'First.',
      '',
      '### A detail',
      '',
      '- a point',
      '',
      '## What it says',
      'Again.',
    ].join('\n');
    expect(bodySections(body)).toEqual({
      intro: ['Intro words with a link.'],
      sections: [
        { title: 'What it says', anchor: 'what-it-says', text: ['First.', 'A detail', 'a point'] },
        { title: 'What it says', anchor: 'what-it-says-1', text: ['Again.'] },
      ],
    });
  });

  it('drops markup such as components from the text', () => {
    expect(bodySections('## Note\n\n<InsetText>Read this.</InsetText>').sections[0]!.text).toEqual(['Read this.']);
  });
});
