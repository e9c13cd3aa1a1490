import { expect, test, type Locator, type Page } from '@playwright/test';
import { catalogue } from '../src/lib/core/i18n/catalogue.ts';

const neutral = 'https://weather.com/';

// The neutral site is out of reach here; answer for it so the browser lands on a real page.
test.beforeEach(async ({ context }) => {
	await context.route(`${neutral}**`, (route) =>
		route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Sunny</p>' })
	);
});

/** Follows a link once the page's script has run (a tap before it runs is an ordinary, history-adding one). */
async function follow(page: Page, link: Locator): Promise<void> {
	const before = page.url();
	await link.click();
	await page.waitForURL((url) => url.href !== before);
	await page.waitForLoadState('load');
}

/** Opens several Porchlight pages the way a person does, by following links. */
async function browseAround(page: Page): Promise<void> {
	const t = catalogue('en');
	await page.goto('about:blank');
	await page.goto('/en');
	await page.waitForLoadState('load');
	await follow(page, page.getByRole('link', { name: t.home.start }));
	await follow(page, page.getByRole('link', { name: t.guide.intro.begin }));
	await follow(page, page.getByRole('link', { name: t.safety.check.skip }));
	await follow(page, page.getByRole('link', { name: `${t.guide.next} →` }));
	await follow(page, page.getByRole('link', { name: t.nav.crisis }).first());
	await expect(page).toHaveURL(/\/en\/crisis$/);
}

async function expectBackNeverReturns(page: Page): Promise<void> {
	await expect(page).toHaveURL(neutral);
	// Moving between Porchlight's pages replaced the entry each time: two entries, the blank page and the exit.
	expect(await page.evaluate(() => history.length)).toBe(2);
	await page.goBack();
	expect(page.url()).toBe('about:blank');
}

test('the quick exit button leaves for a neutral site and Back does not return to Porchlight', async ({ page }) => {
	await browseAround(page);
	await page.getByRole('link', { name: /Quick exit/ }).click();
	await expectBackNeverReturns(page);
});

test('pressing Escape twice leaves the same way, even while typing in a field', async ({ page }) => {
	const t = catalogue('en');
	await browseAround(page);
	await follow(page, page.getByRole('link', { name: t.nav.home }));
	await follow(page, page.getByRole('link', { name: t.home.start }));
	await follow(page, page.getByRole('link', { name: t.guide.intro.begin }));
	await follow(page, page.getByRole('link', { name: t.safety.check.skip }));
	await follow(page, page.getByRole('link', { name: t.guide.stepNames.askThem }));
	await page.getByLabel(t.guide.askThem.answersLabel).click();
	await page.keyboard.type('they said');
	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');
	await expectBackNeverReturns(page);
});

test('one Escape alone does nothing', async ({ page }) => {
	await page.goto('/en/guide');
	await page.keyboard.press('Escape');
	await page.waitForTimeout(1_700);
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/en\/guide$/);
});

test('the quick exit is the first thing the keyboard reaches after the skip link', async ({ page }) => {
	await page.goto('/es/guide/pause');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: /Salida rápida/ })).toBeFocused();
});
