import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../databases.ts';
import { assignedRequest, database, makeStaff, memberIdOf, proveWithPasskey } from './cast.ts';
import { client, password, signedInMember, type Client } from './members.ts';
import { startServer, type TestServer } from './server.ts';
import { sseReader } from './sse.ts';

// Messages arrive live (issue #5): a member posts, and the specialist's event stream, held open, receives it —
// on PostgreSQL across two instances of the app on one database (LISTEN/NOTIFY), on SQLite within one instance.
// A stream that reconnects with Last-Event-ID gets what it missed.

interface Live {
	id: string;
	mine: boolean;
	body: string;
	crisis: boolean;
	crisisLevel: 'urgent' | 'concern' | null;
}

async function signIn(server: TestServer, email: string): Promise<Client> {
	const who = client(server, email);
	const answer = await who.request('POST', '/api/v1/auth/signin', { body: { email, password } });
	expect(answer.status, answer.text).toBe(200);
	return who;
}

/** A member on `posting` and their assigned specialist, signed in on `watching` (the same instance, or another). */
async function pair(posting: TestServer, watching: TestServer) {
	const member = await signedInMember(posting, 'member');
	const specialistOnFirst = await signedInMember(posting, 'specialist');
	const memberId = await memberIdOf(posting, member);
	const specialistId = await makeStaff(posting, specialistOnFirst, 'specialist');
	await assignedRequest(posting, memberId, specialistId);
	const specialist = watching === posting ? specialistOnFirst : await signIn(watching, specialistOnFirst.email!);
	// Signed in again by password: the fixture proves that session with the passkey too (see proveWithPasskey).
	if (watching !== posting) await database(watching, (db) => proveWithPasskey(db, specialistId));
	const opened = await member.request('POST', '/api/v1/threads', { body: { with: specialistId } });
	expect(opened.status, opened.text).toBe(200);
	return { member, specialist, threadId: (opened.json as { id: string }).id };
}

async function openStream(who: Client, threadId: string, lastEventId?: string) {
	const answer = await who.request('GET', `/api/v1/threads/${threadId}/stream`, {
		headers: lastEventId ? { 'last-event-id': lastEventId } : {}
	});
	expect(answer.status, answer.text).toBe(200);
	expect(answer.headers.get('content-type')).toMatch(/^text\/event-stream/);
	return sseReader(answer.stream!);
}

async function post(who: Client, threadId: string, body: string): Promise<Live> {
	const answer = await who.request('POST', `/api/v1/threads/${threadId}/messages`, { body: { body } });
	expect(answer.status, answer.text).toBe(201);
	return answer.json as Live;
}

async function liveDelivery(posting: TestServer, watching: TestServer) {
	const { member, specialist, threadId } = await pair(posting, watching);
	const stream = await openStream(specialist, threadId);
	try {
		const first = await post(member, threadId, 'He called tonight, and he sounded calm.');
		const event = await stream.next();
		expect(event.event).toBe('message');
		expect(event.id).toBe(first.id);
		expect(JSON.parse(event.data)).toMatchObject({
			id: first.id,
			mine: false,
			body: 'He called tonight, and he sounded calm.',
			crisis: false
		});

		// Crisis words are flagged on the live event too (the specialist's page marks the message).
		const second = await post(member, threadId, 'You would all be better off without me.');
		expect(second).toMatchObject({ crisis: true, crisisLevel: 'concern' });
		const crisis = JSON.parse((await stream.next()).data) as Live;
		expect(crisis).toMatchObject({ id: second.id, crisis: true, crisisLevel: 'concern' });

		// The unread count on the specialist's side of the list, from either instance.
		const list = await specialist.get('/api/v1/threads');
		const thread = (list.json as { threads: { id: string; unread: number }[] }).threads.find((t) => t.id === threadId);
		expect(thread?.unread).toBe(2);
	} finally {
		await stream.close();
	}
	// Reconnecting after the first message: the second is replayed from the database, before anything new.
	const messages = (await specialist.get(`/api/v1/threads/${threadId}/messages`)).json as { messages: Live[] };
	const replay = await openStream(specialist, threadId, messages.messages[0]!.id);
	try {
		expect((JSON.parse((await replay.next()).data) as Live).id).toBe(messages.messages[1]!.id);
	} finally {
		await replay.close();
	}
}

const servers: TestServer[] = [];
afterAll(async () => {
	for (const server of servers.reverse()) await server.dispose();
});

describe('messages arrive live', () => {
	if (DIALECTS.includes('postgres'))
		it('across two instances on one PostgreSQL database', async () => {
			const first = await startServer({ dialect: 'postgres' });
			servers.push(first);
			const second = await startServer({ dialect: 'postgres', sameDataAs: first });
			servers.push(second);
			await liveDelivery(first, second);
			// And the other way round: posted on the second, received on the first.
			await liveDelivery(second, first);
		}, 90_000);

	if (DIALECTS.includes('sqlite'))
		it('within one instance on SQLite', async () => {
			const server = await startServer({ dialect: 'sqlite' });
			servers.push(server);
			await liveDelivery(server, server);
		}, 60_000);
});
