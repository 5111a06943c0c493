import { describe, expect, it } from 'vitest';
import { planFrontPage, type FrontOptions } from '../../src/lib/front-page.ts';

const sections = [{ id: 'news' }, { id: 'business' }, { id: 'culture' }];
const story = (id: string, section: string, image = false) => ({ id, section: { id: section }, image: image ? {} : undefined });
const options: FrontOptions = { leadWindow: 3, secondaryCount: 2, latestCount: 2, blockSize: 2 };

describe('the front page plan', () => {
  it('leads with the newest story that has a photo among the newest few', () => {
    const stories = [story('a', 'news'), story('b', 'business', true), story('c', 'news', true), story('d', 'culture')];
    const plan = planFrontPage(stories, sections, options);
    expect(plan.lead?.id).toBe('b');
    expect(plan.secondary.map((entry) => entry.id)).toEqual(['a', 'c']);
  });

  it('leads with the newest story when none of the newest few has a photo', () => {
    const stories = [story('a', 'news'), story('b', 'news'), story('c', 'news'), story('d', 'news', true)];
    expect(planFrontPage(stories, sections, options).lead?.id).toBe('a');
  });

  it('prints no story twice above the section blocks, and blocks skip what is above', () => {
    const stories = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id, index) => story(id, sections[index % 3]!.id));
    const plan = planFrontPage(stories, sections, options);
    const above = [plan.lead!, ...plan.secondary, ...plan.latest].map((entry) => entry.id);
    expect(new Set(above).size).toBe(above.length);
    expect(above).toEqual(['a', 'b', 'c', 'd', 'e']);
    const inBlocks = plan.sectionBlocks.flatMap((block) => block.stories.map((entry) => entry.id));
    expect(inBlocks.filter((id) => above.includes(id))).toEqual([]);
    expect(plan.sectionBlocks.map((block) => [block.section.id, block.stories.map((entry) => entry.id)])).toEqual([
      ['news', ['g']],
      ['business', ['h']],
      ['culture', ['f']],
    ]);
  });

  it('leaves out sections with nothing left to show and copes with an empty newsroom', () => {
    const plan = planFrontPage([story('a', 'news')], sections, options);
    expect(plan.lead?.id).toBe('a');
    expect(plan.sectionBlocks).toEqual([]);
    expect(planFrontPage([], sections, options)).toEqual({ lead: undefined, secondary: [], latest: [], sectionBlocks: [] });
  });
});
