import { describe, expect, it } from 'vitest';
import {
  boldParagraphIsHeading,
  cleanLine,
  findCandidates,
  looksLikeHeading,
  namesListed,
} from '../../../src/lib/import/candidates.ts';
import { joinPages, pageAtOffset } from '../../../src/lib/import/text-copy.ts';

const page1 = [
  'Fernley Health and Wellbeing Strategy 2024-29',
  '',
  'Foreword',
  '',
  'This strategy was agreed in 2024 by the board.',
].join('\n');
const page2 = [
  '## Healthy and ready for school',
  '',
  'In Fernley 66.4% of children had their MMR2 by age 5 in 2021/22, against 89.2% in England.',
  'We will offer every family a health visit by March 2025, led by the Public Health team.',
  '<b>W3</b>\t<i>We will map the boards that feed into our work. (W3 - 10/23 and ongoing)</i>',
  'Promote the free school meals offer to every eligible family in the borough.',
].join('\n');
const copy = joinPages([page1, page2]);

describe('findCandidates', () => {
  const found = findCandidates(copy);

  it('takes the title and its period from the first line', () => {
    expect(found.title).toMatchObject({ text: 'Fernley Health and Wellbeing Strategy 2024-29', page: 1, line: 1 });
    expect(found.period).toMatchObject({ start: 2024, end: 2029 });
  });

  it('offers headings as candidate priorities, with their page', () => {
    expect(found.priorities).toContainEqual(expect.objectContaining({ text: 'Healthy and ready for school', page: 2 }));
  });

  it('finds every figure with its printed form, unit, period and comparator, and no year as a figure', () => {
    expect(found.figures.map((f) => f.printed)).toEqual(['66.4%', '89.2%']);
    expect(found.figures[0]).toMatchObject({
      value: 66.4,
      unit: 'percent',
      period: '2021/22',
      comparator: 'England',
      page: 2,
    });
  });

  it('finds "we will" statements with their lead and due date, numbered commitments with their code, and action-plan rows', () => {
    const visit = found.actions.find((a) => a.text.startsWith('We will offer'));
    expect(visit).toMatchObject({
      page: 2,
      dueAsPrinted: 'March 2025',
      leads: ['the Public Health team'],
      under: 'Healthy and ready for school',
    });
    expect(found.actions.find((a) => a.code === 'W3')).toMatchObject({
      text: 'We will map the boards that feed into our work. (W3 - 10/23 and ongoing)',
      dueAsPrinted: '10/23 and ongoing',
    });
    expect(found.actions.map((a) => a.text)).toContain(
      'Promote the free school meals offer to every eligible family in the borough.',
    );
  });

  it('drafts nothing that is not a span of the document (apart from markup the extraction left in)', () => {
    const plain = copy.replace(/<\/?[a-z]+>/g, '').replace(/\t/g, ' ');
    for (const c of [...found.priorities, ...found.actions, ...found.figures])
      expect(plain.replace(/^## /gm, '')).toContain(c.text);
  });

  it('reads only the pages asked for', () => {
    const only = findCandidates(copy, { pages: [1, 1] });
    expect(only.figures).toEqual([]);
    expect(only.actions).toEqual([]);
  });
});

describe('headings and lines', () => {
  it.each([
    ['Healthy and ready for school', true],
    ['### **4.3. Adult Care**', true],
    ['To increase the percentage of children who are best prepared to start school by the age of 5.', true],
    ['This strategy was agreed in 2024.', false],
    ['Foreword', false],
    ['Our guiding principles\t15', false],
    ['https://www.example.org/strategy', false],
  ])('%j is a heading: %j', (line, expected) => {
    expect(looksLikeHeading(line)).toBe(expected);
  });

  it('cleans tags, emphasis, bullets and section numbers', () => {
    expect(cleanLine('- **Reduce** <i>loneliness</i>')).toBe('Reduce loneliness');
    expect(cleanLine('4.5. The first 5,000 households')).toBe('The first 5,000 households');
  });

  it('knows which page an offset of a text copy is on', () => {
    expect(pageAtOffset(copy, copy.indexOf('Foreword'))).toBe(1);
    expect(pageAtOffset(copy, copy.indexOf('W3'))).toBe(2);
  });
});

describe('names listed in a sentence', () => {
  it('takes each name a sentence lists after saying it lists priorities, as printed', () => {
    expect(
      namesListed(
        'The board agreed three priorities: improving mental health, increasing social connections, and supporting greater financial security.',
      ),
    ).toEqual(['improving mental health', 'increasing social connections', 'supporting greater financial security']);
    expect(namesListed('Our two ambitions are: Start well and Age well')).toEqual(['Start well', 'Age well']);
    expect(namesListed('Our four themes are healthy places, good work, safe homes and clean air.')).toEqual([
      'healthy places',
      'good work',
      'safe homes',
      'clean air',
    ]);
  });

  it('takes nothing when the count does not match, there is no colon or count, or the items are not names', () => {
    expect(namesListed('We have three priorities: housing, work.')).toEqual([]);
    expect(namesListed('The priorities are set by the board, the council and partners.')).toEqual([]);
    expect(namesListed('Our aims: 12% fewer smokers and 5% more walkers.')).toEqual([]);
    expect(
      namesListed(
        'Our priorities: we will work with every school in the borough to make sure that children are ready to learn, and housing.',
      ),
    ).toEqual([]);
    expect(namesListed('This sentence names no list at all, and so gives nothing.')).toEqual([]);
  });

  it('offers the listed names as candidate priorities with their page and line', () => {
    const found = findCandidates(
      'Fernley strategy 2024-29\nThe board chose two priorities: healthy homes and good work.\n',
    );
    expect(found.priorities).toEqual([
      { text: 'healthy homes', page: 1, line: 2 },
      { text: 'good work', page: 1, line: 2 },
    ]);
  });
});

describe('bold paragraphs', () => {
  it.each([
    ['Start well', true],
    ['Priority 2: Early Diagnosis and Intervention', true],
    ['Our 2017 birth rate was the highest in England.', false],
    ['Start well,', false],
    ['2024', false],
    [Array.from({ length: 16 }, () => 'word').join(' '), false],
  ])('%j printed wholly in bold is a heading: %j', (text, expected) => {
    expect(boldParagraphIsHeading(text)).toBe(expected);
  });
});
