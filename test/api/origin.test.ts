import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignedRequest, database, makeStaff } from './cast.ts';
import { outbox, password, type Client } from './members.ts';
import { startServer, type TestServer } from './server.ts';

// One origin (issue 11): the server is told ORIGIN=https://porchlight.test and is reached, as behind a TLS proxy,
// over plain http on 127.0.0.1 with that Host. Every e-mailed link, queued notice and passkey relying party must
// name that origin; a request naming any other Host is answered 421 before the app sees it, and sends nothing.
// The edge does not touch the database's dialect, so this runs on SQLite only.

const origin = 'https://porchlight.test';
const forged = 'evil.example';

interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	text: string;
	json: unknown;
}

/** node:http rather than fetch, which does not let a caller choose the Host header. */
function send(
	server: TestServer,
	method: string,
	path: string,
	options: {
		host?: string;
		body?: unknown;
		form?: Record<string, string>;
		cookie?: string;
		headers?: Record<string, string>;
	} = {}
): Promise<Answer> {
	const { port } = new URL(server.baseUrl);
	const headers: Record<string, string> = { host: options.host ?? 'porchlight.test', ...options.headers };
	let body: string | undefined;
	if (options.form) {
		body = new URLSearchParams(options.form).toString();
		Object.assign(headers, { 'content-type': 'application/x-www-form-urlencoded', origin, accept: 'text/html' });
	} else if (options.body !== undefined) {
		body = JSON.stringify(options.body);
		headers['content-type'] = 'application/json';
	}
	if (options.cookie) headers.cookie = options.cookie;
	return new Promise((resolve, reject) => {
		const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => {
				const text = Buffer.concat(chunks).toString('utf8');
				let json: unknown;
				try {
					json = JSON.parse(text);
				} catch {
					json = undefined;
				}
				resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
			});
		});
		req.on('error', reject);
		req.end(body);
	});
}

const linksIn = (text: string) => text.match(/https?:\/\/[^\s"<>]+/g) ?? [];

async function mailTo(server: TestServer, email: string, count = 1): Promise<string[]> {
	const deadline = Date.now() + 10_000;
	for (;;) {
		const mails = outbox(server.dataDir).filter((m) => m.to === email);
		if (mails.length >= count) return mails.map((m) => m.text);
		if (Date.now() > deadline) throw new Error(`no e-mail reached ${email}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

describe('one origin', () => {
	let server: TestServer;
	let cookie: string;
	const email = `origin-${Date.now()}@example.org`;

	beforeAll(async () => {
		server = await startServer({ dialect: 'sqlite', env: { ORIGIN: origin, JOB_INTERVAL_SECONDS: '1' } });
		expect((await send(server, 'POST', '/api/v1/auth/signup', { body: { email, password } })).status).toBe(202);
		const [confirmMail] = await mailTo(server, email);
		const token = new URL(linksIn(confirmMail!)[0]!).searchParams.get('token')!;
		const confirmed = await send(server, 'POST', `/en/account/confirm?token=${encodeURIComponent(token)}`, {
			form: { token }
		});
		expect(confirmed.status, confirmed.text).toBe(200);
		const signedIn = await send(server, 'POST', '/api/v1/auth/signin', { body: { email, password } });
		expect(signedIn.status, signedIn.text).toBe(200);
		const setCookie = (signedIn.headers['set-cookie'] as string[]).find((c) => c.startsWith('__Host-'))!;
		expect(setCookie).toMatch(/^__Host-porchlight_session=[\w-]{20,};/);
		expect(setCookie).toMatch(/; Path=\/(;|$)/);
		expect(setCookie).toMatch(/; Secure(;|$)/);
		expect(setCookie).toMatch(/; HttpOnly(;|$)/);
		expect(setCookie).not.toMatch(/Domain=/i);
		cookie = setCookie.split(';')[0]!;
		await makeStaff(server, { email } as Client, 'admin');
	});
	afterAll(() => server?.dispose());

	it('answers 421 problem+json, and sends nothing, to a forged Host on every route that builds a link', async () => {
		const before = outbox(server.dataDir).length;
		const routes: Array<[string, string, Parameters<typeof send>[3]]> = [
			['POST', '/api/v1/auth/signup', { body: { email: `forged-${Date.now()}@example.org`, password } }],
			['POST', '/en/account/confirm?token=abc', { form: { token: 'abc' } }],
			['POST', '/en/account/forgot', { form: { email } }],
			['POST', '/api/v1/account/email', { body: { email: `new-${Date.now()}@example.org`, password }, cookie }],
			['POST', '/api/v1/admin/invites', { body: { email: `invitee-${Date.now()}@example.org` }, cookie }],
			['POST', '/api/v1/auth/passkeys/register/options', { body: {}, cookie }],
			['POST', '/api/v1/auth/passkeys/signin/options', { body: {} }],
			['POST', '/api/v1/threads/any/messages', { body: { body: 'hello' }, cookie }],
			['GET', '/en', {}],
			['GET', '/api/v1/openapi.json', {}]
		];
		for (const [method, path, options] of routes) {
			for (const host of [forged, `${forged}:443`, 'porchlight.test.evil.example', '127.0.0.1']) {
				const answer = await send(server, method, path, { ...options, host });
				expect(answer.status, `${method} ${path} with Host ${host}`).toBe(421);
				expect(answer.headers['content-type']).toBe('application/problem+json');
				expect(answer.json).toMatchObject({ status: 421, title: 'Misdirected Request' });
				expect(answer.headers['content-security-policy']).toContain("default-src 'none'");
			}
		}
		// Two job intervals: a queued e-mail would have been sent by now.
		await new Promise((resolve) => setTimeout(resolve, 2500));
		expect(outbox(server.dataDir)).toHaveLength(before);
		const payloads = await database(server, (db) => db.selectFrom('jobs').select('payload').execute());
		expect(payloads.map((p) => p.payload).join('\n')).not.toContain(forged);
	});

	it('answers a health check by any name', async () => {
		expect((await send(server, 'GET', '/healthz', { host: forged })).status).toBe(200);
	});

	it('e-mails links to the configured origin only: confirm, reset, e-mail change and staff invitation', async () => {
		expect((await send(server, 'POST', '/en/account/forgot', { form: { email } })).status).toBe(200);
		const newAddress = `moved-${Date.now()}@example.org`;
		const moved = await send(server, 'POST', '/api/v1/account/email', {
			body: { email: newAddress, password },
			cookie
		});
		expect(moved.status, moved.text).toBe(202);
		const invitee = `invitee-${Date.now()}@example.org`;
		const invited = await send(server, 'POST', '/api/v1/admin/invites', { body: { email: invitee }, cookie });
		expect(invited.status, invited.text).toBe(202);
		const mails = [
			...(await mailTo(server, email, 2)),
			...(await mailTo(server, newAddress)),
			...(await mailTo(server, invitee))
		];
		const links = mails.flatMap(linksIn);
		expect(links.length).toBeGreaterThanOrEqual(mails.length);
		for (const link of links) expect(new URL(link).origin, link).toBe(origin);
	});

	it('queues "a message is waiting" with the configured origin, and names it as the passkey relying party', async () => {
		const specialist = `specialist-${Date.now()}@example.org`;
		expect((await send(server, 'POST', '/api/v1/auth/signup', { body: { email: specialist, password } })).status).toBe(
			202
		);
		await mailTo(server, specialist);
		const specialistId = await makeStaff(server, { email: specialist } as Client, 'specialist');
		const memberId = await database(
			server,
			async (db) =>
				(await db.selectFrom('members').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id
		);
		await assignedRequest(server, memberId, specialistId);
		const thread = await send(server, 'POST', '/api/v1/threads', { body: { with: specialistId }, cookie });
		expect(thread.status, thread.text).toBe(200);
		const id = (thread.json as { id: string }).id;
		const posted = await send(server, 'POST', `/api/v1/threads/${id}/messages`, { body: { body: 'hello' }, cookie });
		expect(posted.status, posted.text).toBe(201);
		const payloads = await database(server, (db) =>
			db.selectFrom('jobs').select(['kind', 'payload']).where('kind', 'like', '%message%').execute()
		);
		expect(payloads.length).toBeGreaterThan(0);
		for (const { payload } of payloads) expect(JSON.parse(payload)).toMatchObject({ origin });

		const signIn = await send(server, 'POST', '/api/v1/auth/passkeys/signin/options', { body: {} });
		expect(signIn.status, signIn.text).toBe(200);
		expect(signIn.json).toMatchObject({ rpId: 'porchlight.test' });
	});

	it('sends HSTS for two years, since the origin is https', async () => {
		for (const path of ['/en', '/api/v1/openapi.json', '/api/v1/account', '/_app/missing.js'])
			expect((await send(server, 'GET', path, { cookie })).headers['strict-transport-security'], path).toBe(
				'max-age=63072000'
			);
	});

	it('warns at start that the limits would key on the proxy, since no ADDRESS_HEADER is set', () => {
		expect(server.logs()).toContain('ADDRESS_HEADER is not set');
	});
});

describe('behind a proxy that names the client address', () => {
	let server: TestServer;
	beforeAll(async () => {
		server = await startServer({ dialect: 'sqlite', env: { ADDRESS_HEADER: 'X-Forwarded-For', XFF_DEPTH: '1' } });
	});
	afterAll(() => server?.dispose());

	it('answers a request without the header with a 400 problem, not a 500', async () => {
		const host = new URL(server.baseUrl).host;
		for (const path of ['/api/v1/auth/signin', '/en/account/sign-in']) {
			const answer = await send(server, 'POST', path, { host, body: { email: 'a@example.org', password } });
			expect(answer.status, path).toBe(400);
			expect(answer.headers['content-type']).toBe('application/problem+json');
		}
		const proxied = await send(server, 'POST', '/api/v1/auth/signin', {
			host,
			body: { email: 'nobody@example.org', password },
			headers: { 'x-forwarded-for': '203.0.113.7' }
		});
		expect(proxied.status).toBe(401);
		expect(server.logs()).not.toContain('ADDRESS_HEADER is not set');
	});
});
