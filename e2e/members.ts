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

/** Signs a confirmed member in through the sign-in page, and waits for the account page. */
export async function signInPage(page: Page, email: string, locale: Locale = 'en'): Promise<void> {
	const t = catalogue(locale).account;
	await page.goto(`/${locale}/account/sign-in`);
	await page.getByLabel(t.signIn.email).fill(email);
	await page.getByLabel(t.signIn.password).fill(password);
	await page.getByRole('button', { name: t.signIn.submit, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: t.home.title })).toBeVisible();
}

/** Signs up through the API and confirms the address by the e-mailed link; answers the address. */
export async function confirmedMember(baseURL: string, name: string): Promise<string> {
	const api = await newRequest.newContext({ baseURL });
	const email = `${name}-${Date.now()}@example.org`;
	await api.post('/api/v1/auth/signup', { data: { email, password } });
	const token = new URL(await linkSentTo(email)).searchParams.get('token')!;
	expect(
		(await api.post(`/en/account/confirm?token=${token}`, { form: { token }, headers: { origin: baseURL } })).status()
	).toBe(200);
	await api.dispose();
	return email;
}
