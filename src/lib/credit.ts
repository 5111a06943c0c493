/**
 * The agency an agency line names, for metadata that wants a name rather
 * than a sentence (schema.org author, feed creators): "AFP contributed
 * reporting." → "AFP", "By Reuters" → "Reuters". The page prints the line
 * as the editor wrote it.
 */
export function agencyName(credit: string): string {
  const name = credit
    .trim()
    .replace(/^by\s+/i, '')
    .replace(/\s+contributed\s+(?:reporting|to\s+this\s+(?:report|story))\.?$/i, '')
    .replace(/\.$/, '')
    .trim();
  return name || credit.trim();
}
