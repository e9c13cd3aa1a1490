import { expect, test, type Page } from '@playwright/test';
import { catalogue, locales } from '../src/lib/core/i18n/catalogue.ts';
import { activate } from './keyboard.ts';
import { findSavedReachOut, walkGuideByKeyboard } from './guide-walk.ts';

/** One visit: the worker installs and caches the whole guide, in both languages, before we cut the network. */
async function visitOnce(page: Page): Promise<void> {
	await page.goto('/en');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
	// Forget the browser's HTTP cache, so what works offline is what the worker keeps, nothing else.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.clearBrowserCache');
	await cdp.detach();
}

async function expectStyled(page: Page): Promise<void> {
	expect(await page.evaluate(() => getComputedStyle(document.querySelector('.quick-exit')!).position)).toBe('fixed');
}

for (const locale of locales) {
	test(`after one visit, with the network off, the whole guide works in ${locale} and saves on the device`, async ({
		page,
		context
	}) => {
		await visitOnce(page);
		await context.setOffline(true);
		const walk = await walkGuideByKeyboard(page, locale);
		await expectStyled(page);
		await activate(page, page.getByRole('link', { name: catalogue(locale).guide.decide.seeSaved }));
		await expect(page).toHaveURL(new RegExp(`/${locale}/reach-outs$`));
		await page.reload();
		await findSavedReachOut(page, locale, walk);
	});
}

test('offline, the bare address opens the home page in the remembered language', async ({ page, context }) => {
	await visitOnce(page);
	await page.goto('/es/crisis');
	await expect.poll(async () => (await context.cookies()).find((c) => c.name === 'lang')?.value).toBe('es');
	await context.setOffline(true);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalogue('es').home.title);
	await expectStyled(page);
	await page.goto('/en/crisis');
	await expect(page.getByRole('link', { name: 'Call 988' })).toBeVisible();
});
