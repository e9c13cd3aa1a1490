import { expect, test } from '@playwright/test';
import { expectNoViolations } from './axe.ts';
import { locales } from '../src/lib/core/i18n/catalogue.ts';
import { guideSteps } from '../src/lib/core/guide/steps.ts';
import { answerSafetyCheck, startGuide, walkGuideByKeyboard } from './guide-walk.ts';

const pages = [
	'',
	'/guide',
	'/guide/safety',
	...guideSteps.map((step) => `/guide/${step.slug}`),
	'/reach-outs',
	'/device',
	'/crisis',
	'/no-such-page'
];
for (const colorScheme of ['light', 'dark'] as const) {
	for (const locale of locales) {
		test(`every page in ${locale}, ${colorScheme}, has no WCAG 2.2 A or AA violation`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			for (const path of pages) {
				await page.goto(`/${locale}${path}`);
				await expectNoViolations(page, `/${locale}${path}`);
			}
		});

		test(`pages filled with a person's answers in ${locale}, ${colorScheme}, have no violation`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await walkGuideByKeyboard(page, locale);
			await expectNoViolations(page, 'decide, with a draft');
			for (const path of ['/guide', '/guide/pause', '/guide/conditions', '/guide/safe']) {
				await page.goto(`/${locale}${path}`);
				await expectNoViolations(page, `/${locale}${path}, filled`);
			}
			await page.goto(`/${locale}/reach-outs`);
			await page.locator('.saved summary').first().click();
			await expectNoViolations(page, 'a saved reach-out, open');
			await page.goto(`/${locale}/guide/pause`);
			await page.locator('[data-contact-form] button[type="submit"]').click();
			await expectNoViolations(page, 'the contact form showing its errors');
			await page.goto(`/${locale}/device`);
			await page.locator('[data-wipe-ask]').click();
			await expectNoViolations(page, 'the wipe confirmation');
		});
	}
}

test('at 200 % text on a 360 px phone, under reduced motion, every page reflows and the first step has no violation', async ({
	browser,
	baseURL
}) => {
	// bypassCSP only so the test can inject the larger text size; our CSP rightly refuses inline styles.
	const context = await browser.newContext({
		reducedMotion: 'reduce',
		baseURL: baseURL!,
		viewport: { width: 360, height: 740 },
		bypassCSP: true
	});
	const page = await context.newPage();
	for (const locale of locales) {
		for (const path of pages) {
			await page.goto(`/${locale}${path}`);
			await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width, `/${locale}${path} is no wider than the screen`).toBeLessThanOrEqual(360);
		}
	}
	await page.goto('/en/guide/pause');
	await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
	await expectNoViolations(page, 'pause at 200 %');
	await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
	for (const locale of locales) {
		test(`the safety check and what it shows, in ${locale}, ${colorScheme}, have no violation`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await startGuide(page, locale, 'partner');
			await page.locator('input[name="safeNow"][value="no"]').check();
			await expectNoViolations(page, 'the check for a partner, not somewhere safe');
			await answerSafetyCheck(page, locale, { threatToKill: 'yes' });
			await expectNoViolations(page, 'the safety card');
			for (const path of ['/guide/ask-them', '/guide/conditions', '/guide/decide']) {
				await page.goto(`/${locale}${path}`);
				await expectNoViolations(page, `${path} after the safety card`);
			}
			await startGuide(page, locale, 'child');
			await expectNoViolations(page, 'the check for a parent');
			await answerSafetyCheck(page, locale, { over60: 'yes', harmed: 'yes' });
			await expectNoViolations(page, 'the adult protective services card');
		});
	}
}
