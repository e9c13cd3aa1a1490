import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { JobHandlers } from '#lib/core/events/jobs.ts';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../test/databases.ts';
import { smtpTransport, type MailTransport } from '../adapters/mailer.ts';
import type { Connection } from '../db/connect.ts';
import { anotherInstance } from '../events/test-instances.ts';
import { SESSION_REMINDER_JOB, sessionJobHandlers } from '../sessions/reminder.ts';
import { MAIL_JOB, mailHandler, mailQueue, queuedMailer, type MailQueue } from './mail.ts';
import { jobQueue } from '../db/repositories/jobs.ts';

// E-mails as jobs, against a real SMTP server (smtp-server) that can be told to refuse a chosen message.

const now = new Date('2026-11-30T08:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const from = 'Porchlight <no-reply@porchlight.test>';

interface Received {
	to: string;
	messageId: string;
	data: string;
}

/** The SMTP server: keeps what it accepted; `refuse(to)` makes it answer 451 to the next message to `to`. */
function smtpServer() {
	const received: Received[] = [];
	const refusals = new Map<string, number>();
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, done) {
			let data = '';
			stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
			stream.on('end', () => {
				const to = session.envelope.rcptTo.map((r) => r.address).join(',');
				const left = refusals.get(to) ?? 0;
				if (left > 0) {
					refusals.set(to, left - 1);
					const busy = new Error('Try again later') as Error & { responseCode: number };
					busy.responseCode = 451;
					return done(busy);
				}
				received.push({ to, messageId: /^Message-ID: (.*)$/im.exec(data)?.[1]?.trim() ?? '', data });
				done();
			});
		}
	});
	return {
		received,
		refuse: (to: string, times = 1) => void refusals.set(to, times),
		listen: () => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)),
		url: () => `smtp://127.0.0.1:${(server.server.address() as { port: number }).port}?ignoreTLS=true`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

const smtp = smtpServer();
beforeAll(() => smtp.listen());
afterAll(() => smtp.close());

const to = (address: string) => smtp.received.filter((mail) => mail.to === address);

for (const dialect of DIALECTS) {
	// Each test sets up its own database and talks to a real SMTP server: slow on a busy machine.
	describe(`E-mail jobs on ${dialect}`, { timeout: 30_000 }, () => {
		let database: TestDatabase;
		const others: Connection[] = [];
		afterEach(async () => {
			for (const other of others.splice(0)) await other.close();
			await database.dispose();
			smtp.received.length = 0;
		});

		async function booking() {
			const ana = await insertMember(database, `ana-${dialect}`);
			const sofia = await insertMember(database, `sofia-${dialect}`);
			const starts = new Date(Date.now() + 3 * 86_400_000);
			await database.db
				.insertInto('bookings')
				.values({
					id: `b-${dialect}`,
					specialist_id: sofia,
					member_id: ana,
					starts_at: starts.toISOString(),
					ends_at: new Date(starts.getTime() + 50 * 60_000).toISOString(),
					state: 'booked',
					created_at: now.toISOString(),
					cancelled_at: null,
					moved_from: null,
					series_id: `b-${dialect}`,
					sequence: 0
				})
				.execute();
			return { id: `b-${dialect}`, ana: `${ana}@example.org`, sofia: `${sofia}@example.org` };
		}

		it('a reminder that fails after its first e-mail is retried without sending that e-mail twice', async () => {
			database = await testDatabase(dialect);
			const { id, ana, sofia } = await booking();
			const queue = jobQueue(database.db, dialect, { retryDelayMs: () => 60_000 });
			// Queuing the specialist's e-mail fails once (the database went away for a moment): the reminder job
			// fails after the member's e-mail was queued, and is retried.
			const real = mailQueue(queue);
			let blips = 1;
			const mail: MailQueue = {
				isQueued: real.isQueued,
				async queue(outgoing, options) {
					if (outgoing.to === sofia && blips-- > 0) throw new Error('connection reset');
					await real.queue(outgoing, options);
				}
			};
			const handlers: JobHandlers = {
				...sessionJobHandlers({ db: database.db, mail }),
				[MAIL_JOB]: mailHandler(smtpTransport(smtp.url(), from))
			};
			await queue.enqueue(SESSION_REMINDER_JOB, now, { bookingId: id, origin: 'https://porchlight.example' });

			expect(await queue.runDueJobs(now, handlers)).toMatchObject({ claimed: 1, retrying: 1 });
			// The member's e-mail is its own job and goes; the specialist's first try is refused by the server.
			smtp.refuse(sofia);
			expect(await queue.runDueJobs(now, handlers)).toMatchObject({ claimed: 1, succeeded: 1 });
			expect(to(ana)).toHaveLength(1);
			expect(await queue.runDueJobs(minutes(1), handlers)).toMatchObject({ claimed: 1, succeeded: 1 });
			expect(await queue.runDueJobs(minutes(1), handlers)).toMatchObject({ claimed: 1, retrying: 1 });
			expect(to(sofia)).toHaveLength(0);
			expect(await queue.runDueJobs(minutes(2), handlers)).toMatchObject({ claimed: 1, succeeded: 1 });
			expect(await queue.runDueJobs(minutes(60), handlers)).toMatchObject({ claimed: 0 });

			expect(to(ana)).toHaveLength(1);
			expect(to(sofia)).toHaveLength(1);
			expect(to(ana)[0]!.data).toContain('/en/account/guidance/sessions');
			expect(to(sofia)[0]!.data).toContain('/en/specialist/sessions');
			expect(to(ana)[0]!.messageId).not.toBe(to(sofia)[0]!.messageId);
		});

		it('two job runners on one database send each e-mail once', async () => {
			database = await testDatabase(dialect);
			const second = await anotherInstance(database);
			others.push(second);
			const transport = smtpTransport(smtp.url(), from);
			const mailer = queuedMailer(mailQueue(jobQueue(database.db, dialect)), () => now);
			for (let i = 0; i < 20; i++) await mailer.send({ to: `m${i}@example.org`, subject: 'Hello', text: `n${i}` });
			// Two workers on each instance, so on PostgreSQL each pool also claims over several connections.
			const queues = [database, database, second, second].map((c) => jobQueue(c.db, c.dialect, { batchSize: 3 }));
			const handlers: JobHandlers = { [MAIL_JOB]: mailHandler(transport) };
			const worker = async (index: number) => {
				let sent = 0;
				for (;;) {
					const result = await queues[index]!.runDueJobs(now, handlers);
					sent += result.succeeded;
					if (result.claimed === 0) return sent;
				}
			};
			const sent = await Promise.all([0, 1, 2, 3].map(worker));

			expect(sent.reduce((sum, n) => sum + n, 0)).toBe(20);
			expect(sent[0]! + sent[1]!).toBeGreaterThan(0);
			expect(sent[2]! + sent[3]!).toBeGreaterThan(0);
			expect(smtp.received).toHaveLength(20);
			expect(new Set(smtp.received.map((mail) => mail.to)).size).toBe(20);
			expect(new Set(smtp.received.map((mail) => mail.messageId)).size).toBe(20);
		});

		it('keeps no address, link or server reply in a job row once its e-mail is sent or given up', async () => {
			database = await testDatabase(dialect);
			const ana = await insertMember(database, `ana-${dialect}`);
			const queue = jobQueue(database.db, dialect, { maxAttempts: 2, retryDelayMs: () => 0 });
			const refusing: MailTransport = {
				deliver: async () => {
					throw new Error('550 <gone@example.org>: no such user');
				}
			};
			const mail = mailQueue(queue);
			await mail.queue(
				{
					to: `${ana}@example.org`,
					subject: 'Reset',
					text: 'https://porchlight.example/en/account/reset?token=t0k3n',
					memberId: ana
				},
				{ key: 'reset-1', at: now }
			);
			await queue.runDueJobs(now, { [MAIL_JOB]: mailHandler(smtpTransport(smtp.url(), from)) });
			await mail.queue(
				{ to: 'gone@example.org', subject: 'Reset', text: 'https://x/?token=t0k3n' },
				{ key: 'reset-2', at: now }
			);
			await queue.runDueJobs(now, { [MAIL_JOB]: mailHandler(refusing) });
			await queue.runDueJobs(now, { [MAIL_JOB]: mailHandler(refusing) });

			const rows = await database.db.selectFrom('jobs').selectAll().orderBy('dedupe_key').execute();
			expect(rows.map((row) => [row.dedupe_key, row.member_id, row.payload])).toEqual([
				['mail:reset-1', ana, 'null'],
				['mail:reset-2', null, 'null']
			]);
			expect(rows.every((row) => row.done_at !== null)).toBe(true);
			for (const row of rows) expect(JSON.stringify(row)).not.toMatch(/example\.org|t0k3n/);
			expect(smtp.received).toHaveLength(1);
			// Queued again under the same key, long after it was sent: nothing is added, nothing sent.
			await mail.queue({ to: `${ana}@example.org`, subject: 'Reset', text: 'again' }, { key: 'reset-1', at: now });
			expect((await queue.runDueJobs(minutes(60), { [MAIL_JOB]: mailHandler(refusing) })).claimed).toBe(0);
		});

		it('deletes a member’s e-mails, sent or waiting, with their account', async () => {
			database = await testDatabase(dialect);
			const ana = await insertMember(database, `ana-${dialect}`);
			const eve = await insertMember(database, `eve-${dialect}`);
			const mail = mailQueue(jobQueue(database.db, dialect));
			for (const [memberId, key] of [
				[ana, 'a1'],
				[ana, 'a2'],
				[eve, 'e1']
			] as const) {
				await mail.queue({ to: `${memberId}@example.org`, subject: 'S', text: 'T', memberId }, { key, at: now });
			}
			const ofAna = () => database.db.selectFrom('jobs').select('id').where('member_id', '=', ana).execute();
			expect(await ofAna()).toHaveLength(2);
			await database.db.deleteFrom('members').where('id', '=', ana).execute();
			expect(await ofAna()).toEqual([]);
			const left = await database.db.selectFrom('jobs').select(['member_id', 'payload']).execute();
			expect(left).toHaveLength(1);
			expect(left[0]!.member_id).toBe(eve);
			expect(JSON.stringify(left)).not.toContain(ana);
		});

		it('sends again, with the same Message-ID, an e-mail whose acceptance was never recorded', async () => {
			database = await testDatabase(dialect);
			const queue = jobQueue(database.db, dialect, { retryDelayMs: () => 0 });
			const smtpSend = smtpTransport(smtp.url(), from);
			let cut = true;
			// The server accepts, then the worker loses its answer (a timeout after the data, a crash before the
			// job is marked done): the chosen side is at least once, recognisably the same message.
			const cutOff: MailTransport = {
				async deliver(outgoing, key) {
					await smtpSend.deliver(outgoing, key);
					if (cut) {
						cut = false;
						throw new Error('ETIMEDOUT');
					}
				}
			};
			await mailQueue(queue).queue({ to: 'ana@example.org', subject: 'S', text: 'T' }, { key: 'k', at: now });
			await queue.runDueJobs(now, { [MAIL_JOB]: mailHandler(cutOff) });
			await queue.runDueJobs(now, { [MAIL_JOB]: mailHandler(cutOff) });
			expect(smtp.received).toHaveLength(2);
			expect(smtp.received[0]!.messageId).toMatch(/^<[0-9a-f]{40}@porchlight\.test>$/);
			expect(smtp.received[1]!.messageId).toBe(smtp.received[0]!.messageId);
		});
	});
}
