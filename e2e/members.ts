import { expect, request as newRequest, type APIRequestContext, type Page } from '@playwright/test';
import { catalogue, type Locale } from '../src/lib/core/i18n/catalogue.ts';
import { linkSentTo } from './outbox.ts';

export const password = 'tomatoes on the porch at noon';

/** A confirmed member, signed in on its own API client (its own cookie jar). */
export async function signedInMember(baseURL: string, name: string): Promise<APIRequestContext> {
	const api = await newRequest.newContext({ baseURL });
	const email = `${name}-${Date.now()}@example.org`;
	await api.post('/api/v1/auth/signup', { data: { email, password } });
	const token = new URL(await linkSentTo(email)).searchParams.get('token')!;
	const confirm = await api.post(`/en/account/confirm?token=${token}`, {
		form: { token },
		headers: { origin: baseURL }
	});
	expect(confirm.status()).toBe(200);
	expect((await api.post('/api/v1/auth/signin', { data: { email, password } })).status()).toBe(200);
	return api;
}

/** Signs up through the pages, confirms by the e-mailed link and signs in: the page ends on the account page. */
export async function signInPage(page: Page, locale: Locale, name: string): Promise<string> {
	const t = catalogue(locale).account;
	const email = `${name}-${locale}-${Date.now()}@example.org`;
	await page.goto(`/${locale}/account/sign-up`);
	await page.getByLabel(t.signUp.email).fill(email);
	await page.getByLabel(t.signUp.password).fill(password);
	await page.getByRole('button', { name: t.signUp.submit }).click();
	await expect(page.getByRole('status')).toHaveText(t.signUp.sent);
	await page.goto(await linkSentTo(email));
	await page.getByRole('button', { name: t.confirm.button }).click();
	await expect(page.getByText(t.confirm.done)).toBeVisible();
	await page.goto(`/${locale}/account/sign-in`);
	await page.getByLabel(t.signIn.email).fill(email);
	await page.getByLabel(t.signIn.password).fill(password);
	await page.getByRole('button', { name: t.signIn.submit }).click();
	await expect(page.getByRole('heading', { level: 1, name: t.home.title })).toBeVisible();
	return email;
}
