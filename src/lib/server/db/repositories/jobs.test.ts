import { afterEach, describe, expect, it } from 'vitest';
import type { JobHandlers, JobPayload } from '#lib/core/events/jobs.ts';
import { DIALECTS, testDatabase, type TestDatabase } from '../../../../../test/databases.ts';
import type { Connection } from '../connect.ts';
import { anotherInstance } from '../../events/test-instances.ts';
import { jobQueue } from './jobs.ts';
import { startJobRunner } from '../../jobs/runner.ts';

const now = new Date('2026-11-30T08:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (const dialect of DIALECTS) {
	describe(`The job queue on ${dialect}`, () => {
		let database: TestDatabase;
		const others: Connection[] = [];
		afterEach(async () => {
			for (const other of others.splice(0)) await other.close();
			await database.dispose();
		});

		it('two instances racing over 50 due jobs run each exactly once', async () => {
			database = await testDatabase(dialect);
			const second = await anotherInstance(database);
			others.push(second);
			// Two workers on each instance: on PostgreSQL each pool claims over several connections at once.
			const queues = [database, database, second, second].map((c) => jobQueue(c.db, c.dialect, { batchSize: 3 }));
			for (let i = 0; i < 50; i++) await queues[i % 2]!.enqueue('reminder.email', minutes(-i), { eventId: `e${i}` });

			const runs = new Map<string, string[]>();
			const handlers = (who: string): JobHandlers => ({
				'reminder.email': async (payload) => {
					const id = (payload as { eventId: string }).eventId;
					runs.set(id, [...(runs.get(id) ?? []), who]);
					await pause(2);
				}
			});
			const worker = async (index: number) => {
				let total = 0;
				for (;;) {
					const result = await queues[index]!.runDueJobs(now, handlers(`w${index}`));
					total += result.succeeded;
					if (result.claimed === 0) return total;
				}
			};
			const done = await Promise.all([worker(0), worker(1), worker(2), worker(3)]);
			expect(done.reduce((sum, n) => sum + n, 0)).toBe(50);
			expect(runs.size).toBe(50);
			for (const [, who] of runs) expect(who).toHaveLength(1);
			// Both instances took part: the claim shares the work rather than one waiting for the other to finish.
			expect(done[0]! + done[1]!).toBeGreaterThan(0);
			expect(done[2]! + done[3]!).toBeGreaterThan(0);
			const pending = await database.db.selectFrom('jobs').select('id').where('done_at', 'is', null).execute();
			expect(pending).toEqual([]);
		});

		it('retries a failing job later with backoff, and gives up after the last attempt', async () => {
			database = await testDatabase(dialect);
			const queue = jobQueue(database.db, dialect, { maxAttempts: 3, retryDelayMs: (n) => n * 60_000 });
			const { id } = await queue.enqueue('reminder.email', now, { eventId: 'e1' });
			const attempts: number[] = [];
			const handlers: JobHandlers = {
				'reminder.email': async (_payload, job) => {
					attempts.push(job.attempts);
					throw new Error('SMTP 451 try again later');
				}
			};
			const row = () => database.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

			expect(await queue.runDueJobs(now, handlers)).toMatchObject({ claimed: 1, retrying: 1 });
			expect(await row()).toMatchObject({
				attempts: 1,
				done_at: null,
				locked_until: null,
				run_at: minutes(1).toISOString(),
				last_error: 'Error: SMTP 451 try again later'
			});
			// Not again before its time.
			expect((await queue.runDueJobs(minutes(0.5), handlers)).claimed).toBe(0);
			expect(await queue.runDueJobs(minutes(1), handlers)).toMatchObject({ claimed: 1, retrying: 1 });
			expect((await row()).run_at).toBe(minutes(3).toISOString());
			expect(await queue.runDueJobs(minutes(3), handlers)).toMatchObject({ claimed: 1, gaveUp: 1 });
			expect(await row()).toMatchObject({ attempts: 3, done_at: minutes(3).toISOString() });
			expect((await queue.runDueJobs(minutes(600), handlers)).claimed).toBe(0);
			expect(attempts).toEqual([1, 2, 3]);
		});

		it('succeeds after a failure, and clears the error', async () => {
			database = await testDatabase(dialect);
			const queue = jobQueue(database.db, dialect, { retryDelayMs: () => 1000 });
			const { id } = await queue.enqueue('reminder.email', now, { eventId: 'e1' });
			let calls = 0;
			const handlers: JobHandlers = {
				'reminder.email': async () => {
					if (++calls === 1) throw new Error('once');
				}
			};
			await queue.runDueJobs(now, handlers);
			expect(await queue.runDueJobs(minutes(1), handlers)).toMatchObject({ claimed: 1, succeeded: 1 });
			const done = await database.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
			expect(done).toMatchObject({ attempts: 2, last_error: null, done_at: minutes(1).toISOString() });
		});

		it('adds one job for one dedupe key, however often it is scheduled', async () => {
			database = await testDatabase(dialect);
			const queue = jobQueue(database.db, dialect);
			const first = await queue.enqueue('reminder.email', now, { eventId: 'e1' }, 'reminder:e1:2026-12-01');
			const again = await queue.enqueue('reminder.email', minutes(5), { eventId: 'e1' }, 'reminder:e1:2026-12-01');
			const other = await queue.enqueue('reminder.email', now, { eventId: 'e2' }, 'reminder:e2:2026-12-01');
			const plain = [await queue.enqueue('x', now, null), await queue.enqueue('x', now, null)];
			expect(first.added).toBe(true);
			expect(again).toEqual({ id: first.id, added: false });
			expect(other.added).toBe(true);
			expect(plain.map((p) => p.added)).toEqual([true, true]);
			const seen: JobPayload[] = [];
			await queue.runDueJobs(minutes(10), { 'reminder.email': async (payload) => void seen.push(payload) });
			expect(seen).toEqual(expect.arrayContaining([{ eventId: 'e1' }, { eventId: 'e2' }]));
			expect(seen).toHaveLength(2);
			// Still one after it ran: the reminder is sent once.
			expect((await queue.enqueue('reminder.email', now, { eventId: 'e1' }, 'reminder:e1:2026-12-01')).added).toBe(
				false
			);
		});

		it('does not run a job before it is due, nor one of a kind this worker cannot do', async () => {
			database = await testDatabase(dialect);
			const queue = jobQueue(database.db, dialect);
			await queue.enqueue('reminder.email', minutes(60), { eventId: 'later' });
			await queue.enqueue('other.kind', now, { id: 'x' });
			const seen: JobPayload[] = [];
			const handlers: JobHandlers = { 'reminder.email': async (payload) => void seen.push(payload) };
			expect((await queue.runDueJobs(minutes(59), handlers)).claimed).toBe(0);
			expect(seen).toEqual([]);
			expect((await queue.runDueJobs(minutes(60), handlers)).succeeded).toBe(1);
			expect(seen).toEqual([{ eventId: 'later' }]);
		});

		it('gives a job whose worker died to another once its lease has passed', async () => {
			database = await testDatabase(dialect);
			const queue = jobQueue(database.db, dialect, { leaseMs: 60_000 });
			await queue.enqueue('reminder.email', now, { eventId: 'e1' });
			// A worker claims it and never comes back (the claim without the run, as after a crash).
			await database.db
				.updateTable('jobs')
				.set({ locked_until: minutes(1).toISOString() })
				.execute();
			const seen: number[] = [];
			const handlers: JobHandlers = { 'reminder.email': async (_p, job) => void seen.push(job.attempts) };
			expect((await queue.runDueJobs(minutes(0.5), handlers)).claimed).toBe(0);
			expect((await queue.runDueJobs(minutes(2), handlers)).succeeded).toBe(1);
			expect(seen).toEqual([1]);
		});

		it('a job whose lease ran out while it waited its turn in a batch is run by its new holder only', async () => {
			database = await testDatabase(dialect);
			const queue = jobQueue(database.db, dialect, { leaseMs: 50 });
			await queue.enqueue('slow', minutes(-2), null);
			await queue.enqueue('reminder.email', minutes(-1), { eventId: 'e1' });
			const runs: string[] = [];
			let taken: Promise<unknown> = Promise.resolve();
			const first: JobHandlers = {
				// While the first job of the batch runs, its lease and the waiting job's both pass, and another worker
				// (one that does not do slow jobs) takes the waiting one.
				slow: async () => {
					taken = queue.runDueJobs(new Date(now.getTime() + 100), {
						'reminder.email': async () => void runs.push('second')
					});
					await taken;
				},
				'reminder.email': async () => void runs.push('first')
			};
			expect(await queue.runDueJobs(now, first)).toMatchObject({ claimed: 2, succeeded: 1, lost: 1 });
			expect(await taken).toMatchObject({ claimed: 1, succeeded: 1 });
			expect(runs).toEqual(['second']);
			const rows = await database.db.selectFrom('jobs').select(['kind', 'attempts', 'done_at']).execute();
			expect(rows.every((row) => row.done_at !== null)).toBe(true);
		});

		it('keeps a finished job’s dedupe key but not its payload', async () => {
			database = await testDatabase(dialect);
			const queue = jobQueue(database.db, dialect, { maxAttempts: 1 });
			await queue.enqueue('reminder.email', now, { eventId: 'e1' }, 'reminder:e1');
			await queue.enqueue('failing', now, { eventId: 'e2' }, 'failing:e2');
			await queue.enqueue('reminder.email', minutes(5), { eventId: 'e3' }, 'reminder:e3');
			await queue.runDueJobs(now, {
				'reminder.email': async () => {},
				failing: async () => {
					throw new Error('no');
				}
			});
			const rows = await database.db
				.selectFrom('jobs')
				.select(['dedupe_key', 'payload'])
				.orderBy('dedupe_key')
				.execute();
			expect(rows).toEqual([
				{ dedupe_key: 'failing:e2', payload: 'null' },
				{ dedupe_key: 'reminder:e1', payload: 'null' },
				{ dedupe_key: 'reminder:e3', payload: '{"eventId":"e3"}' }
			]);
		});

		it('refuses a payload too large or a kind with odd characters', async () => {
			database = await testDatabase(dialect);
			const queue = jobQueue(database.db, dialect);
			await expect(queue.enqueue('reminder.email', now, 'x'.repeat(8001))).rejects.toThrow(/payload/);
			await expect(queue.enqueue('Bad Kind', now, null)).rejects.toThrow(/kind/);
		});

		it('the runner runs due jobs on its timer and stops', async () => {
			database = await testDatabase(dialect);
			const queue = jobQueue(database.db, dialect, { batchSize: 2 });
			for (let i = 0; i < 5; i++) await queue.enqueue('reminder.email', now, { i });
			const seen: JobPayload[] = [];
			const runner = startJobRunner({
				queue,
				handlers: { 'reminder.email': async (payload) => void seen.push(payload) },
				intervalMs: 20,
				batchSize: 2,
				clock: () => minutes(1)
			});
			await expect.poll(() => seen.length).toBe(5);
			await queue.enqueue('reminder.email', now, { i: 'now' });
			await runner.runNow();
			expect(seen).toHaveLength(6);
			await runner.stop();
			await queue.enqueue('reminder.email', now, { i: 5 });
			await pause(100);
			expect(seen).toHaveLength(6);
		});
	});
}
