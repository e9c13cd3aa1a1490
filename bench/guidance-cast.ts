// The people of personalized guidance for bench/lighthouse.ts --guidance: a member with a plan, an assigned
// specialist with hours, a thread, a booked session, a shared plan and timeline and a private note, and an admin.
// Made through the API where a route does it; staff and the assignment straight in the database, as
// `npm run admin:create` and the admin's page would. Answers each page to audit with the cookie it is seen with.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyringFromFile } from '../src/lib/server/crypto/keyring.ts';
import { connect } from '../src/lib/server/db/connect.ts';
import { guidanceRequestsRepository } from '../src/lib/server/db/repositories/guidance-requests.ts';
import { specialistProfilesRepository } from '../src/lib/server/db/repositories/specialists.ts';
import { staffRepository } from '../src/lib/server/db/repositories/staff.ts';

const password = 'tomatoes on the porch at noon';

/** A request's parts: JSON in, the answer's JSON out; fails loudly on a refusal. */
async function call(url: string, method: string, path: string, cookie: string, body?: unknown): Promise<unknown> {
	const response = await fetch(url + path, {
		method,
		headers: { 'content-type': 'application/json', cookie },
		...(body === undefined ? {} : { body: JSON.stringify(body) })
	});
	if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
	return response.status === 204 ? undefined : response.json();
}

/** Signs up, confirms by the e-mailed link and signs in; answers the member's id and session cookie. */
export async function newPerson(url: string, dataDir: string, name: string): Promise<{ id: string; cookie: string }> {
	const email = `${name}-${Date.now()}@example.org`;
	await call(url, 'POST', '/api/v1/auth/signup', '', { email, password });
	const outbox = join(dataDir, 'outbox');
	const mail = readdirSync(outbox)
		.map((file) =>
			readFileSync(join(outbox, file), 'utf8')
				.replace(/=\r?\n/g, '')
				.replace(/=3D/g, '=')
		)
		.find((text) => text.includes(`To: ${email}`));
	const token = /token=([\w-]+)/.exec(mail ?? '')?.[1];
	if (!token) throw new Error(`no confirmation e-mail reached ${email}`);
	await fetch(`${url}/en/account/confirm?token=${token}`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
		body: new URLSearchParams({ token })
	});
	const signIn = await fetch(`${url}/api/v1/auth/signin`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ email, password })
	});
	const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
	if (!cookie) throw new Error(`sign-in failed for ${email}: ${signIn.status}`);
	const connection = connect({ dataDir });
	try {
		const row = await connection.db.selectFrom('members').select('id').where('email', '=', email).executeTakeFirst();
		return { id: row!.id, cookie };
	} finally {
		await connection.close();
	}
}

export async function guidancePages(url: string, dataDir: string): Promise<Array<{ path: string; cookie: string }>> {
	const member = await newPerson(url, dataDir, 'lighthouse-member');
	const specialist = await newPerson(url, dataDir, 'lighthouse-specialist');
	const admin = await newPerson(url, dataDir, 'lighthouse-admin');
	const lists = { conditions: ['Sober when we meet'], boundaries: ['No money'], expectations: ['Call first'] };
	await call(url, 'PUT', '/api/v1/plan', member.cookie, { ...lists, supports: ['My sister'], signs: ['Meetings'] });
	await call(url, 'POST', '/api/v1/reach-outs', member.cookie, {
		occurredAt: new Date().toISOString(),
		channel: 'text',
		said: 'I promise'
	});
	const request = {
		relationship: 'parent',
		story: 'My son called after two months. He wants to come home for the holidays.',
		urgency: 'thisWeek',
		language: 'en',
		times: 'Evenings'
	};
	const { id: requestId } = (await call(url, 'POST', '/api/v1/guidance/requests', member.cookie, request)) as {
		id: string;
	};

	const connection = connect({ dataDir });
	try {
		const now = new Date();
		const staff = staffRepository(connection.db);
		await staff.grant(admin.id, 'admin', now);
		await staff.grant(specialist.id, 'specialist', now);
		await specialistProfilesRepository(connection.db).put({
			memberId: specialist.id,
			displayName: 'Sofía Ramos',
			languages: ['en', 'es'],
			focus: ['parent', 'partner'],
			capacity: 20,
			timeZone: 'America/Chicago',
			updatedAt: now.toISOString()
		});
		await guidanceRequestsRepository(connection.db, keyringFromFile(dataDir)).assign(requestId, specialist.id, now);
	} finally {
		await connection.close();
	}

	const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
	await call(url, 'PUT', '/api/v1/specialist/availability', specialist.cookie, {
		timeZone: 'America/Chicago',
		sessionMinutes: 60,
		rules: hours,
		exceptions: [{ date: '2030-01-01', closed: true }]
	});
	const { id: threadId } = (await call(url, 'POST', '/api/v1/threads', member.cookie, { with: specialist.id })) as {
		id: string;
	};
	await call(url, 'POST', `/api/v1/threads/${threadId}/messages`, specialist.cookie, { body: 'Hello, I am Sofía.' });
	await call(url, 'POST', `/api/v1/threads/${threadId}/messages`, member.cookie, { body: 'Thank you for writing.' });
	for (const item of ['plan', 'timeline'])
		await call(url, 'POST', '/api/v1/sharing', member.cookie, { specialistId: specialist.id, item });
	await call(url, 'POST', `/api/v1/specialist/clients/${member.id}/notes`, specialist.cookie, {
		body: 'Worried about the holidays.'
	});
	const from = new Date(Date.now() + 86_400_000).toISOString();
	const to = new Date(Date.now() + 8 * 86_400_000).toISOString();
	const { slots } = (await call(
		url,
		'GET',
		`/api/v1/specialists/${specialist.id}/slots?from=${from}&to=${to}`,
		member.cookie
	)) as { slots: Array<{ startsAt: string }> };
	await call(url, 'POST', '/api/v1/bookings', member.cookie, {
		specialistId: specialist.id,
		startsAt: slots[0]!.startsAt
	});

	const client = `/en/specialist/clients/${member.id}`;
	return [
		...['/en/account/guidance', '/es/account/guidance', '/en/account/guidance/messages'].map((path) => ({
			path,
			cookie: member.cookie
		})),
		{ path: '/en/account/guidance/sessions?tz=Europe%2FMadrid', cookie: member.cookie },
		...['/en/specialist', client, `${client}/plan`, `${client}/timeline`, `${client}/messages`].map((path) => ({
			path,
			cookie: specialist.cookie
		})),
		...['/en/specialist/availability', '/en/specialist/sessions'].map((path) => ({ path, cookie: specialist.cookie })),
		...['/en/admin', '/en/admin/specialists', '/en/admin/organisation', '/en/admin/audit'].map((path) => ({
			path,
			cookie: admin.cookie
		})),
		{ path: '/en/staff/join?token=not-a-real-invitation', cookie: '' }
	];
}
