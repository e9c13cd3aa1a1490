import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { locales } from '../src/lib/core/i18n/catalogue.ts';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe with the WCAG 2.2 A and AA rules, after the page's own script has drawn what it keeps on the device. */
export async function expectNoViolations(page: Page, where = page.url()): Promise<void> {
	await page.waitForLoadState('networkidle');
	const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
	const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** axe on one page in every language, light and dark, leaving the page light again. */
export async function axeInEveryWay(page: Page, path: (locale: string) => string, what: string): Promise<void> {
	for (const locale of locales) {
		await page.goto(path(locale));
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await expectNoViolations(page, `${what}, ${locale}, ${colorScheme}`);
		}
	}
	await page.emulateMedia({ colorScheme: 'light' });
}
