import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../src/lib/share.ts';

describe('share links', () => {
  const url = 'https://news.example/2026/11/20/metro-opens/';
  const title = 'Metro & Trams: "Three New Stations"';
  const links = shareLinks(url, title);

  it('offers email, Telegram, X and Facebook as plain URLs', () => {
    expect(links.map((link) => link.service)).toEqual(['Email', 'Telegram', 'X', 'Facebook']);
    expect(links.map((link) => new URL(link.href).protocol)).toEqual(['mailto:', 'https:', 'https:', 'https:']);
  });

  it('carries the story URL and headline intact through URL encoding', () => {
    for (const link of links.filter((entry) => entry.service !== 'Email')) {
      const params = new URL(link.href).searchParams;
      expect(params.get('url') ?? params.get('u'), link.service).toBe(url);
    }
    const telegram = new URL(links.find((link) => link.service === 'Telegram')!.href);
    expect(telegram.searchParams.get('text')).toBe(title);
    const email = links.find((link) => link.service === 'Email')!.href;
    expect(decodeURIComponent(/subject=([^&]*)/.exec(email)![1]!)).toBe(title);
    expect(decodeURIComponent(/body=([^&]*)/.exec(email)![1]!)).toBe(url);
  });
});
