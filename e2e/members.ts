import { expect, request as newRequest, type APIRequestContext, type Page } from '@playwright/test';
import { savePlan } from '../src/lib/core/plan/plan.ts';
import { keyringFromFile } from '../src/lib/server/crypto/keyring.ts';
import { connect } from '../src/lib/server/db/connect.ts';
import { plansRepository } from '../src/lib/server/db/repositories/plans.ts';
import { linkSentTo } from './outbox.ts';

export const password = 'tomatoes on the porch at noon';

/** A member who signed up and confirmed their address by the e-mailed link; not signed in anywhere yet. */
export async function confirmedMember(baseURL: string, name: string): Promise<string> {
	const api = await newRequest.newContext({ baseURL });
	const email = `${name}-${Date.now()}@example.org`;
	await api.post('/api/v1/auth/signup', { data: { email, password } });
	const token = new URL(await linkSentTo(email)).searchParams.get('token')!;
	const confirm = await api.post(`/en/account/confirm?token=${token}`, {
		form: { token },
		headers: { origin: baseURL }
	});
	expect(confirm.status()).toBe(200);
	await api.dispose();
	return email;
}

/** A confirmed member, signed in on its own API client (its own cookie jar). */
export async function signedInMember(baseURL: string, name: string): Promise<APIRequestContext> {
	const email = await confirmedMember(baseURL, name);
	const api = await newRequest.newContext({ baseURL });
	expect((await api.post('/api/v1/auth/signin', { data: { email, password } })).status()).toBe(200);
	return api;
}

/** Signs the page's browser in through the sign-in form, and waits for the account page. */
export async function signInPage(page: Page, email: string, locale = 'en'): Promise<void> {
	await page.goto(`/${locale}/account/sign-in`);
	await page.locator('input[name=email]').fill(email);
	await page.locator('input[name=password]').fill(password);
	await page.locator('form button[type=submit]').click();
	await expect(page).toHaveURL(new RegExp(`/${locale}/account$`));
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
