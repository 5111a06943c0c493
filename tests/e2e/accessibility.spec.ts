import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openPageType, pageTypes } from './pages.ts';

// Every page type, in both themes (as the system chooses them) and at a phone's and a desktop's width.
for (const width of [375, 1280])
  for (const colorScheme of ['light', 'dark'] as const)
    test.describe(`${width} px, ${colorScheme} theme`, () => {
      test.use({ viewport: { width, height: 900 }, colorScheme });

      for (const pageType of pageTypes)
        test(`${pageType.type} page (${pageType.path}) has no axe violations`, async ({ page }) => {
          await openPageType(page, pageType);
          const { violations } = await new AxeBuilder({ page }).analyze();
          const report = violations.map((violation) => `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`);
          expect(report).toEqual([]);
        });
    });

test.describe('page structure', () => {
  for (const pageType of pageTypes)
    test(`${pageType.type} page has its landmarks, one h1 and headings in order`, async ({ page }) => {
      await openPageType(page, pageType);
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Sections' })).toHaveCount(1);
      if (pageType.type === 'article') await expect(page.getByRole('article')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveCount(1);
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) => headings.map((heading) => Number(heading.tagName[1])));
      expect(levels[0]).toBe(1);
      levels.forEach((level, index) => index > 0 && expect(level, `heading ${index + 1} of ${levels.join(',')}`).toBeLessThanOrEqual(levels[index - 1]! + 1));
      const imagesWithoutAlt = await page.locator('img:not([alt])').count();
      expect(imagesWithoutAlt).toBe(0);
    });
});
