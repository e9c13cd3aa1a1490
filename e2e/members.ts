import { expect, request as newRequest, type APIRequestContext, type Page } from '@playwright/test';
import { catalogue, type Locale } from '../src/lib/core/i18n/catalogue.ts';
import { savePlan } from '../src/lib/core/plan/plan.ts';
import { keyringFromFile } from '../src/lib/server/crypto/keyring.ts';
import { connect } from '../src/lib/server/db/connect.ts';
import { plansRepository } from '../src/lib/server/db/repositories/plans.ts';
import { linkSentTo } from './mailbox.ts';

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

/**
 * Saves the signed-in member's plan with these signs of change: through PUT /api/v1/plan where the server has it,
 * otherwise straight into the journey's database (with the server's own key file), through the same core call.
 */
export async function savePlanSigns(api: APIRequestContext, email: string, signs: string[]): Promise<void> {
	const lists = { conditions: [], boundaries: [], expectations: [], supports: [], signs };
	const answer = await api.put('/api/v1/plan', { data: lists });
	if (answer.ok()) return;
	expect([404, 405], 'PUT /api/v1/plan answered').toContain(answer.status());
	const dataDir = process.env.E2E_DATA_DIR!;
	const connection = connect({ dataDir });
	try {
		const member = await connection.db
			.selectFrom('members')
			.select('id')
			.where('email', '=', email)
			.executeTakeFirstOrThrow();
		const store = plansRepository(connection.db, keyringFromFile(dataDir));
		await savePlan(store, member.id, lists, `e2e-${Date.now()}`, new Date());
	} finally {
		await connection.close();
	}
}

/** Signs up through the pages, confirms by the e-mailed link and signs in: the page ends on the account page. */
export async function newMemberThroughPages(page: Page, locale: Locale, name: string): Promise<string> {
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
	await signInPage(page, email, locale);
	return email;
}
