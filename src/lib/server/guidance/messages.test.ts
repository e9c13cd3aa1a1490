import { describe, expect, it } from 'vitest';
import {
	listMessages,
	markRead,
	openThread,
	postMessage,
	unreadCounts,
	unreadSummary
} from '#lib/core/guidance/messages.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import type { OutgoingMail } from '#lib/core/shared/mailer.ts';
import { DIALECTS } from '../../../../test/databases.ts';
import { jobQueue } from '../jobs/index.ts';
import { MESSAGE_WAITING_JOB, messageWaitingHandler, queuedMessageNotices } from './message-notices.ts';
import { messageStream } from './message-stream.ts';
import { at, crisisText, failure, messageInstances, now } from '../../../../test/fixtures/messages.ts';

// Threads on both databases: who may use them, what is stored, unread counts and the "message waiting" e-mail.
// The live stream: message-stream.test.ts.

for (const dialect of DIALECTS) {
	describe(`Message threads on ${dialect}`, () => {
		const kit = messageInstances(dialect);

		it('lets only the member and their assigned specialist open, post, list and stream a thread', async () => {
			const assigned = await kit.setUp();
			const { deps, sent } = await kit.instance(false, assigned);
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
			const assigned = await kit.setUp();
			const { deps } = await kit.instance(false, assigned);
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

			const rows = await kit.database.db.selectFrom('messages').selectAll().orderBy('created_at').execute();
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
			const assigned = await kit.setUp();
			assigned.pairs.push(['sofia', 'eve']);
			const { deps } = await kit.instance(false, assigned);
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

			// The summary pages show (app.messages.unread): together, by thread, by the other side; never an unassigned thread.
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
			const assigned = await kit.setUp();
			const queue = jobQueue(kit.database.db, kit.database.dialect);
			const { deps } = await kit.instance(
				false,
				assigned,
				queuedMessageNotices(queue, { delayMs: 60_000, origin: 'https://porchlight.example' })
			);
			const mails: OutgoingMail[] = [];
			const handlers = {
				[MESSAGE_WAITING_JOB]: messageWaitingHandler({
					db: kit.database.db,
					store: deps.store,
					assignments: assigned,
					mail: { queue: async (mail: OutgoingMail) => void mails.push(mail), isQueued: async () => false }
				})
			};
			await kit.database.db.updateTable('members').set({ locale: 'es' }).where('id', '=', 'sofia').execute();
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
	});
}
