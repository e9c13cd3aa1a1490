import { expect, test } from '@playwright/test';
import { catalogue, locales } from '../src/lib/core/i18n/catalogue.ts';
import { activate } from './keyboard.ts';
import { findSavedReachOut, walkGuideByKeyboard } from './guide-walk.ts';

for (const locale of locales) {
	test(`a person walks the whole guide in ${locale} by keyboard alone, saves the reach-out and finds it after a reload`, async ({
		page,
		context,
		baseURL
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
		const walk = await walkGuideByKeyboard(page, locale, { checkClipboard: true });
		const t = catalogue(locale);
		await activate(page, page.getByRole('link', { name: t.guide.decide.seeSaved }));
		await expect(page).toHaveURL(new RegExp(`/${locale}/reach-outs$`));
		await page.reload();
		await findSavedReachOut(page, locale, walk);
	});
}

test('the lists of Steps 4 and 5 carry over to the next reach-out', async ({ page }) => {
	const t = catalogue('en');
	const walk = await walkGuideByKeyboard(page, 'en');
	await page.goto('/en/guide');
	await page.getByRole('button', { name: t.guide.intro.startOver }).click();
	await expect(page).toHaveURL(/\/en\/guide\/safety$/);
	await page.goto('/en/guide/safe');
	await expect(page.locator('[data-list="boundaries"] textarea')).toHaveValue(walk.boundary);
	await page.goto('/en/guide/ask-them');
	await expect(page.getByLabel(t.guide.askThem.answersLabel)).toHaveValue('');
});

test('saving the same reach-out twice keeps one copy, and it can be opened again in the guide', async ({ page }) => {
	const t = catalogue('en');
	await walkGuideByKeyboard(page, 'en');
	await page.getByRole('button', { name: t.guide.decide.save }).click();
	await page.goto('/en/reach-outs');
	await expect(page.locator('.saved')).toHaveCount(1);
	await page.locator('.saved summary').click();
	await page.getByRole('button', { name: t.reachOuts.open }).click();
	await expect(page).toHaveURL(/\/en\/guide\/pause$/);
	await page.goto('/en/guide/decide');
	await expect(page.getByRole('radio', { name: t.guide.decide.choices.notYet })).toBeChecked();
});

test('the language can be switched on every page and is remembered at the bare address', async ({ page }) => {
	await page.goto('/en/guide/ask-them');
	await page.getByRole('link', { name: catalogue('en').nav.otherLanguageLabel }).click();
	await expect(page).toHaveURL(/\/es\/guide\/ask-them$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalogue('es').guide.askThem.title);
	// The page's script remembers the language once it runs.
	await expect.poll(async () => (await page.context().cookies()).find((c) => c.name === 'lang')?.value).toBe('es');
	await page.goto('/');
	await expect(page).toHaveURL(/\/es$/);
});

test('the bare address follows Accept-Language on a first visit', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ locale: 'es-MX', baseURL: baseURL! });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page).toHaveURL(/\/es$/);
	await context.close();
});

test('under reduced motion the breathing exercise is still text', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ reducedMotion: 'reduce', baseURL: baseURL! });
	const page = await context.newPage();
	const t = catalogue('en').guide.pause.breathing;
	await page.goto('/en/guide/pause');
	await expect(page.getByText(t.still)).toBeVisible();
	await expect(page.locator('.breathing-circle')).toBeHidden();
	await expect(page.getByRole('button', { name: t.skip })).toBeHidden();
	await context.close();
});

test('the breathing exercise paces about a minute and can be run again', async ({ page }) => {
	const t = catalogue('en').guide.pause.breathing;
	await page.clock.install();
	await page.goto('/en/guide/pause');
	await expect(page.getByText('Breath 1 of 6')).toBeVisible();
	await expect(page.locator('[data-phase]')).toHaveText(t.in);
	await page.clock.runFor(4_000);
	await expect(page.locator('[data-phase]')).toHaveText(t.out);
	await page.clock.runFor(56_000);
	await expect(page.locator('[data-phase]')).toHaveText(t.done);
	await expect(page.getByRole('button', { name: t.restart })).toBeVisible();
});

test('a contact with a wrong number is refused with a message that says what to fix', async ({ page }) => {
	const t = catalogue('en').guide.pause.support;
	await page.goto('/en/guide/pause');
	await page.getByLabel(t.phone, { exact: true }).fill('call me');
	await page.getByRole('button', { name: t.add }).click();
	await expect(page.getByText(t.errors.name)).toBeVisible();
	await expect(page.getByText(t.errors.phone)).toBeVisible();
	await expect(page.getByLabel(t.name, { exact: true })).toBeFocused();
	await expect(page.getByLabel(t.phone, { exact: true })).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('.contact')).toHaveCount(0);
});
