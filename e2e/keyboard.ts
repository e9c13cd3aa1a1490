import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never gets there. */
export async function tabTo(
	page: Page,
	target: Locator,
	options: { max?: number; backwards?: boolean } = {}
): Promise<void> {
	const max = options.max ?? 80;
	for (let presses = 0; presses < max; presses++) {
		if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
		await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
	}
	await expect(target, `reached by Tab within ${max} presses`).toBeFocused();
}

/** Tabs to a link or button and presses Enter. */
export async function activate(page: Page, target: Locator): Promise<void> {
	await tabTo(page, target);
	await page.keyboard.press('Enter');
}

/** Tabs to a field and types into it. */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
	await tabTo(page, target);
	await page.keyboard.type(text);
}
