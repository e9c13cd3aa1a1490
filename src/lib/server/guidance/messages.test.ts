import { afterEach, describe, expect, it } from 'vitest';
import type { EventBus } from '#lib/core/events/bus.ts';
import {
	listMessages,
	markRead,
	openThread,
	postMessage,
	unreadCounts,
	unreadSummary,
	type Assignments,
	type MessageDeps,
	type MessageNotices
} from '#lib/core/guidance/messages.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import type { OutgoingMail } from '#lib/core/shared/mailer.ts';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../test/databases.ts';
import { newKey } from '../crypto/keyring.ts';
import type { Connection } from '../db/connect.ts';
import { messagesRepository } from '../db/repositories/messages.ts';
import { eventBusFor, inProcessEventBus } from '../events/index.ts';
import { anotherInstance, databaseUrlOf } from '../events/test-instances.ts';
import { newId } from '../ids.ts';
import { jobQueue } from '../jobs/index.ts';
import { MESSAGE_WAITING_JOB, messageWaitingHandler, queuedMessageNotices } from './message-notices.ts';
import { messageStream } from './message-stream.ts';

const key = newKey();
const keyring = { current: key, byId: new Map([[key.id, key.key]]) };
const now = new Date('2026-11-30T08:00:00Z');
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const crisisText = 'You would all be better off without me.';

/** In tests, "sofia" is the specialist assigned to "ana"; "victor" is a specialist assigned to no one. */
function assignments(pairs: [specialist: string, member: string][]): Assignments & { pairs: typeof pairs } {
	return {
		pairs,
		async isAssigned(specialistId, memberId) {
			return this.pairs.some(([s, m]) => s === specialistId && m === memberId);
		}
	};
}

const failure = (work: Promise<unknown>) =>
	work.then(
		() => 'ok',
		(e: unknown) => (e instanceof DomainError ? e.code : `thrown: ${String(e)}`)
	);

/** Reads SSE events from a Response body until `count` message events arrived, or fails after a while. */
async function readEvents(response: Response, count: number, timeoutMs = 5000) {
	const reader = response.body!.getReader();
	const decoder = new TextDecoder();
	let text = '';
	const events: { id: string; data: Record<string, unknown> }[] = [];
	const deadline = Date.now() + timeoutMs;
	while (events.length < count) {
		const left = deadline - Date.now();
		if (left <= 0) throw new Error(`only ${events.length} of ${count} events arrived: ${text}`);
		const chunk = await Promise.race([
			reader.read(),
			new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), left))
		]);
		if (chunk === 'late') continue;
		if (chunk.done) throw new Error(`the stream ended after ${events.length} events`);
		text += decoder.decode(chunk.value, { stream: true });
		let end: number;
		while ((end = text.indexOf('\n\n')) >= 0) {
			const block = text.slice(0, end);
			text = text.slice(end + 2);
			const lines = block.split('\n');
			const id = lines.find((l) => l.startsWith('id: '))?.slice(4);
			const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
			if (id && data) events.push({ id, data: JSON.parse(data) as Record<string, unknown> });
		}
	}
	return { events, reader };
}

for (const dialect of DIALECTS) {
	describe(`Message threads on ${dialect}`, () => {
		let database: TestDatabase;
		const cleanup: (() => Promise<void>)[] = [];
		afterEach(async () => {
			for (const step of cleanup.splice(0).reverse()) await step();
			await database.dispose();
		});

		/** An app instance: its own connection and bus (on SQLite one process, so one shared bus). */
		let sharedBus: EventBus;
		async function instance(own: boolean, assigned: Assignments, notices?: MessageNotices) {
			const connection: Connection = own ? await anotherInstance(database) : database;
			if (own) cleanup.push(() => connection.close());
			let bus = sharedBus;
			if (dialect === 'postgres') {
				bus = eventBusFor(connection, { databaseUrl: await databaseUrlOf(database), onError: () => undefined });
				cleanup.push(() => bus.close());
			}
			const store = messagesRepository(connection.db, keyring);
			const sent: Parameters<MessageNotices['waiting']>[0][] = [];
			const deps: MessageDeps = {
				store,
				assignments: assigned,
				bus,
				notices: notices ?? { waiting: async (notice) => void sent.push(notice) },
				newId,
				onError: (error) => {
					throw error;
				}
			};
			return { connection, deps, sent };
		}

		async function setUp() {
			database = await testDatabase(dialect);
			sharedBus = inProcessEventBus();
			cleanup.push(() => sharedBus.close());
			for (const id of ['ana', 'sofia', 'victor', 'eve']) await insertMember(database, id);
			return assignments([['sofia', 'ana']]);
		}

		it('lets only the member and their assigned specialist open, post, list and stream a thread', async () => {
			const assigned = await setUp();
			const { deps, sent } = await instance(false, assigned);
			const pair = { memberId: 'ana', specialistId: 'sofia' };
			const thread = await openThread(deps, 'ana', pair, now);
			expect((await openThread(deps, 'sofia', pair, now)).id).toBe(thread.id);
			expect(await failure(openThread(deps, 'eve', pair, now))).toBe('not_found');
			expect(await failure(openThread(deps, 'victor', { memberId: 'ana', specialistId: 'victor' }, now))).toBe(
				'not_found'
			);

			await postMessage(deps, 'ana', thread.id, { body: 'Hola, Sofía' }, now);
			await postMessage(deps, 'sofia', thread.id, { body: 'Hi Ana' }, at(1));
			for (const stranger of ['eve', 'victor']) {
				expect(await failure(postMessage(deps, stranger, thread.id, { body: 'hi' }, now))).toBe('not_found');
				expect(await failure(listMessages(deps, stranger, thread.id))).toBe('not_found');
				expect(await failure(markRead(deps, stranger, thread.id, now))).toBe('not_found');
				expect(await failure(messageStream(deps, stranger, thread.id, new Request('http://x/')))).toBe('not_found');
			}
			// A missing thread, or a malformed id, answers the same.
			expect(await failure(listMessages(deps, 'ana', 'nope'))).toBe('not_found');
			expect(await failure(listMessages(deps, 'ana', "x'\u0000"))).toBe('not_found');

			const listed = await listMessages(deps, 'ana', thread.id);
			expect(listed.map((m) => [m.senderId, m.body])).toEqual([
				['ana', 'Hola, Sofía'],
				['sofia', 'Hi Ana']
			]);
			expect((await listMessages(deps, 'sofia', thread.id, now.toISOString())).map((m) => m.body)).toEqual(['Hi Ana']);

			// Once Sofía is no longer Ana's specialist, the thread is gone for her, not for Ana.
			assigned.pairs.length = 0;
			expect(await failure(listMessages(deps, 'sofia', thread.id))).toBe('not_found');
			expect(await failure(postMessage(deps, 'sofia', thread.id, { body: 'hi' }, now))).toBe('not_found');
			expect(await listMessages(deps, 'ana', thread.id)).toHaveLength(2);
			expect(await unreadCounts(deps, 'sofia')).toEqual([]);
			// Ana may still write there (it is her thread), but no notice goes to someone who cannot read it.
			expect(sent.map((notice) => notice.recipientId)).toEqual(['sofia', 'ana']);
			await postMessage(deps, 'ana', thread.id, { body: 'still here' }, at(2));
			expect(sent.map((notice) => notice.recipientId)).toEqual(['sofia', 'ana']);
		});

		it('checks the body, keeps it encrypted at rest, and keeps only the crisis flag and level', async () => {
			const assigned = await setUp();
			const { deps } = await instance(false, assigned);
			const thread = await openThread(deps, 'ana', { memberId: 'ana', specialistId: 'sofia' }, now);
			const refusal = async (body: unknown) => {
				const error = await postMessage(deps, 'ana', thread.id, { body }, now).catch((e: unknown) => e);
				return error instanceof DomainError ? error.fields.map((f) => f.problem) : error;
			};
			expect(await refusal('')).toEqual(['messageEmpty']);
			expect(await refusal('  \n ')).toEqual(['messageEmpty']);
			expect(await refusal('x'.repeat(5001))).toEqual(['messageTooLong']);
			expect(await refusal('bad \uD800 half')).toEqual(['textInvalid']);
			expect((await postMessage(deps, 'ana', thread.id, { body: 'y'.repeat(5000) }, now)).crisis).toBe(false);

			const said = 'Ni un peso más — “no” 🙏\nsecond line';
			const plain = await postMessage(deps, 'ana', thread.id, { body: said }, at(1));
			const crisis = await postMessage(deps, 'ana', thread.id, { body: crisisText }, at(2));
			expect(plain.crisis).toBe(false);
			expect(crisis.crisis).toBe(true);

			const rows = await database.db.selectFrom('messages').selectAll().orderBy('created_at').execute();
			expect(rows).toHaveLength(3);
			for (const row of rows) {
				expect(row.body_enc).not.toContain('peso');
				expect(row.body_enc).not.toContain('better off');
			}
			expect(rows.map((row) => Boolean(row.crisis))).toEqual([false, false, true]);
			expect(rows.map((row) => row.crisis_level)).toEqual([null, null, 'concern']);
			const listed = await listMessages(deps, 'sofia', thread.id);
			expect(listed.map((m) => [m.body.slice(0, 12), m.crisis, m.crisisLevel])).toEqual([
				['yyyyyyyyyyyy', false, null],
				[said.slice(0, 12), false, null],
				[crisisText.slice(0, 12), true, 'concern']
			]);
			expect(listed[1]!.body).toBe(said);
		});

		it('counts what the other side wrote since each reader last read, and marks read forward only', async () => {
			const assigned = await setUp();
			assigned.pairs.push(['sofia', 'eve']);
			const { deps } = await instance(false, assigned);
			const withAna = await openThread(deps, 'ana', { memberId: 'ana', specialistId: 'sofia' }, now);
			const withEve = await openThread(deps, 'eve', { memberId: 'eve', specialistId: 'sofia' }, at(1));
			expect(await unreadCounts(deps, 'sofia')).toEqual([
				{ threadId: withAna.id, unread: 0 },
				{ threadId: withEve.id, unread: 0 }
			]);

			await postMessage(deps, 'ana', withAna.id, { body: 'one' }, at(2));
			await postMessage(deps, 'ana', withAna.id, { body: 'two' }, at(3));
			await postMessage(deps, 'eve', withEve.id, { body: 'hello' }, at(3));
			await postMessage(deps, 'sofia', withAna.id, { body: 'reply' }, at(4));
			expect(await unreadCounts(deps, 'sofia')).toEqual([
				{ threadId: withAna.id, unread: 2 },
				{ threadId: withEve.id, unread: 1 }
			]);
			expect(await unreadCounts(deps, 'ana')).toEqual([{ threadId: withAna.id, unread: 1 }]);
			expect(await unreadCounts(deps, 'victor')).toEqual([]);

			await markRead(deps, 'sofia', withAna.id, at(5));
			await markRead(deps, 'sofia', withAna.id, at(1)); // late, from another tab: changes nothing
			await postMessage(deps, 'ana', withAna.id, { body: 'three' }, at(6));
			expect(await unreadCounts(deps, 'sofia')).toEqual([
				{ threadId: withAna.id, unread: 1 },
				{ threadId: withEve.id, unread: 1 }
			]);
			await markRead(deps, 'ana', withAna.id, at(7));
			expect(await unreadCounts(deps, 'ana')).toEqual([{ threadId: withAna.id, unread: 0 }]);

			// The summary pages show (unreadFor): together, by thread, by the other side; never an unassigned thread.
			expect(await unreadSummary(deps, 'sofia')).toEqual({
				total: 2,
				byThread: { [withAna.id]: 1, [withEve.id]: 1 },
				byPerson: { ana: 1, eve: 1 }
			});
			assigned.pairs.splice(
				assigned.pairs.findIndex(([s, m]) => s === 'sofia' && m === 'eve'),
				1
			);
			expect(await unreadSummary(deps, 'sofia')).toEqual({
				total: 1,
				byThread: { [withAna.id]: 1 },
				byPerson: { ana: 1 }
			});
			expect(await unreadSummary(deps, 'victor')).toEqual({ total: 0, byThread: {}, byPerson: {} });
		});

		it('sends one plain "a message is waiting" e-mail per unread stretch, never what was written', async () => {
			const assigned = await setUp();
			const queue = jobQueue(database.db, database.dialect);
			const { deps } = await instance(
				false,
				assigned,
				queuedMessageNotices(queue, { delayMs: 60_000, origin: 'https://porchlight.example' })
			);
			const mails: OutgoingMail[] = [];
			const handlers = {
				[MESSAGE_WAITING_JOB]: messageWaitingHandler({
					db: database.db,
					store: deps.store,
					assignments: assigned,
					mail: { queue: async (mail: OutgoingMail) => void mails.push(mail), isQueued: async () => false }
				})
			};
			await database.db.updateTable('members').set({ locale: 'es' }).where('id', '=', 'sofia').execute();
			const thread = await openThread(deps, 'ana', { memberId: 'ana', specialistId: 'sofia' }, now);

			// A burst of three: one e-mail, after the delay.
			await postMessage(deps, 'ana', thread.id, { body: 'Secreto uno' }, now);
			await postMessage(deps, 'ana', thread.id, { body: crisisText }, at(0.1));
			await postMessage(deps, 'ana', thread.id, { body: 'Secreto tres' }, at(0.2));
			expect((await queue.runDueJobs(at(0.5), handlers)).claimed).toBe(0);
			expect((await queue.runDueJobs(at(2), handlers)).succeeded).toBe(1);
			expect(mails).toHaveLength(1);
			const mail = mails[0]!;
			expect(mail.to).toBe('sofia@example.org');
			expect(mail.subject).toBe('Tienes un mensaje nuevo en Porchlight');
			expect(mail.text).toContain('https://porchlight.example/es/account/sign-in');
			for (const word of ['Secreto', 'uno', 'tres', 'better off', 'ana', 'Ana', thread.id]) {
				expect(mail.subject + mail.text).not.toContain(word);
			}

			// More before Sofía reads: no new e-mail. After she reads, the next message makes the next one.
			await postMessage(deps, 'ana', thread.id, { body: 'cuatro' }, at(3));
			expect((await queue.runDueJobs(at(10), handlers)).claimed).toBe(0);
			await markRead(deps, 'sofia', thread.id, at(11));
			await postMessage(deps, 'ana', thread.id, { body: 'cinco' }, at(12));
			await queue.runDueJobs(at(20), handlers);
			expect(mails).toHaveLength(2);

			// Read before the job runs (she was watching live): no e-mail.
			await markRead(deps, 'sofia', thread.id, at(21));
			await postMessage(deps, 'ana', thread.id, { body: 'seis' }, at(22));
			await markRead(deps, 'sofia', thread.id, at(22.5));
			expect((await queue.runDueJobs(at(30), handlers)).succeeded).toBe(1);
			expect(mails).toHaveLength(2);

			// Unassigned since the message was posted: no e-mail about a thread she can no longer open.
			await postMessage(deps, 'ana', thread.id, { body: 'siete' }, at(31));
			assigned.pairs.length = 0;
			expect((await queue.runDueJobs(at(40), handlers)).succeeded).toBe(1);
			expect(mails).toHaveLength(2);
		});

		it('streams a message posted on another instance, live, decrypted for the reader', async () => {
			const assigned = await setUp();
			const a = await instance(false, assigned);
			const b = await instance(true, assigned);
			const thread = await openThread(a.deps, 'ana', { memberId: 'ana', specialistId: 'sofia' }, now);
			const abort = new AbortController();
			const response = await messageStream(
				b.deps,
				'sofia',
				thread.id,
				new Request('http://x/', { signal: abort.signal })
			);
			expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
			expect(response.headers.get('cache-control')).toBe('no-store');
			expect(response.headers.get('x-accel-buffering')).toBe('no');

			const posted = await postMessage(a.deps, 'ana', thread.id, { body: 'Line one\nline two 🙏' }, now);
			const crisis = await postMessage(a.deps, 'ana', thread.id, { body: crisisText }, at(1));
			const { events, reader } = await readEvents(response, 2);
			expect(events.map((e) => e.id)).toEqual([posted.id, crisis.id]);
			expect(events[0]!.data).toMatchObject({
				body: 'Line one\nline two 🙏',
				mine: false,
				senderId: 'ana',
				crisis: false
			});
			expect(events[1]!.data).toMatchObject({ crisis: true });

			// The client goes away: the stream ends and the bus stops listening for it.
			abort.abort();
			expect((await reader.read()).done).toBe(true);
		});

		it('replays what was missed after Last-Event-ID, then goes on live', async () => {
			const assigned = await setUp();
			const a = await instance(false, assigned);
			const b = await instance(true, assigned);
			const thread = await openThread(a.deps, 'ana', { memberId: 'ana', specialistId: 'sofia' }, now);
			const first = await postMessage(a.deps, 'sofia', thread.id, { body: 'first' }, now);
			// Posted while Ana's phone was off the network.
			const missed1 = await postMessage(a.deps, 'sofia', thread.id, { body: 'missed one' }, at(1));
			const missed2 = await postMessage(a.deps, 'sofia', thread.id, { body: 'missed two' }, at(1));
			// Their notifications are long gone (the in-process bus delivers on a later turn): only the replay has them.
			await new Promise((resolve) => setTimeout(resolve, 200));
			const abort = new AbortController();
			cleanup.push(async () => abort.abort());
			const response = await messageStream(
				b.deps,
				'ana',
				thread.id,
				new Request('http://x/', { signal: abort.signal, headers: { 'last-event-id': first.id } })
			);
			const live = await postMessage(a.deps, 'ana', thread.id, { body: 'back again' }, at(2));
			const { events } = await readEvents(response, 3);
			const missed = [missed1, missed2].sort((x, y) => (x.id < y.id ? -1 : 1));
			expect(events.map((e) => e.id)).toEqual([...missed.map((m) => m.id), live.id]);
			expect(events.map((e) => e.data.mine)).toEqual([false, false, true]);
		});

		it('sends heartbeats on a quiet stream, and stops listening on the bus when the client goes away', async () => {
			const assigned = await setUp();
			const a = await instance(false, assigned);
			const thread = await openThread(a.deps, 'ana', { memberId: 'ana', specialistId: 'sofia' }, now);
			let listening = 0;
			const bus: EventBus = {
				publish: (channel, payload) => a.deps.bus.publish(channel, payload),
				async subscribe(channel, listener) {
					const stop = await a.deps.bus.subscribe(channel, listener);
					listening++;
					return async () => {
						listening--;
						await stop();
					};
				},
				close: async () => undefined
			};
			const abort = new AbortController();
			const response = await messageStream(
				{ ...a.deps, bus },
				'ana',
				thread.id,
				new Request('http://x/', { signal: abort.signal }),
				{ heartbeatMs: 50 }
			);
			expect(listening).toBe(1);
			const reader = response.body!.getReader();
			const decoder = new TextDecoder();
			let text = '';
			while ((text.match(/: heartbeat/g) ?? []).length < 2) {
				const chunk = await reader.read();
				if (chunk.done) break;
				text += decoder.decode(chunk.value, { stream: true });
			}
			expect(text.startsWith('retry: 5000\n')).toBe(true);
			expect((text.match(/: heartbeat\n\n/g) ?? []).length).toBeGreaterThanOrEqual(2);
			abort.abort();
			while (!(await reader.read()).done);
			await new Promise((resolve) => setTimeout(resolve, 20));
			expect(listening).toBe(0);
		});

		it('ends the stream when the reader may no longer read the thread', async () => {
			const assigned = await setUp();
			const a = await instance(false, assigned);
			const thread = await openThread(a.deps, 'ana', { memberId: 'ana', specialistId: 'sofia' }, now);
			const response = await messageStream(a.deps, 'sofia', thread.id, new Request('http://x/'), {
				onError: () => undefined
			});
			assigned.pairs.length = 0;
			await postMessage(a.deps, 'ana', thread.id, { body: 'private' }, now);
			const text = await response.text();
			expect(text).not.toContain('private');
		});

		it('ends the stream before the next event once the reader’s session has ended', async () => {
			const assigned = await setUp();
			const a = await instance(false, assigned);
			const thread = await openThread(a.deps, 'ana', { memberId: 'ana', specialistId: 'sofia' }, now);
			let live = true;
			const response = await messageStream(a.deps, 'sofia', thread.id, new Request('http://x/'), {
				sessionLive: async () => live
			});
			const first = await postMessage(a.deps, 'ana', thread.id, { body: 'still signed in' }, now);
			const { events, reader } = await readEvents(response, 1);
			expect(events.map((e) => e.id)).toEqual([first.id]);
			live = false;
			await postMessage(a.deps, 'ana', thread.id, { body: 'after sign-out' }, at(1));
			let rest = '';
			for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
				rest += new TextDecoder().decode(chunk.value);
			expect(rest).not.toContain('after sign-out');
		});

		it('ends a quiet stream at the first heartbeat after the session has ended, sending no heartbeat', async () => {
			const assigned = await setUp();
			const a = await instance(false, assigned);
			const thread = await openThread(a.deps, 'ana', { memberId: 'ana', specialistId: 'sofia' }, now);
			let checks = 0;
			const response = await messageStream(a.deps, 'ana', thread.id, new Request('http://x/'), {
				heartbeatMs: 30,
				sessionLive: async () => ++checks < 3
			});
			const text = await response.text();
			expect(checks).toBe(3);
			expect((text.match(/: heartbeat\n\n/g) ?? []).length).toBe(2);
		});
	});
}
