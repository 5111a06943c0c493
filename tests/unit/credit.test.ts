import { expect, it } from 'vitest';
import { agencyName } from '../../src/lib/credit.ts';

it.each([
  ['AFP contributed reporting.', 'AFP'],
  ['Reuters and AFP contributed to this report.', 'Reuters and AFP'],
  ['Wire services contributed reporting.', 'Wire services'],
  ['By Interfax', 'Interfax'],
  ['TASS', 'TASS'],
  ['Contributed reporting.', 'Contributed reporting'],
])('names the agency of "%s" as "%s"', (credit, name) => {
  expect(agencyName(credit)).toBe(name);
});
