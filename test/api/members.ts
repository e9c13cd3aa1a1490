import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestServer } from './server.ts';

// A member's HTTP client: fetch with its own cookie jar, so each member (and a signed-out caller) has its own
// session, as separate browsers would.

export const password = 'tomatoes on the porch at noon';

export interface Answer {
	status: number;
	headers: Headers;
	text: string;
	/** The body parsed as JSON, or undefined when it is not JSON. */
	json: unknown;
	/** A live stream (text/event-stream) is not read to its end: its body, for the caller to read or cancel. */
	stream?: ReadableStream<Uint8Array>;
}

export interface RequestOptions {
	/** Sent as JSON (with Content-Type: application/json) unless `raw` is given. */
	body?: unknown;
	/** A body sent exactly as given, with `contentType` (or none). */
	raw?: string | Uint8Array;
	contentType?: string;
	headers?: Record<string, string>;
}

export interface Client {
	server: TestServer;
	email?: string;
	/** Member id, when known (see memberId()). */
	request(method: string, path: string, options?: RequestOptions): Promise<Answer>;
	get(path: string): Promise<Answer>;
	/** A same-origin form post (Origin and Accept set, as a browser would for a page's own form). */
	postForm(path: string, fields: Record<string, string>): Promise<Answer>;
}

export function client(server: TestServer, email?: string): Client {
	const jar = new Map<string, string>();
	async function request(method: string, path: string, options: RequestOptions = {}): Promise<Answer> {
		const headers: Record<string, string> = { ...options.headers };
		let body: string | Uint8Array | undefined;
		if (options.raw !== undefined) {
			body = options.raw;
			if (options.contentType) headers['content-type'] = options.contentType;
		} else if (options.body !== undefined) {
			body = JSON.stringify(options.body);
			headers['content-type'] = options.contentType ?? 'application/json';
		}
		if (jar.size) headers.cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
		const response = await fetch(new URL(path, server.baseUrl), {
			method,
			headers,
			body: body as BodyInit | undefined,
			redirect: 'manual'
		});
		for (const cookie of response.headers.getSetCookie()) {
			const [pair = '', ...attributes] = cookie.split(';');
			const at = pair.indexOf('=');
			const name = pair.slice(0, at).trim();
			const value = pair.slice(at + 1).trim();
			const expired = attributes.some(
				(a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]!) < Date.now())
			);
			if (expired || value === '') jar.delete(name);
			else jar.set(name, value);
		}
		if (response.headers.get('content-type')?.startsWith('text/event-stream') && response.body)
			return { status: response.status, headers: response.headers, text: '', json: undefined, stream: response.body };
		const text = await response.text();
		let json: unknown;
		try {
			json = JSON.parse(text);
		} catch {
			json = undefined;
		}
		return { status: response.status, headers: response.headers, text, json };
	}
	return {
		server,
		...(email ? { email } : {}),
		request,
		get: (path) => request('GET', path),
		postForm: (path, fields) =>
			request('POST', path, {
				raw: new URLSearchParams(fields).toString(),
				contentType: 'application/x-www-form-urlencoded',
				// As a browser's own form: same origin, and an HTML page wanted (not SvelteKit's JSON for scripts).
				headers: { origin: server.baseUrl, accept: 'text/html' }
			})
	};
}

/** The e-mails in DATA_DIR/outbox, decoded enough to read their links (quoted-printable). */
export function outbox(dataDir: string): Array<{ to: string; text: string }> {
	const folder = join(dataDir, 'outbox');
	let files: string[];
	try {
		files = readdirSync(folder).sort();
	} catch {
		return [];
	}
	return files.map((file) => {
		const raw = readFileSync(join(folder, file), 'utf8').replace(/=\r?\n/g, '');
		const decoded = raw.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
		return {
			to: decoded.match(/^To: (.*)$/m)?.[1] ?? '',
			text: decoded
				.split(/\r?\n\r?\n/)
				.slice(1)
				.join('\n\n')
		};
	});
}

async function linkSentTo(dataDir: string, email: string): Promise<string> {
	const deadline = Date.now() + 10_000;
	while (Date.now() < deadline) {
		const mail = outbox(dataDir)
			.filter((m) => m.to === email)
			.at(-1);
		const link = mail?.text.match(/https?:\/\/\S+/)?.[0];
		if (link) return link;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`no e-mail with a link reached ${email}`);
}

function expectStatus(answer: Answer, status: number, what: string): void {
	if (answer.status !== status) throw new Error(`${what}: expected ${status}, got ${answer.status}: ${answer.text}`);
}

/** "Confirm it's you" with the password: the session may change credentials and export for five minutes. */
export async function proveAgain(member: Client): Promise<void> {
	expectStatus(
		await member.request('POST', '/api/v1/auth/reauthenticate', { body: { password } }),
		204,
		'confirming it is them'
	);
}

/** A new member, confirmed by the e-mailed link and signed in: a client carrying its session cookie. */
export async function signedInMember(server: TestServer, name = 'member'): Promise<Client> {
	const email = `${name}-${randomBytes(4).toString('hex')}@example.org`;
	const member = client(server, email);
	expectStatus(await member.request('POST', '/api/v1/auth/signup', { body: { email, password } }), 202, 'sign-up');
	const token = new URL(await linkSentTo(server.dataDir, email)).searchParams.get('token')!;
	expectStatus(
		await member.postForm(`/en/account/confirm?token=${encodeURIComponent(token)}`, { token }),
		200,
		'confirming the e-mail address'
	);
	expectStatus(await member.request('POST', '/api/v1/auth/signin', { body: { email, password } }), 200, 'sign-in');
	return member;
}
