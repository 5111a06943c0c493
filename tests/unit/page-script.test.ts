import { describe, expect, it } from 'vitest';
import { pageScript } from '../../src/lib/page-script.ts';

describe('the page script', () => {
  it('stays under the 1 KB budget for article pages', () => {
    expect(Buffer.byteLength(pageScript, 'utf8')).toBeLessThan(1024);
  });

  it('is valid JavaScript', () => {
    expect(() => new Function(pageScript)).not.toThrow();
  });
});
