// The job queue: work to do later, done once even when several app instances run. On PostgreSQL a job is
// claimed with row locking (FOR UPDATE SKIP LOCKED), so two instances never take the same one; on SQLite the
// claim is a single write statement in the one process that owns the file.
//
// Payloads carry ids and small facts, never what a person wrote: they are stored as plain JSON, and erased when
// the job is finished (an e-mail's job holds its address and a link with a token until it is sent). A handler
// reads what it needs from the database when it runs, so it sees the latest state (a reminder for an event that
// was deleted meanwhile simply does nothing and succeeds).
//
// A claimed job is leased for a while (leaseMs); if its instance dies mid-run, another instance takes it again
// once the lease has passed. So a handler must finish well within the lease, and must be safe to repeat: a job
// that does several things (a reminder to both sides of a session) queues one job per effect, each with a
// dedupe key derived from its own job's id, so a retry adds nothing that was already added. Each e-mail is its
// own job (server/jobs/mail.ts), whose dedupe key is the e-mail's idempotency key.

/** Anything JSON can say; kept under 8000 bytes. */
export type JobPayload = string | number | boolean | null | JobPayload[] | { [key: string]: JobPayload };

export interface Job {
	id: string;
	kind: string;
	payload: JobPayload;
	/** How many times it has been started, this time included. */
	attempts: number;
	runAt: string;
}

/** Does the job; throws to have it retried later. Errors are kept (shortened): say what failed, not whom. */
export type JobHandler = (payload: JobPayload, job: Job) => Promise<void>;

export type JobHandlers = Readonly<Record<string, JobHandler>>;

export interface EnqueueResult {
	id: string;
	/** False when a job with the same dedupe key was already there: nothing was added. */
	added: boolean;
}

export interface RunResult {
	/** Jobs taken by this worker in this run. */
	claimed: number;
	succeeded: number;
	/** Failed and will be tried again later. */
	retrying: number;
	/** Failed for the last time. */
	gaveUp: number;
	/** Claimed, but its lease ran out before its turn in the batch and another worker took it: not run here. */
	lost: number;
}

export interface JobQueue {
	/**
	 * Adds a job to run at or after runAt. With a dedupe key, adding the same key again (even after the job has
	 * run) adds nothing: put the occurrence in the key, such as `reminder:<eventId>:<date>`. `memberId` says whose
	 * job it is (an e-mail's recipient), so it goes when their account does.
	 */
	enqueue(
		kind: string,
		runAt: Date,
		payload: JobPayload,
		dedupeKey?: string,
		memberId?: string
	): Promise<EnqueueResult>;
	/** Whether a job with this dedupe key was ever added (pending, done or given up). */
	has(dedupeKey: string): Promise<boolean>;
	/** Claims the jobs due at `now` that one of the handlers can do, runs them, and records how each went. */
	runDueJobs(now: Date, handlers: JobHandlers): Promise<RunResult>;
}

export const MAX_JOB_PAYLOAD_BYTES = 8000;
const KIND = /^[a-z][a-z0-9_.:-]{0,63}$/;

export function assertJobKind(kind: string): void {
	if (!KIND.test(kind)) throw new Error(`not a valid job kind: ${JSON.stringify(kind.slice(0, 80))}`);
}

export function encodeJobPayload(payload: JobPayload): string {
	const json = JSON.stringify(payload);
	if (new TextEncoder().encode(json).length > MAX_JOB_PAYLOAD_BYTES) {
		throw new Error(`a job payload is at most ${MAX_JOB_PAYLOAD_BYTES} bytes of JSON`);
	}
	return json;
}

/** When to try again after the given number of attempts: 30 s, 1 min, 2 min … at most an hour. */
export function retryDelayMs(attempts: number, baseMs = 30_000, maxMs = 3_600_000): number {
	return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
}
