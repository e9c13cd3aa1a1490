import { expect, type APIRequestContext } from '@playwright/test';
import { linkSentTo } from './outbox.ts';

export const password = 'tomatoes on the porch at noon';

/**
 * Signs up, confirms by the e-mailed link and signs in through the API, on a request context: a page's
 * (`page.request`, sharing the browser's cookies) or a context of its own. Answers the address used.
 */
export async function signUpAndSignIn(api: APIRequestContext, baseURL: string, name: string): Promise<string> {
	const email = `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.org`;
	expect((await api.post('/api/v1/auth/signup', { data: { email, password } })).status()).toBe(202);
	const token = new URL(await linkSentTo(email)).searchParams.get('token')!;
	const confirm = await api.post(`/en/account/confirm?token=${token}`, {
		form: { token },
		headers: { origin: baseURL }
	});
	expect(confirm.status()).toBe(200);
	expect((await api.post('/api/v1/auth/signin', { data: { email, password } })).status()).toBe(200);
	return email;
}
