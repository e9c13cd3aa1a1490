import { expect, request as newRequest, test } from '@playwright/test';
import { catalogue } from '../src/lib/core/i18n/catalogue.ts';
import { virtualAuthenticator } from './authenticator.ts';
import { axeInEveryWay, expectNoViolations } from './axe.ts';
import { activate } from './keyboard.ts';
import { confirmedMember, signedInMember, signInPage } from './members.ts';

test('a member adds a passkey by keyboard, signs in with it, sees it listed and removes it', async ({
	page,
	baseURL
}) => {
	const t = catalogue('en').account;
	const p = t.passkeys;
	const { cdp, authenticatorId } = await virtualAuthenticator(page);
	const email = await confirmedMember(baseURL!, 'passkey');
	await signInPage(page, email);

	const section = page.locator('[data-passkeys]');
	await expect(section.getByRole('heading', { level: 2, name: p.title })).toBeVisible();
	await expect(section.getByText(p.none)).toBeVisible();
	await activate(page, page.getByRole('button', { name: p.add }));
	await expect(section.getByRole('status')).toHaveText(p.addDone);
	const items = section.getByRole('list', { name: p.listLabel }).getByRole('listitem');
	await expect(items).toHaveCount(1);
	await expect(items.first()).toContainText('Chrome · Linux');
	await expect(items.first()).toContainText(p.neverUsed);
	// Focus stays where the person was.
	await expect(page.getByRole('button', { name: p.add })).toBeFocused();
	expect((await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials).toHaveLength(1);

	// The same device again: the browser refuses, since the server excludes the passkeys already added.
	await page.keyboard.press('Enter');
	await expect(section.getByRole('status')).toHaveText(p.addExists);
	await expect(items).toHaveCount(1);

	const listed = await page.request.get('/api/v1/passkeys');
	expect(listed.headers()['cache-control']).toBe('no-store');
	const { passkeys } = (await listed.json()) as { passkeys: Array<Record<string, unknown>> };
	expect(passkeys).toHaveLength(1);
	expect(Object.keys(passkeys[0]!).sort()).toEqual(['createdAt', 'device', 'id', 'lastUsedAt']);
	const id = String(passkeys[0]!.id);

	await axeInEveryWay(page, (locale) => `/${locale}/account`, 'account with a passkey');

	// Another member cannot remove it, and a signed-out caller is refused.
	const luis = await signedInMember(baseURL!, 'luis');
	expect((await luis.delete(`/api/v1/passkeys/${id}`)).status()).toBe(404);
	expect((await (await luis.get('/api/v1/passkeys')).json()).passkeys).toEqual([]);
	const anonymous = await newRequest.newContext({ baseURL: baseURL! });
	for (const [method, url] of [
		['GET', '/api/v1/passkeys'],
		['DELETE', `/api/v1/passkeys/${id}`],
		['POST', '/api/v1/auth/passkeys/register/options'],
		['POST', '/api/v1/auth/passkeys/register']
	] as const) {
		const answer = await anonymous.fetch(url, { method, data: method === 'POST' ? {} : undefined });
		expect(answer.status(), `${method} ${url} signed out`).toBe(401);
		expect(answer.headers()['content-type']).toBe('application/problem+json');
	}
	// A sign-in answer with no ceremony under way is refused, without saying why.
	const stray = await anonymous.post('/api/v1/auth/passkeys/signin', {
		data: {
			id: 'abc',
			rawId: 'abc',
			type: 'public-key',
			clientExtensionResults: {},
			response: { clientDataJSON: 'e30', authenticatorData: 'AA', signature: 'AA' }
		}
	});
	expect(stray.status()).toBe(401);
	expect((await stray.json()).detail).toBe(catalogue('en').errors.passkeySignInFailed);
	await Promise.all([luis.dispose(), anonymous.dispose()]);

	await page.goto('/en/account');
	await activate(page, page.getByRole('button', { name: t.home.signOut }));
	await expect(page).toHaveURL(/\/en$/);
	await axeInEveryWay(page, (locale) => `/${locale}/account/sign-in`, 'sign-in');

	// Verification that fails on the device (as when the person cancels) is said calmly, in the page's alert.
	await page.goto('/en/account/sign-in');
	await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: false });
	await activate(page, page.getByRole('button', { name: p.signIn.button }));
	await expect(page.getByRole('alert')).toHaveText(p.signIn.cancelled);
	await expect(page).toHaveURL(/\/en\/account\/sign-in$/);
	await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: true });

	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/en\/account$/);
	await expect(page.getByRole('heading', { level: 1, name: t.home.title })).toBeVisible();
	await expect(items).toHaveCount(1);
	await expect(items.first()).not.toContainText(p.neverUsed);

	await activate(page, section.getByRole('button', { name: p.remove }));
	await expect(section.getByRole('status')).toHaveText(p.removed);
	await expect(section.getByText(p.none)).toBeVisible();

	// The device still holds the passkey, but Porchlight no longer knows it: it cannot sign in.
	await activate(page, page.getByRole('button', { name: t.home.signOut }));
	await expect(page).toHaveURL(/\/en$/);
	await page.goto('/en/account/sign-in');
	await activate(page, page.getByRole('button', { name: p.signIn.button }));
	await expect(page.getByRole('alert')).toHaveText(p.signIn.failed);
	await page.goto('/en/account');
	await expect(page).toHaveURL(/\/en\/account\/sign-in$/);
});

test('without a script, the passkey buttons are not shown', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false });
	const page = await context.newPage();
	const p = catalogue('es').account.passkeys;
	await signInPage(page, await confirmedMember(baseURL!, 'noscript'), 'es');
	await expect(page.getByRole('button', { name: p.add })).toBeHidden();
	await page.goto('/es/account/sign-in');
	await expect(page.getByRole('button', { name: p.signIn.button })).toBeHidden();
	await context.close();
});

test('a browser that cannot do passkeys says so, in place of the buttons', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ baseURL: baseURL! });
	await context.addInitScript(() => {
		Object.defineProperty(window, 'PublicKeyCredential', { value: undefined, configurable: true });
	});
	const page = await context.newPage();
	const p = catalogue('en').account.passkeys;
	await page.goto('/en/account/sign-in');
	await expect(page.getByRole('status')).toHaveText(p.signIn.unsupported);
	await expect(page.getByRole('button', { name: p.signIn.button })).toBeHidden();
	await expect(page.getByText(p.signIn.or)).toBeHidden();
	await signInPage(page, await confirmedMember(baseURL!, 'nowebauthn'));
	await expect(page.locator('[data-passkeys]').getByRole('status')).toHaveText(p.unsupported);
	await expect(page.getByRole('button', { name: p.add })).toBeHidden();
	await expectNoViolations(page, 'account without passkeys support');
	await context.close();
});
