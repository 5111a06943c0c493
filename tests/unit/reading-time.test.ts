import { expect, it } from 'vitest';
import { readingMinutes } from '../../src/lib/reading-time.ts';

it('counts words of prose, at 230 a minute, rounding up', () => {
  expect(readingMinutes('word '.repeat(230))).toBe(1);
  expect(readingMinutes('word '.repeat(231))).toBe(2);
  expect(readingMinutes('')).toBe(1);
});

it('does not count link targets, image syntax or code', () => {
  const markup = `[two words](${'/very/long/url/'.repeat(50)}) ![alt](./x.jpg)\n\n\`\`\`\n${'code '.repeat(500)}\n\`\`\`\n`;
  expect(readingMinutes(markup)).toBe(1);
});
