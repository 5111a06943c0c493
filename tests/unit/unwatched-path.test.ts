import { describe, expect, it } from 'vitest';
import { isUnwatchedPath } from '../../src/lib/unwatched-path.ts';

const generated = ['/site/dist', '/site/tests/.builds'];

describe('isUnwatchedPath', () => {
  it('leaves the build output and the generated trees unwatched', () => {
    expect(isUnwatchedPath('/site/dist', generated, '/site/content')).toBe(true);
    expect(isUnwatchedPath('/site/dist/2026/index.html', generated, '/site/content')).toBe(true);
    expect(isUnwatchedPath('/site/tests/.builds/speed/bench-50000/content/a.md', generated, '/site/content')).toBe(true);
  });

  it('watches the sources and the content tree', () => {
    expect(isUnwatchedPath('/site/src/pages/index.astro', generated, '/site/content')).toBe(false);
    expect(isUnwatchedPath('/site/content/articles/a.md', generated, '/site/content')).toBe(false);
    expect(isUnwatchedPath('/site/distant/a.md', generated, '/site/content')).toBe(false);
  });

  it('watches a content tree inside a generated folder, and the folders on the way to it, but not its neighbours', () => {
    const content = '/site/tests/.builds/hostile-dev/content';
    expect(isUnwatchedPath('/site/tests/.builds', generated, content)).toBe(false);
    expect(isUnwatchedPath('/site/tests/.builds/hostile-dev', generated, content)).toBe(false);
    expect(isUnwatchedPath(`${content}/articles/raw-html.md`, generated, content)).toBe(false);
    expect(isUnwatchedPath('/site/tests/.builds/hostile-dev/cache/rendered-bodies', generated, content)).toBe(true);
    expect(isUnwatchedPath('/site/tests/.builds/speed', generated, content)).toBe(true);
  });
});
