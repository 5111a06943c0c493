/**
 * An alias is an old address of a story, a path on this site (below its base
 * path, like every path the site prints). It is served by a small redirect
 * page, so it must be a path a static host can serve a file at: it starts with
 * `/`, has no query or fragment, no empty, `.` or `..` segments, and only URL
 * path characters. It is normalised to where its page is written: a path ending
 * in `.html` is that very file; any other gets a trailing slash and is served
 * as `<path>/index.html`, like every page of the site.
 */
const pathCharacters = /^[A-Za-z0-9\-._~%!$&'()*+,;=:@/]+$/;

/** Why `value` cannot be an alias, or undefined when it can. */
export function aliasPathProblem(value: string): string | undefined {
  if (!value.startsWith('/') || value.startsWith('//')) return 'must be a path on this site starting with "/", e.g. "/2022/07/26/russia-to-exit-iss-a78410"';
  if (/[?#]/.test(value)) return 'must be a path without a query (?…) or fragment (#…)';
  if (!pathCharacters.test(value)) return 'must contain only URL path characters (letters, digits, - . _ ~ / and %-escapes), no spaces';
  const segments = value.split('/').slice(1);
  if (segments.at(-1) === '') segments.pop();
  if (segments.length === 0) return 'must not be the home page "/"';
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return 'must not contain empty, "." or ".." segments';
  return undefined;
}

/** Where an alias's page is: "/old/story.html" as it is, anything else with a trailing slash. */
export const aliasPath = (value: string): string => (value.endsWith('.html') || value.endsWith('/') ? value : `${value}/`);

/** The file below the build folder that serves an alias: "old/story.html", or "old/path/index.html". */
export const aliasFile = (alias: string): string => (alias.endsWith('/') ? `${alias.slice(1)}index.html` : alias.slice(1));
