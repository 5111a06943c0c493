import { describe, expect, it } from 'vitest';
import { examplePages, type PublishedArticle } from '../../../scripts/example-pages.ts';

const article = (id: string, publishedAt: string, data: Partial<PublishedArticle['data']> = {}): PublishedArticle => ({
  id,
  data: { publishedAt: new Date(publishedAt), section: 'news', tags: [], authors: [], ...data },
});

describe('example pages', () => {
  it('names one page of every type, the article being the one that shows the most', () => {
    const pages = examplePages(
      [
        article('plain-newest', '2026-11-21T10:00:00Z'),
        article('with-photo', '2026-10-31T22:30:00Z', { section: 'culture', tags: ['Ballet Russe'], authors: ['anna'], image: { src: './photo.jpg', alt: 'A photo' } }),
      ],
      'Europe/Moscow',
    );
    expect(Object.fromEntries(pages.map((page) => [page.type, page.path]))).toEqual({
      front: '/',
      article: '/2026/11/01/with-photo/',
      section: '/culture/',
      tag: '/tags/ballet-russe/',
      author: '/authors/anna/',
      archive: '/archive/',
      'archive-month': '/archive/2026/11/',
      search: '/search/',
      'not-found': '/404.html',
    });
  });

  it('names a live page apart from the article: the running live story before an ended one', () => {
    const pages = examplePages(
      [
        article('plain', '2026-10-01T10:00:00Z', { image: { src: './photo.jpg', alt: 'A photo' } }),
        article('ended-live', '2026-11-20T10:00:00Z', { live: true, liveEndedAt: new Date('2026-11-20T18:00:00Z'), image: { src: './photo.jpg', alt: 'A photo' }, tags: ['Storm'], authors: ['anna'] }),
        article('running-live', '2026-11-01T10:00:00Z', { live: true }),
      ],
      'Europe/Moscow',
    );
    expect(pages.find((page) => page.type === 'article')?.path).toBe('/2026/10/01/plain/');
    expect(pages.find((page) => page.type === 'live')?.path).toBe('/2026/11/01/running-live/');
  });

  it('leaves out the types an empty newsroom cannot have', () => {
    expect(examplePages([], 'UTC').map((page) => page.type)).toEqual(['front', 'archive', 'search', 'not-found']);
  });
});
