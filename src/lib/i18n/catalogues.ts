/**
 * The message catalogues that ship, by language. Adding a language is one file
 * beside these (typed `Messages`) and one line here.
 */
import { en } from './en.ts';
import type { Messages } from './messages.ts';
import { ru } from './ru.ts';

export const catalogues: Readonly<Record<string, Messages>> = { en, ru };

/** The catalogue of a BCP 47 language tag, by its language subtag ("ru-RU" reads `ru`). */
export function messagesFor(language: string): Messages {
  const messages = catalogues[language.toLowerCase().split('-')[0]!];
  if (!messages) throw new Error(`Broadsheet: no message catalogue for language "${language}"; add src/lib/i18n/${language}.ts (languages: ${Object.keys(catalogues).join(', ')})`);
  return messages;
}
