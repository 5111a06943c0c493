/**
 * The type every message catalogue has: the English catalogue's keys, each a
 * string or a count's forms. A catalogue missing a key, or with one of its
 * own, fails the type check.
 */
import type { en } from './en.ts';

/** A count's wordings by `Intl.PluralRules` category; `other` is required, as every language has it. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type Messages = { [Key in keyof typeof en]: (typeof en)[Key] extends { other: string } ? Plural : string };
