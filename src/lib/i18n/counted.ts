/**
 * A count in words, by the language's plural rules: «1 минута чтения»,
 * «2 минуты чтения», «5 минут чтения». The number is written with the
 * locale's digits and grouping, and fills `{count}`; other values fill their places.
 */
import { fill } from './fill.ts';
import type { Messages, Plural } from './messages.ts';

const rules = new Map<string, Intl.PluralRules>();

export function counted(forms: Plural, count: number, messages: Pick<Messages, 'locale'>, values: Readonly<Record<string, string | number>> = {}): string {
  let rule = rules.get(messages.locale);
  if (!rule) {
    rule = new Intl.PluralRules(messages.locale);
    rules.set(messages.locale, rule);
  }
  const template = forms[rule.select(count)] ?? forms.other;
  return fill(template, { ...values, count: count.toLocaleString(messages.locale) });
}
