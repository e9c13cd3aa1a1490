import { expect, request as newRequest, type APIRequestContext, type Page } from '@playwright/test';
import { catalogue, type Locale } from '../src/lib/core/i18n/catalogue.ts';
import { linkSentTo } from './outbox.ts';

export const password = 'tomatoes on the porch at noon';

/**
 * Signs up and confirms the address by the e-mailed link, on a request context: a page's (`page.request`,
 * sharing the browser's cookies) or one of its own. Answers the address used.
 */
export async function confirmAddress(api: APIRequestContext, baseURL: string, name: string): Promise<string> {
	const email = `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.org`;
	expect((await api.post('/api/v1/auth/signup', { data: { email, password } })).status()).toBe(202);
	const token = new URL(await linkSentTo(email)).searchParams.get('token')!;
	const confirm = await api.post(`/en/account/confirm?token=${token}`, {
		form: { token },
		headers: { origin: baseURL }
	});
	expect(confirm.status()).toBe(200);
	return email;
}

/** Signs up, confirms and signs in through the API on that request context; answers the address. */
export async function signUpAndSignIn(api: APIRequestContext, baseURL: string, name: string): Promise<string> {
	const email = await confirmAddress(api, baseURL, name);
	expect((await api.post('/api/v1/auth/signin', { data: { email, password } })).status()).toBe(200);
	return email;
}

/** A confirmed member, signed in on its own API client (its own cookie jar). */
export async function signedInMember(baseURL: string, name: string): Promise<APIRequestContext> {
	const api = await newRequest.newContext({ baseURL });
	await signUpAndSignIn(api, baseURL, name);
	return api;
}

/** A confirmed member who is not signed in anywhere; answers the address. */
export async function confirmedMember(baseURL: string, name: string): Promise<string> {
	const api = await newRequest.newContext({ baseURL });
	const email = await confirmAddress(api, baseURL, name);
	await api.dispose();
	return email;
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
