import { sql, type Kysely } from 'kysely';
import {
	assertJobKind,
	encodeJobPayload,
	retryDelayMs,
	type Job,
	type JobHandlers,
	type JobPayload,
	type JobQueue,
	type RunResult
} from '#lib/core/events/jobs.ts';
import type { Dialect } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';
import { newId } from '../ids.ts';

// The job queue on the database, for both dialects.
//
// Claiming is ONE statement: mark up to batchSize due, free jobs as taken (locked_until = now + lease) and
// count the attempt, returning them. On PostgreSQL the inner SELECT takes the rows FOR UPDATE SKIP LOCKED, so
// two instances claiming at once each get different jobs and neither waits for the other; a row another worker
// claimed a moment ago is re-checked after its lock and no longer matches (its locked_until is in the future).
// On SQLite the statement is its own write transaction and SQLite allows one writer at a time, so the same
// statement (without the locking clause, which SQLite does not have) cannot hand a job out twice either.

export interface JobQueueOptions {
	/** Tries before giving up, the first included. */
	maxAttempts?: number;
	/** How long a claimed job stays taken; a handler must finish well within it. */
	leaseMs?: number;
	/** Jobs claimed per statement. */
	batchSize?: number;
	/** Wait before the next try after the given number of attempts. */
	retryDelayMs?: (attempts: number) => number;
}

const MAX_ERROR_LENGTH = 500;

function describeError(error: unknown): string {
	const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	return text.slice(0, MAX_ERROR_LENGTH);
}

const later = (from: Date, ms: number) => new Date(from.getTime() + ms).toISOString();

function parsePayload(json: string): JobPayload {
	try {
		return JSON.parse(json) as JobPayload;
	} catch {
		return null;
	}
}

export function jobQueue(db: Kysely<Database>, dialect: Dialect, options: JobQueueOptions = {}): JobQueue {
	const maxAttempts = options.maxAttempts ?? 5;
	const leaseMs = options.leaseMs ?? 5 * 60_000;
	const batchSize = options.batchSize ?? 10;
	const delay = options.retryDelayMs ?? ((attempts: number) => retryDelayMs(attempts));
	const lockClause = dialect === 'postgres' ? sql`for update skip locked` : sql``;

	async function claim(now: Date, kinds: string[]) {
		const at = now.toISOString();
		const result = await sql<{
			id: string;
			kind: string;
			run_at: string;
			payload: string;
			attempts: number;
		}>`
			update jobs set locked_until = ${later(now, leaseMs)}, attempts = attempts + 1
			where id in (
				select id from jobs
				where done_at is null and run_at <= ${at} and (locked_until is null or locked_until < ${at})
					and kind in (${sql.join(kinds)})
				order by run_at
				limit ${batchSize}
				${lockClause}
			)
			returning id, kind, run_at, payload, attempts`.execute(db);
		// RETURNING keeps no order: the earliest due first.
		return result.rows.sort((a, b) => (a.run_at < b.run_at ? -1 : a.run_at > b.run_at ? 1 : 0));
	}

	return {
		async enqueue(kind, runAt, payload, dedupeKey) {
			assertJobKind(kind);
			const json = encodeJobPayload(payload);
			const id = newId();
			const inserted = await db
				.insertInto('jobs')
				.values({
					id,
					kind,
					run_at: runAt.toISOString(),
					payload: json,
					locked_until: null,
					done_at: null,
					last_error: null,
					dedupe_key: dedupeKey ?? null,
					created_at: new Date().toISOString()
				})
				.onConflict((conflict) => conflict.column('dedupe_key').doNothing())
				.returning('id')
				.executeTakeFirst();
			if (inserted) return { id: inserted.id, added: true };
			const existing = await db
				.selectFrom('jobs')
				.select('id')
				.where('dedupe_key', '=', dedupeKey ?? null)
				.executeTakeFirstOrThrow();
			return { id: existing.id, added: false };
		},

		// `now` is the worker's clock for the whole run: what is due, when a retry comes, when a job finished.
		async runDueJobs(now, handlers: JobHandlers) {
			const result: RunResult = { claimed: 0, succeeded: 0, retrying: 0, gaveUp: 0 };
			const kinds = Object.keys(handlers);
			if (kinds.length === 0) return result;
			const claimed = await claim(now, kinds);
			result.claimed = claimed.length;
			for (const row of claimed) {
				const job: Job = {
					id: row.id,
					kind: row.kind,
					payload: parsePayload(row.payload),
					attempts: Number(row.attempts),
					runAt: row.run_at
				};
				try {
					await handlers[job.kind]!(job.payload, job);
				} catch (error) {
					const lastError = describeError(error);
					if (job.attempts >= maxAttempts) {
						await db
							.updateTable('jobs')
							.set({ done_at: now.toISOString(), locked_until: null, last_error: lastError })
							.where('id', '=', job.id)
							.execute();
						result.gaveUp++;
					} else {
						const next = new Date(now.getTime() + delay(job.attempts));
						await db
							.updateTable('jobs')
							.set({ run_at: next.toISOString(), locked_until: null, last_error: lastError })
							.where('id', '=', job.id)
							.execute();
						result.retrying++;
					}
					continue;
				}
				await db
					.updateTable('jobs')
					.set({ done_at: now.toISOString(), locked_until: null, last_error: null })
					.where('id', '=', job.id)
					.execute();
				result.succeeded++;
			}
			return result;
		}
	};
}
