import { expect, test } from '@playwright/test';
import { catalogue, locales } from '../src/lib/core/i18n/catalogue.ts';
import { expectNoViolations } from './axe.ts';
import { activate, typeInto } from './keyboard.ts';
import { linkSentTo } from './mailbox.ts';

const password = 'tomatoes on the porch at noon';

for (const locale of locales) {
	test(`${locale}: a person signs up, confirms by the e-mailed link, signs in, sees and ends their sessions, and signs out, by keyboard`, async ({
		page,
		browser,
		baseURL
	}) => {
		const t = catalogue(locale).account;
		const email = `keyboard-${locale}-${Date.now()}@example.org`;

		await page.goto(`/${locale}/account`);
		await expect(page).toHaveURL(new RegExp(`/${locale}/account/sign-in$`));
		await expectNoViolations(page, 'sign-in');
		await activate(page, page.getByRole('link', { name: t.signIn.noAccount }));
		await expect(page).toHaveURL(new RegExp(`/${locale}/account/sign-up$`));
		await expectNoViolations(page, 'sign-up');
		await typeInto(page, page.getByLabel(t.signUp.email), 'not an address');
		await typeInto(page, page.getByLabel(t.signUp.password), '12345');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('alert')).toHaveText(t.fixBelow);
		await expect(page.getByLabel(t.signUp.email)).toHaveAttribute('aria-invalid', 'true');
		await expectNoViolations(page, 'sign-up with errors');

		await page.getByLabel(t.signUp.email).fill(email);
		await page.getByLabel(t.signUp.password).fill(password);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status')).toHaveText(t.signUp.sent);

		await page.goto(await linkSentTo(email));
		await activate(page, page.getByRole('button', { name: t.confirm.button }));
		await expect(page.getByText(t.confirm.done)).toBeVisible();
		await activate(page, page.getByRole('link', { name: t.confirm.signIn }));
		await expect(page).toHaveURL(new RegExp(`/${locale}/account/sign-in$`));

		await typeInto(page, page.getByLabel(t.signIn.email), email);
		await typeInto(page, page.getByLabel(t.signIn.password), password);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1, name: t.home.title })).toBeVisible();
		await expect(page.locator('.session')).toHaveCount(1);

		// A second browser signs in too; the first ends that session, and the second is signed out.
		const other = await browser.newContext({ baseURL: baseURL! });
		const otherPage = await other.newPage();
		await otherPage.goto(`/${locale}/account/sign-in`);
		await otherPage.getByLabel(t.signIn.email).fill(email);
		await otherPage.getByLabel(t.signIn.password).fill(password);
		await otherPage.getByRole('button', { name: t.signIn.submit }).click();
		await expect(otherPage.getByRole('heading', { level: 1, name: t.home.title })).toBeVisible();

		await page.reload();
		await expect(page.locator('.session')).toHaveCount(2);
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await expectNoViolations(page, `account, ${colorScheme}`);
		}
		await activate(page, page.getByRole('button', { name: t.home.end }));
		await expect(page.locator('.session')).toHaveCount(1);
		await otherPage.goto(`/${locale}/account`);
		await expect(otherPage).toHaveURL(new RegExp(`/${locale}/account/sign-in$`));
		await other.close();

		await activate(page, page.getByRole('button', { name: t.home.signOut }));
		await expect(page).toHaveURL(new RegExp(`/${locale}$`));
		await page.goto(`/${locale}/account`);
		await expect(page).toHaveURL(new RegExp(`/${locale}/account/sign-in$`));
	});
}

test('a wrong password is refused without saying whether the address has an account', async ({ page }) => {
	const t = catalogue('en');
	await page.goto('/en/account/sign-in');
	await page.getByLabel(t.account.signIn.email).fill('nobody@example.org');
	await page.getByLabel(t.account.signIn.password).fill('a wrong password here');
	await page.getByRole('button', { name: t.account.signIn.submit }).click();
	await expect(page.getByText(t.errors.signInFailed)).toBeVisible();
	await expect(page.getByLabel(t.account.signIn.email)).toHaveValue('nobody@example.org');
});

test('a forgotten password is reset by the e-mailed link, and the old session ends', async ({
	page,
	browser,
	baseURL
}) => {
	const t = catalogue('en').account;
	const email = `reset-${Date.now()}@example.org`;
	await page.goto('/en/account/sign-up');
	await page.getByLabel(t.signUp.email).fill(email);
	await page.getByLabel(t.signUp.password).fill(password);
	await page.getByRole('button', { name: t.signUp.submit }).click();
	await page.goto(await linkSentTo(email));
	await page.getByRole('button', { name: t.confirm.button }).click();
	await page.goto('/en/account/sign-in');
	await page.getByLabel(t.signIn.email).fill(email);
	await page.getByLabel(t.signIn.password).fill(password);
	await page.getByRole('button', { name: t.signIn.submit }).click();
	await expect(page.getByRole('heading', { level: 1, name: t.home.title })).toBeVisible();

	const other = await browser.newContext({ baseURL: baseURL! });
	const otherPage = await other.newPage();
	await otherPage.goto('/en/account/sign-in');
	await otherPage.getByRole('link', { name: t.forgot.link }).click();
	await otherPage.getByLabel(t.forgot.email).fill(email);
	await otherPage.getByRole('button', { name: t.forgot.submit }).click();
	await expect(otherPage.getByRole('status')).toHaveText(t.forgot.sent);
	await expectNoViolations(otherPage, 'forgot, sent');

	await expect.poll(async () => new URL(await linkSentTo(email)).pathname).toBe('/en/account/reset');
	await otherPage.goto(await linkSentTo(email));
	await expectNoViolations(otherPage, 'reset');
	await otherPage.getByLabel(t.reset.password).fill('a brand new sentence to remember');
	await otherPage.getByRole('button', { name: t.reset.submit }).click();
	await expect(otherPage.getByRole('status')).toHaveText(t.reset.done);
	await other.close();

	await page.reload();
	await expect(page).toHaveURL(/\/en\/account\/sign-in$/);
	await page.getByLabel(t.signIn.email).fill(email);
	await page.getByLabel(t.signIn.password).fill('a brand new sentence to remember');
	await page.getByRole('button', { name: t.signIn.submit }).click();
	await expect(page.getByRole('heading', { level: 1, name: t.home.title })).toBeVisible();
});
