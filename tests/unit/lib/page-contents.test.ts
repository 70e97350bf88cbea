import { describe, expect, it } from 'vitest';
import { estimateHeight, pageContents, SCREEN_HEIGHT } from '../../../src/lib/page-contents.ts';

const paragraph = (n: number) => `<p>${'word '.repeat(n)}</p>`;
const long = (sections: string[]) => sections.map((s) => `<h2>${s}</h2>${paragraph(40).repeat(60)}`).join('');

describe('a long page gets an "On this page" list', () => {
  it('lists the second-level headings of a long page, giving ids to those without one and keeping the rest', () => {
    const html = `<h1>Title</h1><h2 id="kept">Kept id</h2>${paragraph(40).repeat(60)}${long(['What will be done', 'Measures'])}`;
    const { html: out, entries } = pageContents(html);
    expect(entries).toEqual([
      { id: 'kept', label: 'Kept id' },
      { id: 'section-what-will-be-done', label: 'What will be done' },
      { id: 'section-measures', label: 'Measures' },
    ]);
    expect(out).toContain('<h2 id="kept">');
    expect(out).toContain('<h2 id="section-measures">');
  });

  it('gives a short page none', () => {
    expect(pageContents(`<h1>T</h1><h2>A</h2>${paragraph(20)}<h2>B</h2>${paragraph(20)}`).entries).toEqual([]);
  });

  it('never reuses an id already on the page', () => {
    const html = `<p id="section-measures">x</p>${long(['Measures', 'Measures'])}`;
    expect(pageContents(html).entries.map((e) => e.id)).toEqual(['section-measures-2', 'section-measures-3']);
  });

  it('lists subsections when a long page has only one section', () => {
    const html = `<h2>Past their due date</h2>${long([]).concat(['A', 'B'].map((t) => `<h3>${t}</h3>${paragraph(40).repeat(60)}`).join(''))}`;
    expect(pageContents(html).entries.map((e) => e.label)).toEqual(['A', 'B']);
  });

  it('does not count what is folded away in a closed <details>, nor visually hidden text', () => {
    const folded = `<details><summary>More</summary>${paragraph(40).repeat(200)}</details>`;
    const hidden = `<div class="visually-hidden">${paragraph(40).repeat(200)}</div>`;
    const open = `<details open><summary>More</summary>${paragraph(40).repeat(200)}</details>`;
    expect(estimateHeight(folded)).toBeLessThan(SCREEN_HEIGHT * 2);
    expect(estimateHeight(hidden)).toBeLessThan(SCREEN_HEIGHT * 2);
    expect(estimateHeight(open)).toBeGreaterThan(SCREEN_HEIGHT * 10);
  });

  it('escapes nothing it should not: heading text is returned as text', () => {
    const { entries } = pageContents(long(['Fish &amp; chips', '<b>Bold</b> move']));
    expect(entries.map((e) => e.label)).toEqual(['Fish & chips', 'Bold move']);
  });
});
