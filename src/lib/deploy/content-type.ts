import mime from 'mime';

/** Text is UTF-8 throughout the build; a Content-Type without a charset lets some browsers guess. */
const textual = /^text\/|^application\/(?:json|xml|javascript|manifest\+json)$|\+xml$/;

/** The Content-Type of a built file, from its extension; `application/octet-stream` when unknown (Pagefind's index files). */
export function contentType(path: string): string {
  const type = mime.getType(path) ?? 'application/octet-stream';
  return textual.test(type) ? `${type}; charset=utf-8` : type;
}
