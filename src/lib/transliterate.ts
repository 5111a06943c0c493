/**
 * Cyrillic in Latin letters by GOST 7.79-2000 System B, the Russian and
 * interstate standard transliteration meant for plain keyboards and the web
 * (ISO 9:1995 System B): «Россия выйдет из МКС» → "Rossiya vyjdet iz MKS".
 * The table is iuliia's `gost_779_alt` (https://github.com/nalgeon/iuliia),
 * which also gets the standard's letters that depend on their neighbours
 * right (ц is "c" before е, и, ы, й and "cz" elsewhere). System B writes ъ,
 * ь and the ы of "y`" with a backtick, which no URL wants: it is dropped.
 * Letters of other scripts pass through unchanged.
 */
import iuliia from 'iuliia';

export function transliterate(text: string): string {
  return iuliia.translate(text, iuliia.GOST_779_ALT).replaceAll('`', '');
}
