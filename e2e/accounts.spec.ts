import { expect, test } from '@playwright/test';
import { catalogue } from '../src/lib/core/i18n/catalogue.ts';
import { linkSentTo, received } from './mailbox.ts';

const password = 'tomatoes on the porch at noon';

test('an account is created by the API, confirmed through the e-mailed link, and signed in and out', async ({
	page,
	request
}) => {
	const email = `ana-${Date.now()}@example.org`;
	const signUp = await request.post('/api/v1/auth/signup', { data: { email, password, locale: 'es' } });
	expect(signUp.status()).toBe(202);

	// The account is made by a queued job (so sign-up takes the same time for any address); its e-mail is queued
	// once it exists. Until the link is opened, signing in is refused.
	const link = await linkSentTo(email);
	const early = await request.post('/api/v1/auth/signin', { data: { email, password } });
	expect(early.status()).toBe(403);
	expect(early.headers()['content-type']).toBe('application/problem+json');

	expect(new URL(link).pathname).toBe('/es/account/confirm');
	const t = catalogue('es').account.confirm;
	await page.goto(link);
	await page.getByRole('button', { name: t.button }).click();
	await expect(page.getByText(t.done)).toBeVisible();

	const signIn = await request.post('/api/v1/auth/signin', { data: { email: email.toUpperCase(), password } });
	expect(signIn.status()).toBe(200);
	const cookie = signIn.headers()['set-cookie'] ?? '';
	expect(cookie).toMatch(/porchlight_session=[A-Za-z0-9_-]{20,}/);
	expect(cookie).toMatch(/HttpOnly/);
	expect(cookie).toMatch(/SameSite=Lax/);

	const signOut = await request.post('/api/v1/auth/signout', { data: {} });
	expect(signOut.status()).toBe(204);
	expect(signOut.headers()['set-cookie']).toMatch(/porchlight_session=;/);
});

test('signing up again with a known address answers the same and only warns the owner', async ({ request }) => {
	const email = `luis-${Date.now()}@example.org`;
	const first = await request.post('/api/v1/auth/signup', { data: { email, password } });
	const second = await request.post('/api/v1/auth/signup', { data: { email, password: 'another long sentence here' } });
	expect([first.status(), second.status()]).toEqual([202, 202]);
	expect(await first.json()).toEqual(await second.json());
	await expect.poll(() => received().filter((mail) => mail.to === email).length).toBe(2);
	expect(received().filter((mail) => mail.to === email)[1]?.subject).toBe(
		catalogue('en').email.alreadyRegistered.subject
	);
});

test('bad sign-up input gets a problem+json naming each field, and nothing is stored', async ({ request }) => {
	const response = await request.post('/api/v1/auth/signup', { data: { email: 'nope', password: '123' } });
	expect(response.status()).toBe(400);
	const body = await response.json();
	expect(body.errors.map((e: { field: string }) => e.field)).toEqual(['email']);
	const weak = await request.post('/api/v1/auth/signup', {
		data: { email: 'weak@example.org', password: 'password123' }
	});
	expect((await weak.json()).errors).toEqual([{ field: 'password', message: catalogue('en').errors.passwordCommon }]);
	expect(received().some((mail) => mail.to === 'weak@example.org')).toBe(false);
});

test('an old or used confirmation link says so and confirms nothing', async ({ page }) => {
	const t = catalogue('en').account.confirm;
	await page.goto('/en/account/confirm?token=not-a-real-token');
	await page.getByRole('button', { name: t.button }).click();
	await expect(page.getByRole('alert')).toHaveText(t.failed);
});

test('a form or API post from another site is refused', async ({ request }) => {
	const response = await request.post('/api/v1/auth/signin', {
		data: { email: 'ana@example.org', password },
		headers: { 'sec-fetch-site': 'cross-site', origin: 'https://elsewhere.example' }
	});
	expect(response.status()).toBe(403);
	expect(response.headers()['content-type']).toBe('application/problem+json');
});
