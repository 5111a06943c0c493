import type { RelatedOverrides } from './lib/related/index.ts';

/**
 * Site settings: the one place a newsroom changes to make Broadsheet its own.
 * Pure data, importable from Astro pages, scripts and tests alike.
 */
export interface SiteConfig {
  /** Masthead and publisher name. */
  name: string;
  /** Public origin the site is served from, without a trailing slash. */
  url: string;
  /** Path prefix when the site lives below the origin (GitHub Pages project sites): "/" or "/repo/". */
  basePath: string;
  description: string;
  /** BCP 47 language tag for `<html lang>` and feeds. */
  language: string;
  /** IANA time zone: article URLs and printed times use the newsroom's calendar, not the build machine's. */
  timeZone: string;
  /** Stories per page on section, tag and author fronts. */
  pageSize: number;
  /** Items in each RSS feed. */
  feedSize: number;
  /** Minutes feed readers may cache a feed (RSS `ttl`): match the rebuild schedule. */
  feedTtlMinutes: number;
  /**
   * Seconds browsers and CDNs may keep a page, feed, sitemap or any other file
   * whose name stays when its bytes change (`Cache-Control` set by `npm run deploy`):
   * how late a correction may reach a reader. Fingerprinted files are kept a year.
   */
  pageCacheSeconds: number;
  /**
   * Days a story without a photo shares a card drawn with its headline; older
   * ones share their section's card (src/lib/share-image.ts). Drawing cards is
   * the slowest part of a build, so an archive keeps them for its news only.
   */
  cardDays: number;
  /** WebSub hub URL: when set, feeds name it and `npm run websub:ping` tells it after a deploy. Set by WEBSUB_HUB at build time. */
  websubHub?: string;
  /**
   * Related articles under each story: how many, whether newer stories may be
   * listed, and how much text, tags, section and time count. Anything left out
   * takes the default documented in src/lib/related/options.ts.
   */
  related: RelatedOverrides;
  /**
   * Hosts whose `<iframe>` embeds stories may publish (https only). Every embed
   * is lazy, sandboxed and sends only the site's origin; any other host is an
   * error in the content check.
   */
  embedHosts: string[];
  /** Largest image, in pixels (width × height), a story, bio or hero may use: bigger ones are errors. */
  maxImagePixels: number;
  /** Largest size of each feed in bytes: past it, the oldest items carry only their dek. */
  maxFeedBytes: number;
}

export const site: SiteConfig = {
  name: 'The Broadsheet Times',
  url: (process.env.SITE_URL ?? 'https://broadsheet.example.com').replace(/\/+$/, ''),
  basePath: normaliseBasePath(process.env.BASE_PATH ?? '/'),
  description: 'Independent news from Moscow and the world: politics, business, opinion and culture.',
  language: 'en',
  timeZone: 'Europe/Moscow',
  pageSize: 10,
  feedSize: 50,
  // The CI workflow rebuilds every 15 minutes.
  feedTtlMinutes: 15,
  pageCacheSeconds: 300,
  cardDays: 30,
  websubHub: process.env.WEBSUB_HUB || undefined,
  related: {
    count: 5,
    includeNewer: true,
    weights: { text: 1, tags: 0.3, section: 0.05, recency: 0.1 },
    recencyHalfLifeDays: 365,
  },
  embedHosts: [
    'www.youtube-nocookie.com', // YouTube's privacy-enhanced player: /embed/<id>
    'player.vimeo.com', // /video/<id>
    'datawrapper.dwcdn.net', // Datawrapper charts: /<id>/<version>/
    'flo.uri.sh', // Flourish: /visualisation/<id>/embed
    't.me', // Telegram posts: /<channel>/<post>?embed=1
  ],
  maxImagePixels: 40_000_000,
  maxFeedBytes: 1_000_000,
};

function normaliseBasePath(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
