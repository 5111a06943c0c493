/**
 * What search engines, news aggregators and messengers read from a page's head:
 * Open Graph and Twitter meta tags, and schema.org JSON-LD (NewsArticle,
 * NewsMediaOrganization, WebSite, CollectionPage, BreadcrumbList). Pure
 * builders: pages pass in the story and the image renditions they resolved.
 */
import { agencyName } from './credit.ts';
import type { Author, Section, Story, Tag } from './newsroom.ts';
import { absoluteUrl, type UrlContext } from './urls.ts';

/** One `<meta>`: Open Graph uses `property`, Twitter uses `name`. */
export interface MetaTag {
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

export type JsonLd = Record<string, unknown>;

/** Everything the head needs beyond title, description and canonical link. */
export interface PageSeo {
  meta: MetaTag[];
  jsonLd: JsonLd[];
}

/** An image file at a public URL with its real pixel size. */
export interface ImageFile {
  url: string;
  width: number;
  height: number;
  /** MIME type, e.g. image/jpeg. */
  type: string;
}

export interface DescribedImage extends ImageFile {
  alt: string;
  caption?: string;
  credit?: string;
}

/** The publisher as every page describes it. */
export interface Publisher {
  name: string;
  description: string;
  /** BCP 47, e.g. "en". */
  language: string;
  logo: ImageFile;
  /** Site-relative path of the edition's front page, its WebSite: `/`, `/ru/`. */
  home: string;
}

export interface PageInput {
  title: string;
  description: string;
  /** Absolute URL of the page. */
  url: string;
}

const context = 'https://schema.org';

/** The publisher logo (drawn by src/pages/logo.png.ts): square, well above the 112 px Google asks for. */
export const logo = { path: '/logo.png', size: 600 } as const;

/** The publisher from the site settings. */
export function sitePublisher(site: { name: string; description: string; language: string } & UrlContext): Publisher {
  return {
    name: site.name,
    description: site.description,
    language: site.language,
    logo: { url: absoluteUrl(logo.path, site), width: logo.size, height: logo.size, type: 'image/png' },
    home: '/',
  };
}

/** The publisher as an edition's pages describe it: the edition's name, description, language and front page. */
export function editionPublisher(site: UrlContext, edition: { name: string; description: string; language: string; path: string }): Publisher {
  return { ...sitePublisher({ ...site, name: edition.name, description: edition.description, language: edition.language }), home: edition.path };
}

/** Open Graph wants language_TERRITORY: "en" becomes "en_US", the territory the language most likely means. */
export function ogLocale(language: string): string {
  const locale = new Intl.Locale(language).maximize();
  return locale.region ? `${locale.language}_${locale.region}` : locale.language;
}

const property = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
const name = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });

function imageMeta(prefix: 'og:image' | 'twitter:image', image: DescribedImage): MetaTag[] {
  if (prefix === 'twitter:image') return [name('twitter:image', image.url), name('twitter:image:alt', image.alt)];
  return [
    property('og:image', image.url),
    property('og:image:type', image.type),
    property('og:image:width', String(image.width)),
    property('og:image:height', String(image.height)),
    property('og:image:alt', image.alt),
  ];
}

/** The tags every page carries; pages that are not articles are `website`s. */
function baseMeta(page: PageInput, publisher: Publisher, type: 'website' | 'article'): MetaTag[] {
  return [
    property('og:type', type),
    property('og:title', page.title),
    property('og:description', page.description),
    property('og:url', page.url),
    property('og:site_name', publisher.name),
    property('og:locale', ogLocale(publisher.language)),
  ];
}

/** A page that is not an article: a `website` shared with its 1200×630 card (the site's, or its section's). */
function websiteMeta(page: PageInput, publisher: Publisher, image: DescribedImage): MetaTag[] {
  return [
    ...baseMeta(page, publisher, 'website'),
    ...imageMeta('og:image', image),
    name('twitter:card', 'summary_large_image'),
    ...imageMeta('twitter:image', image),
  ];
}

export function publisherJsonLd(publisher: Publisher, urls: UrlContext): JsonLd {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': `${absoluteUrl('/', urls)}#publisher`,
    name: publisher.name,
    url: absoluteUrl('/', urls),
    logo: { '@type': 'ImageObject', url: publisher.logo.url, width: publisher.logo.width, height: publisher.logo.height },
  };
}

/** The front page: the newsroom as an organisation and the site it publishes. */
export function frontPageSeo(page: PageInput, publisher: Publisher, urls: UrlContext, image: DescribedImage): PageSeo {
  const home = absoluteUrl(publisher.home, urls);
  const root = absoluteUrl('/', urls);
  return {
    meta: websiteMeta(page, publisher, image),
    jsonLd: [
      { '@context': context, ...publisherJsonLd(publisher, urls), description: publisher.description },
      {
        '@context': context,
        '@type': 'WebSite',
        '@id': `${home}#website`,
        name: publisher.name,
        description: publisher.description,
        url: home,
        inLanguage: publisher.language,
        publisher: { '@id': `${root}#publisher` },
      },
    ],
  };
}

/** Any other page without its own structured data (the 404 page, for instance). */
export function plainPageSeo(page: PageInput, publisher: Publisher, image: DescribedImage): PageSeo {
  return { meta: websiteMeta(page, publisher, image), jsonLd: [] };
}

export interface Crumb {
  name: string;
  url: string;
}

export function breadcrumbList(crumbs: Crumb[]): JsonLd {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
  };
}

/**
 * A section, tag or author front: a CollectionPage inside the site, with the
 * trail from the front page to it (and to the page number, past page 1).
 */
export function collectionPageSeo(page: PageInput, crumbs: Crumb[], publisher: Publisher, urls: UrlContext, image: DescribedImage): PageSeo {
  const home = absoluteUrl(publisher.home, urls);
  return {
    meta: websiteMeta(page, publisher, image),
    jsonLd: [
      {
        '@context': context,
        '@type': 'CollectionPage',
        '@id': page.url,
        name: page.title,
        description: page.description,
        url: page.url,
        inLanguage: publisher.language,
        isPartOf: { '@type': 'WebSite', '@id': `${home}#website`, name: publisher.name, url: home },
        breadcrumb: breadcrumbList([{ name: publisher.name, url: home }, ...crumbs]),
      },
    ],
  };
}

/** The trail to a front: a section, a tag or an author. */
export function frontCrumbs(front: Section | Tag | Author<unknown>, urls: UrlContext): Crumb[] {
  const title = 'title' in front ? front.title : front.name;
  return [{ name: title, url: absoluteUrl(front.path, urls) }];
}

export interface ArticleImages {
  /** The hero photo at Open Graph's 1200×630, with its alt, caption and credit. */
  hero?: DescribedImage;
  /** What every platform shows when the story is shared (src/lib/share-image.ts): its own socialImage, the hero, or a drawn card. */
  share: DescribedImage;
}

/** The people who wrote a story, or the agency that supplied unsigned copy. */
function articleAuthors(story: Story<unknown>, urls: UrlContext): JsonLd[] {
  if (story.authors.length > 0)
    return story.authors.map((author) => ({ '@type': 'Person', name: author.name, url: absoluteUrl(author.path, urls) }));
  return story.credit ? [{ '@type': 'Organization', name: agencyName(story.credit) }] : [];
}

function imageObject(image: DescribedImage): JsonLd {
  return {
    '@type': 'ImageObject',
    url: image.url,
    contentUrl: image.url,
    width: image.width,
    height: image.height,
    ...(image.caption && { caption: image.caption }),
    ...(image.credit && { creditText: image.credit }),
    description: image.alt,
  };
}

/**
 * An article page: Open Graph `article` with its times, section, tags and
 * authors; a large Twitter card; and a schema.org NewsArticle with every
 * property Google lists as required or recommended for articles.
 */
export function articleSeo(story: Story<unknown>, images: ArticleImages, publisher: Publisher, urls: UrlContext): PageSeo {
  const url = absoluteUrl(story.path, urls);
  const modified = story.updatedAt ?? story.publishedAt;
  const meta = [
    ...baseMeta({ title: story.title, description: story.description, url }, publisher, 'article'),
    ...imageMeta('og:image', images.share),
    property('article:published_time', story.publishedAt.toISOString()),
    property('article:modified_time', modified.toISOString()),
    property('article:section', story.section.title),
    ...story.tags.map((tag) => property('article:tag', tag.name)),
    ...(story.authors.length > 0
      ? story.authors.map((author) => property('article:author', absoluteUrl(author.path, urls)))
      : story.credit
        ? [property('article:author', agencyName(story.credit))]
        : []),
    name('twitter:card', 'summary_large_image'),
    name('twitter:title', story.title),
    name('twitter:description', story.description),
    ...imageMeta('twitter:image', images.share),
  ];
  const article: JsonLd = {
    '@context': context,
    '@type': 'NewsArticle',
    headline: story.title,
    description: story.description,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: story.publishedAt.toISOString(),
    dateModified: modified.toISOString(),
    author: articleAuthors(story, urls),
    publisher: publisherJsonLd(publisher, urls),
    image: [imageObject(images.hero ?? images.share)],
    thumbnailUrl: images.share.url,
    articleSection: story.section.title,
    keywords: story.tags.map((tag) => tag.name),
    inLanguage: publisher.language,
    ...(story.location && { dateline: story.location }),
    ...(story.sourceUrl && { isBasedOn: story.sourceUrl }),
  };
  return { meta, jsonLd: [article] };
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so no string can close the script. */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
