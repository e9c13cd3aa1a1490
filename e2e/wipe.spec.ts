import { expect, test } from '@playwright/test';
import { catalogue } from '../src/lib/core/i18n/catalogue.ts';
import { activate } from './keyboard.ts';
import { walkGuideByKeyboard } from './guide-walk.ts';

test('wiping the device, after a confirmation, leaves nothing of Porchlight in the browser', async ({
	page,
	context
}) => {
	const t = catalogue('en');
	await walkGuideByKeyboard(page, 'en');
	await page.evaluate(() => navigator.serviceWorker.ready);
	const before = await page.evaluate(async () => ({
		databases: (await indexedDB.databases()).length,
		caches: (await caches.keys()).length
	}));
	expect(before.databases).toBeGreaterThan(0);
	expect(before.caches).toBeGreaterThan(0);
	expect(await context.cookies()).not.toEqual([]);

	await page.goto('/en/device');
	await activate(page, page.getByRole('button', { name: t.device.wipe }));
	await expect(page.getByText(t.device.confirmText)).toBeVisible();
	await expect(page.getByRole('button', { name: t.device.confirm })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByText(t.device.wiped)).toBeVisible();

	const after = await page.evaluate(async () => ({
		databases: await indexedDB.databases(),
		caches: await caches.keys(),
		workers: (await navigator.serviceWorker.getRegistrations()).length,
		local: localStorage.length,
		session: sessionStorage.length
	}));
	expect(after).toEqual({ databases: [], caches: [], workers: 0, local: 0, session: 0 });
	expect(await context.cookies()).toEqual([]);
});

test('cancelling the wipe keeps everything', async ({ page }) => {
	const t = catalogue('es');
	await page.goto('/es/guide/pause');
	await page.getByLabel(t.guide.pause.support.name, { exact: true }).fill('Ana');
	await page.getByLabel(t.guide.pause.support.phone, { exact: true }).fill('555 010 2000');
	await page.getByRole('button', { name: t.guide.pause.support.add }).click();
	await expect(page.locator('.contact')).toHaveCount(1);
	await page.goto('/es/device');
	await page.getByRole('button', { name: t.device.wipe }).click();
	await page.getByRole('button', { name: t.device.cancel }).click();
	await expect(page.getByRole('button', { name: t.device.wipe })).toBeFocused();
	await page.goto('/es/guide/pause');
	await expect(page.locator('.contact')).toHaveCount(1);
});
