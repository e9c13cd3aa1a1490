import { expect, request as newRequest, test, type APIRequestContext } from '@playwright/test';
import { linkSentTo } from './mailbox.ts';

const password = 'tomatoes on the porch at noon';

/** A confirmed member, signed in on its own API client (its own cookie jar). */
async function signedInMember(baseURL: string, name: string): Promise<APIRequestContext> {
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

test('a member keeps reach-outs through the API, and another member or a signed-out caller cannot reach them', async ({
	baseURL
}) => {
	const ana = await signedInMember(baseURL!, 'ana');
	const luis = await signedInMember(baseURL!, 'luis');
	const anonymous = await newRequest.newContext({ baseURL: baseURL! });

	const created = await ana.post('/api/v1/reach-outs', {
		data: {
			occurredAt: '2026-11-29T21:15:00Z',
			channel: 'text',
			said: '<script>alert(1)</script> I promise',
			decision: 'notYet'
		}
	});
	expect(created.status()).toBe(201);
	expect(created.headers()['cache-control']).toBe('no-store');
	const { id, said } = await created.json();
	expect(said).toBe('<script>alert(1)</script> I promise');

	expect((await ana.get(`/api/v1/reach-outs/${id}`)).status()).toBe(200);
	expect((await (await ana.get('/api/v1/reach-outs')).json()).reachOuts).toHaveLength(1);

	for (const [method, url] of [
		['GET', `/api/v1/reach-outs/${id}`],
		['PATCH', `/api/v1/reach-outs/${id}`],
		['DELETE', `/api/v1/reach-outs/${id}`]
	] as const) {
		const other = await luis.fetch(url, { method, data: method === 'PATCH' ? { said: 'taken over' } : undefined });
		expect(other.status(), `${method} by another member`).toBe(404);
		const nobody = await anonymous.fetch(url, { method, data: method === 'PATCH' ? { said: 'x' } : undefined });
		expect(nobody.status(), `${method} signed out`).toBe(401);
		expect(nobody.headers()['content-type']).toBe('application/problem+json');
	}
	expect((await (await luis.get('/api/v1/reach-outs')).json()).reachOuts).toEqual([]);
	expect((await anonymous.get('/api/v1/reach-outs')).status()).toBe(401);
	expect(
		(
			await anonymous.post('/api/v1/reach-outs', { data: { occurredAt: '2026-11-29T21:15:00Z', channel: 'text' } })
		).status()
	).toBe(401);

	const unchanged = await (await ana.get(`/api/v1/reach-outs/${id}`)).json();
	expect(unchanged.said).toBe(said);
	const patched = await ana.patch(`/api/v1/reach-outs/${id}`, { data: { did: 'Went to a meeting' } });
	expect((await patched.json()).did).toBe('Went to a meeting');
	const bad = await ana.patch(`/api/v1/reach-outs/${id}`, { data: { channel: 'pigeon' } });
	expect(bad.status()).toBe(400);
	expect((await bad.json()).errors[0].field).toBe('channel');
	expect((await ana.delete(`/api/v1/reach-outs/${id}`)).status()).toBe(204);
	expect((await ana.get(`/api/v1/reach-outs/${id}`)).status()).toBe(404);
	await Promise.all([ana.dispose(), luis.dispose(), anonymous.dispose()]);
});
