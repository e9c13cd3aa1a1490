import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../databases.ts';
import { assignedRequest, database, makeStaff, memberIdOf } from './cast.ts';
import { signedInMember, type Client } from './members.ts';
import { startServer, type TestServer } from './server.ts';

// Bad input on every message route (issue #5, as in the accounts issue): wrong, hostile and oversized bodies,
// ids and queries never answer 500, and nothing partial is stored.

const hostileBodies: Array<{ raw: string; contentType?: string }> = [
	{ raw: '{"body": "hi"', contentType: 'application/json' },
	{ raw: 'body=hi', contentType: 'application/x-www-form-urlencoded' },
	{ raw: '[]', contentType: 'application/json' },
	{ raw: 'null', contentType: 'application/json' },
	{ raw: '"hi"', contentType: 'application/json' },
	{ raw: '{"body": 5}', contentType: 'application/json' },
	{ raw: '{"body": ""}', contentType: 'application/json' },
	{ raw: '{"body": "   \\n "}', contentType: 'application/json' },
	{ raw: '{"body": "a\\ud800b"}', contentType: 'application/json' },
	{ raw: JSON.stringify({ body: 'x'.repeat(5001) }), contentType: 'application/json' },
	{ raw: JSON.stringify({ body: 'x'.repeat(70_000) }), contentType: 'application/json' },
	{ raw: '{"body": "hi", "senderId": "someone"}', contentType: 'application/json' },
	{ raw: '{"body": {"$gt": ""}}', contentType: 'application/json' },
	{ raw: '{"__proto__": {"body": "hi"}}', contentType: 'application/json' },
	{ raw: '' }
];
const badIds = ['%00', 'a'.repeat(65), '..%2F..', "x'%20or%201=1", '%E2%80%AE'];

for (const dialect of DIALECTS)
	describe(`bad input to messages, on ${dialect}`, () => {
		let server: TestServer;
		let member: Client;
		let specialistId: string;
		let threadId: string;
		const stored = () =>
			database(server, async (db) =>
				Number(
					(
						await db
							.selectFrom('messages')
							.select((eb) => eb.fn.countAll().as('n'))
							.executeTakeFirstOrThrow()
					).n
				)
			);

		beforeAll(async () => {
			server = await startServer({ dialect });
			member = await signedInMember(server, 'bad-input');
			const specialist = await signedInMember(server, 'bad-input-specialist');
			specialistId = await makeStaff(server, specialist, 'specialist');
			await assignedRequest(server, await memberIdOf(server, member), specialistId);
			threadId = (
				(await member.request('POST', '/api/v1/threads', { body: { with: specialistId } })).json as { id: string }
			).id;
		}, 60_000);
		afterAll(async () => server?.dispose());

		it('refuses every hostile message body with a problem, and stores nothing', async () => {
			for (const body of hostileBodies) {
				const answer = await member.request('POST', `/api/v1/threads/${threadId}/messages`, body);
				expect([400, 413], `${body.raw.slice(0, 40)}: ${answer.text.slice(0, 200)}`).toContain(answer.status);
				expect(answer.headers.get('content-type')).toBe('application/problem+json');
			}
			expect(await stored()).toBe(0);
		});

		it('refuses bad thread partners, ids and queries without a 500', async () => {
			for (const raw of [
				'{}',
				'{"with": 5}',
				'{"with": "a\\u0000"}',
				`{"with": "${'a'.repeat(65)}"}`,
				'{"with": "x", "y": 1}'
			]) {
				const answer = await member.request('POST', '/api/v1/threads', { raw, contentType: 'application/json' });
				expect(answer.status, raw).toBe(400);
			}
			// Someone who is not their specialist: as if there were no one.
			expect((await member.request('POST', '/api/v1/threads', { body: { with: 'nobody-at-all' } })).status).toBe(404);
			for (const id of badIds)
				for (const [method, tail] of [
					['GET', 'messages'],
					['POST', 'messages'],
					['POST', 'read'],
					['GET', 'stream']
				] as const) {
					const answer = await member.request(
						method,
						`/api/v1/threads/${id}/${tail}`,
						method === 'POST' ? { body: { body: 'hi' } } : {}
					);
					expect(answer.status, `${method} ${id} ${tail}`).toBe(404);
				}
			for (const since of ['yesterday', '2026-13-01T00:00:00Z', '%00', 'x'.repeat(500)]) {
				const answer = await member.get(`/api/v1/threads/${threadId}/messages?since=${since}`);
				expect(answer.status, since).toBe(400);
			}
			expect((await member.get(`/api/v1/threads/${threadId}/messages?since=2026-01-01T00:00:00.000Z`)).status).toBe(
				200
			);
			// A Last-Event-ID that names nothing replays nothing (and is not an error).
			const stream = await member.request('GET', `/api/v1/threads/${threadId}/stream`, {
				headers: { 'last-event-id': "'; drop table messages; --" }
			});
			expect(stream.status).toBe(200);
			await stream.stream?.cancel();
			expect(await stored()).toBe(0);
		});

		it('a refused page form keeps the page and stores nothing', async () => {
			for (const body of ['', '  ', 'x'.repeat(5001)]) {
				const answer = await member.postForm('/en/account/guidance/messages', { body });
				expect(answer.status).toBe(400);
			}
			expect(await stored()).toBe(0);
		});
	});
