import type { EditionSettings } from './lib/editions.ts';
import type { RelatedOverrides } from './lib/related/index.ts';

/**
 * Site settings: the one place a newsroom changes to make Broadsheet its own.
 * Pure data, importable from Astro pages, scripts and tests alike.
 */
export interface SiteConfig {
  /**
   * The editions, the default one first: each has its own language, masthead,
   * sections, stories and pages. The default is served at `/` from `content/`;
   * each other at its `path` (`/ru/`) from `content/<id>/` (its own
   * `sections.yaml` and `articles/`). Authors are shared. A newsroom in one
   * language lists one edition in that language.
   */
  editions: EditionSettings[];
  /** Masthead and publisher name: the default edition's. */
  name: string;
  /** Public origin the site is served from, without a trailing slash. */
  url: string;
  /** Path prefix when the site lives below the origin (GitHub Pages project sites): "/" or "/repo/". */
  basePath: string;
  /** The default edition's description. */
  description: string;
  /** The default edition's BCP 47 language tag, for `<html lang>` and feeds. */
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
  /**
   * The feeds whose items carry each story's full text; the others carry its
   * dek, link and photo. An archive has a feed per tag and per author, each
   * repeating full stories that the site and section feeds already carry:
   * most of the bytes of a large site's feeds.
   */
  fullTextFeeds: FeedKind[];
}

/** The kinds of RSS feed: the edition's own (and its JSON Feed), each section's, each tag's and each author's. */
export type FeedKind = 'site' | 'sections' | 'tags' | 'authors';

const editions: SiteConfig['editions'] = [
  {
    id: 'en',
    language: 'en',
    name: 'The Broadsheet Times',
    description: 'Independent news from Moscow and the world: politics, business, opinion and culture.',
    path: '/',
  },
  {
    id: 'ru',
    language: 'ru',
    name: 'The Broadsheet Times',
    description: 'Независимые новости из Москвы и со всего мира: политика, экономика, мнения и культура.',
    path: '/ru/',
  },
];

export const site: SiteConfig = {
  editions,
  name: editions[0]!.name,
  url: (process.env.SITE_URL ?? 'https://broadsheet.example.com').replace(/\/+$/, ''),
  basePath: normaliseBasePath(process.env.BASE_PATH ?? '/'),
  description: editions[0]!.description,
  language: editions[0]!.language,
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
  fullTextFeeds: ['site', 'sections'],
};

function normaliseBasePath(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
