import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../databases.ts';
import { assignedRequest, database, makeStaff, memberIdOf } from './cast.ts';
import { signedInMember, type Client } from './members.ts';
import { startServer, type TestServer } from './server.ts';
import { sseReader, type SseReader } from './sse.ts';

// Sessions end everywhere at once (issue #11): a live message stream held open while its session ends (signed
// out by another request, idle, past its absolute end) closes before the next message is delivered; sign-out
// answers Clear-Site-Data, and accepts the same-origin beacon that quick exit and "Wipe this device" send.

const idleMinutes = 30;

async function openStream(who: Client, threadId: string): Promise<SseReader> {
	const answer = await who.request('GET', `/api/v1/threads/${threadId}/stream`);
	expect(answer.status, answer.text).toBe(200);
	return sseReader(answer.stream!);
}

/** A member and their specialist, with a thread; the specialist watches it live. */
async function watchedThread(server: TestServer) {
	const member = await signedInMember(server, 'member');
	const specialist = await signedInMember(server, 'specialist');
	const specialistId = await makeStaff(server, specialist, 'specialist');
	await assignedRequest(server, await memberIdOf(server, member), specialistId);
	const opened = await member.request('POST', '/api/v1/threads', { body: { with: specialistId } });
	expect(opened.status, opened.text).toBe(200);
	const threadId = (opened.json as { id: string }).id;
	const stream = await openStream(specialist, threadId);
	const post = async (body: string) => {
		const answer = await member.request('POST', `/api/v1/threads/${threadId}/messages`, { body: { body } });
		expect(answer.status, answer.text).toBe(201);
	};
	// The stream is live: a first message arrives.
	await post('Before the session ended.');
	expect(JSON.parse((await stream.next()).data)).toMatchObject({ body: 'Before the session ended.' });
	return { specialist, specialistId, threadId, stream, post };
}

/** After the session ended: the next message is never delivered, the stream closes, and it cannot reopen. */
async function expectEndedStream(watched: Awaited<ReturnType<typeof watchedThread>>): Promise<void> {
	await watched.post('After the session ended: not for this stream.');
	await expect(watched.stream.next(10_000)).rejects.toThrow('the stream ended');
	const again = await watched.specialist.request('GET', `/api/v1/threads/${watched.threadId}/stream`);
	expect(again.status).toBe(401);
	expect((await watched.specialist.get('/api/v1/account')).status).toBe(401);
}

for (const dialect of DIALECTS) {
	describe(`on ${dialect}, a live stream`, () => {
		let server: TestServer;
		beforeAll(async () => {
			server = await startServer({
				dialect,
				env: { ADDRESS_LIMIT_MULTIPLIER: '100', SESSION_IDLE_MINUTES: String(idleMinutes) }
			});
		}, 60_000);
		afterAll(async () => server?.dispose());

		it('closes before the next message when its session is signed out by another request', async () => {
			const watched = await watchedThread(server);
			const signedOut = await watched.specialist.request('POST', '/api/v1/auth/signout');
			expect(signedOut.status).toBe(204);
			await expectEndedStream(watched);
		});

		it('closes before the next message once its session has been idle too long (the stream is not activity)', async () => {
			const watched = await watchedThread(server);
			const longAgo = new Date(Date.now() - (idleMinutes + 1) * 60_000).toISOString();
			await database(server, (db) =>
				db
					.updateTable('sessions')
					.set({ last_seen_at: longAgo })
					.where('member_id', '=', watched.specialistId)
					.execute()
			);
			await expectEndedStream(watched);
		});

		it('closes before the next message once its session is past its absolute end', async () => {
			const watched = await watchedThread(server);
			const ended = new Date(Date.now() - 1_000).toISOString();
			await database(server, (db) =>
				db.updateTable('sessions').set({ expires_at: ended }).where('member_id', '=', watched.specialistId).execute()
			);
			await expectEndedStream(watched);
		});
	});
}

describe('sign-out', () => {
	let server: TestServer;
	beforeAll(async () => {
		server = await startServer({ dialect: DIALECTS[0]!, env: { ADDRESS_LIMIT_MULTIPLIER: '100' } });
	}, 60_000);
	afterAll(async () => server?.dispose());

	/** What Chromium sends for navigator.sendBeacon(url) from a page of this origin: no body, no custom header. */
	const beacon = (site: string) => ({ headers: { 'sec-fetch-site': site, 'sec-fetch-mode': 'no-cors' } });

	it('asks the browser to forget its cookies and cache, and keeps the guide’s own storage', async () => {
		const member = await signedInMember(server, 'leaving');
		const answer = await member.request('POST', '/api/v1/auth/signout');
		expect(answer.status).toBe(204);
		expect(answer.headers.get('clear-site-data')).toBe('"cache", "cookies"');
		expect((await member.get('/api/v1/account')).status).toBe(401);
	});

	it('by the beacon of "Wipe this device" ends the session and asks for storage to go too', async () => {
		const member = await signedInMember(server, 'wiping');
		const answer = await member.request('POST', '/api/v1/auth/signout?clear=device', beacon('same-origin'));
		expect(answer.status).toBe(204);
		expect(answer.headers.get('clear-site-data')).toBe('"cache", "cookies", "storage"');
		expect((await member.get('/api/v1/account')).status).toBe(401);
	});

	it('by a beacon from another site is refused, and the session goes on', async () => {
		const member = await signedInMember(server, 'targeted');
		const answer = await member.request('POST', '/api/v1/auth/signout', beacon('cross-site'));
		expect(answer.status).toBe(403);
		expect((await member.get('/api/v1/account')).status).toBe(200);
	});
});
