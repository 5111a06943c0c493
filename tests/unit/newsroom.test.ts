import { describe, expect, it } from 'vitest';
import { buildNewsroom, paginate, type ArticleInput } from '../../src/lib/newsroom.ts';

const now = new Date('2026-11-23T12:00:00Z');

function article(id: string, over: Partial<ArticleInput<string>['data']> = {}): ArticleInput<string> {
  return {
    id,
    body: `Body of ${id}.`,
    data: {
      title: `Title ${id}`,
      description: `Dek ${id}`,
      publishedAt: new Date('2026-11-01T10:00:00Z'),
      section: 'news',
      tags: [],
      authors: [],
      related: [],
      draft: false,
      corrections: [],
      aliases: [],
      ...over,
    },
  };
}

const sections = [
  { id: 'news', data: { title: 'News', description: 'N' } },
  { id: 'culture', data: { title: 'Culture', description: 'C' } },
];
const authors = [{ id: 'vera', data: { name: 'Vera Ivanova' } }];
const options = { timeZone: 'Europe/Moscow', now, includeUnpublished: false, related: {} };

describe('buildNewsroom', () => {
  const articles = [
    article('older', { publishedAt: new Date('2026-10-01T10:00:00Z'), tags: ['Space'], authors: ['vera'] }),
    article('newer', { publishedAt: new Date('2026-11-20T10:00:00Z'), tags: ['space', 'Moscow'], section: 'culture' }),
    article('same-time-b', { publishedAt: new Date('2026-11-10T10:00:00Z'), tags: ['Space'] }),
    article('same-time-a', { publishedAt: new Date('2026-11-10T10:00:00Z') }),
    article('a-draft', { draft: true }),
    article('embargoed', { publishedAt: new Date('2026-11-24T06:00:00Z') }),
  ];

  it('leaves drafts and embargoed stories out of production', () => {
    const newsroom = buildNewsroom({ articles, authors, sections }, options);
    expect(newsroom.stories.map((story) => story.id)).toEqual(['newer', 'same-time-a', 'same-time-b', 'older']);
    expect(newsroom.story('a-draft')).toBeUndefined();
    expect(newsroom.story('embargoed')).toBeUndefined();
  });

  it('shows them, marked, in previews', () => {
    const preview = buildNewsroom({ articles, authors, sections }, { ...options, includeUnpublished: true });
    expect(preview.story('a-draft')?.status).toBe('draft');
    expect(preview.story('embargoed')?.status).toBe('embargoed');
    expect(preview.story('older')?.status).toBe('published');
  });

  it('orders the same way whatever order the files come in', () => {
    const forward = buildNewsroom({ articles, authors, sections }, options).stories.map((story) => story.id);
    const backward = buildNewsroom({ articles: [...articles].reverse(), authors, sections }, options).stories.map((story) => story.id);
    expect(backward).toEqual(forward);
  });

  it('files one tag under one slug with the most common spelling', () => {
    const newsroom = buildNewsroom({ articles, authors, sections }, options);
    expect(newsroom.tags.map((tag) => [tag.slug, tag.name])).toEqual([
      ['moscow', 'Moscow'],
      ['space', 'Space'],
    ]);
    expect(newsroom.tagStories('space').map((story) => story.id)).toEqual(['newer', 'same-time-b', 'older']);
  });

  it('indexes sections and authors and builds URLs in the site time zone', () => {
    const newsroom = buildNewsroom({ articles, authors, sections }, options);
    expect(newsroom.sectionStories('culture').map((story) => story.id)).toEqual(['newer']);
    expect(newsroom.authorStories('vera').map((story) => story.id)).toEqual(['older']);
    expect(newsroom.story('newer')?.path).toBe('/2026/11/20/newer/');
  });
});

describe('buildNewsroom: headlines and deks', () => {
  it('typesets quotes, dashes and ellipses, so a headline reads the same on every page and in every feed', () => {
    const [story] = buildNewsroom({ articles: [article('quoted', { title: "A New 'Queen of Spades'", description: 'Cheers -- and "a few boos"...' })], authors, sections }, options).stories;
    expect(story!.title).toBe('A New ‘Queen of Spades’');
    expect(story!.description).toBe('Cheers – and “a few boos”…');
  });
});

describe('paginate', () => {
  it('splits a front into pages with links both ways', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2, '/news/');
    expect(pages.map((page) => [page.path, page.items])).toEqual([
      ['/news/', [1, 2]],
      ['/news/page/2/', [3, 4]],
      ['/news/page/3/', [5]],
    ]);
    expect(pages[1]).toMatchObject({ previousPath: '/news/', nextPath: '/news/page/3/', number: 2, total: 3 });
    expect(pages[0]!.previousPath).toBeUndefined();
  });

  it('gives an empty front one page', () => {
    expect(paginate([], 10, '/culture/')).toEqual([{ number: 1, total: 1, items: [], path: '/culture/', previousPath: undefined, nextPath: undefined }]);
  });
});
