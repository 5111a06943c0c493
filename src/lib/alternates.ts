/**
 * A page's versions in other languages, as `<link rel="alternate" hreflang>`
 * and the sitemap's `xhtml:link` name them: every version, the page's own
 * included, by language, and `x-default` for the default edition's version
 * (the original a translation translates).
 */
export interface Version {
  language: string;
  path: string;
  /** The edition's id. */
  edition: string;
}

export interface Alternate {
  hreflang: string;
  path: string;
}

/** Nothing for a page with no translation; else each version by language, then `x-default`. */
export function alternates(self: Version, translations: readonly Version[], defaultEdition: string): Alternate[] {
  if (translations.length === 0) return [];
  const versions = [self, ...translations];
  const original = versions.find((version) => version.edition === defaultEdition);
  return [
    ...versions.map((version) => ({ hreflang: version.language, path: version.path })).sort((a, b) => a.hreflang.localeCompare(b.hreflang)),
    ...(original ? [{ hreflang: 'x-default', path: original.path }] : []),
  ];
}
