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
import type { Dialect } from '../connect.ts';
import type { Database } from '../schema.ts';
import { newId } from '../../ids.ts';

// The job queue on the database, for both dialects.
//
// Claiming is ONE statement: mark up to batchSize due, free jobs as taken (locked_until = now + lease) and
// count the attempt, returning them. On PostgreSQL the inner SELECT takes the rows FOR UPDATE SKIP LOCKED, so
// two instances claiming at once each get different jobs and neither waits for the other; a row another worker
// claimed a moment ago is re-checked after its lock and no longer matches (its locked_until is in the future).
// On SQLite the statement is its own write transaction and SQLite allows one writer at a time, so the same
// statement (without the locking clause, which SQLite does not have) cannot hand a job out twice either.
//
// A batch is run one job after another, so each job's lease is renewed when its turn comes, and the lease only
// has to outlast one job. The attempt count is the claim's fencing token: renewing and recording the outcome
// both require it unchanged, so a worker whose lease ran out and was taken over neither runs the job nor
// overwrites what the new holder records. A finished job keeps its row (its dedupe key still refuses the same
// job again) but not its payload.

export interface JobQueueOptions {
	/** Tries before giving up, the first included. */
	maxAttempts?: number;
	/** How long a claimed job stays taken; a handler must finish well within it (DEFAULT_LEASE_MS). */
	leaseMs?: number;
	/** Jobs claimed per statement. */
	batchSize?: number;
	/** Wait before the next try after the given number of attempts. */
	retryDelayMs?: (attempts: number) => number;
}

/**
 * Twenty minutes: comfortably longer than the longest job, which is an e-mail's SMTP conversation. Its bound,
 * `smtpSendBoundMs` in adapters/mailer.ts (from the transport's explicit connection, greeting and socket
 * timeouts), is 8 minutes; adapters/mailer.test.ts checks that the lease stays at least twice that. A lease
 * shorter than the send would let a second worker send the same e-mail while the first still waits for the
 * server. The price: a job whose worker died waits this long before another worker takes it.
 */
export const DEFAULT_LEASE_MS = 20 * 60_000;

/** What a finished job keeps of its payload: nothing (an e-mail's address and link go once it is sent). */
const ERASED = 'null';

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
	const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
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

	/** Takes the job again for a fresh lease, if this claim still holds it; false when another worker has it. */
	async function renew(id: string, attempts: number, now: Date): Promise<boolean> {
		const renewed = await db
			.updateTable('jobs')
			.set({ locked_until: later(now, leaseMs) })
			.where('id', '=', id)
			.where('attempts', '=', attempts)
			.where('done_at', 'is', null)
			.executeTakeFirst();
		return Number(renewed.numUpdatedRows) === 1;
	}

	/** Records how the attempt went, unless another worker has claimed the job since (see renew). */
	async function record(
		job: Job,
		outcome: { done_at: string | null; run_at?: string; last_error: string | null }
	): Promise<void> {
		await db
			.updateTable('jobs')
			.set({ ...outcome, locked_until: null, ...(outcome.done_at ? { payload: ERASED } : {}) })
			.where('id', '=', job.id)
			.where('attempts', '=', job.attempts)
			.execute();
	}

	return {
		async enqueue(kind, runAt, payload, dedupeKey, memberId) {
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
					member_id: memberId ?? null,
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

		async has(dedupeKey) {
			const row = await db.selectFrom('jobs').select('id').where('dedupe_key', '=', dedupeKey).executeTakeFirst();
			return row !== undefined;
		},

		// `now` is the worker's clock for the whole run: what is due, when a retry comes, when a job finished.
		async runDueJobs(now, handlers: JobHandlers) {
			const result: RunResult = { claimed: 0, succeeded: 0, retrying: 0, gaveUp: 0, lost: 0 };
			const kinds = Object.keys(handlers);
			if (kinds.length === 0) return result;
			const claimed = await claim(now, kinds);
			result.claimed = claimed.length;
			// The worker's clock moved on by the time each later job of the batch gets its turn.
			const startedAt = Date.now();
			const clock = () => new Date(now.getTime() + (Date.now() - startedAt));
			for (const [index, row] of claimed.entries()) {
				const job: Job = {
					id: row.id,
					kind: row.kind,
					payload: parsePayload(row.payload),
					attempts: Number(row.attempts),
					runAt: row.run_at
				};
				if (index > 0 && !(await renew(job.id, job.attempts, clock()))) {
					result.lost++;
					continue;
				}
				try {
					await handlers[job.kind]!(job.payload, job);
				} catch (error) {
					const lastError = describeError(error);
					if (job.attempts >= maxAttempts) {
						await record(job, { done_at: now.toISOString(), last_error: lastError });
						result.gaveUp++;
					} else {
						const next = new Date(now.getTime() + delay(job.attempts));
						await record(job, { done_at: null, run_at: next.toISOString(), last_error: lastError });
						result.retrying++;
					}
					continue;
				}
				await record(job, { done_at: now.toISOString(), last_error: null });
				result.succeeded++;
			}
			return result;
		}
	};
}
