import type { ColumnType, Generated } from 'kysely';

// The jobs table (migration 007), as Kysely sees it; listed in Database (db/schema.ts).

export interface JobTable {
	id: string;
	/** What to do: a handler's name, such as `reminder.email`. */
	kind: string;
	/** ISO UTC; due once it is at or before now. On a retry, moved to when to try again. */
	run_at: string;
	/** JSON: ids and small facts, never what a person wrote; an e-mail's address and text until it is sent. Set to
	 * `null` once the job is finished, so nothing of it outlives the work. */
	payload: string;
	/** Times started; counted when claimed, so a run cut short by a crash counts too. */
	attempts: Generated<number>;
	/** Claimed by a worker until then; free again after it (the worker died). */
	locked_until: string | null;
	/** Finished: succeeded, or given up (then last_error says why). Null while pending. */
	done_at: string | null;
	/** The last failure, shortened; null after a success. */
	last_error: string | null;
	/** Unique when set: the same key again adds nothing. */
	dedupe_key: ColumnType<string | null, string | null | undefined, never>;
	created_at: ColumnType<string, string, never>;
	/** Whose job it is (migration 016): deleted with the member; null when it is no one's. */
	member_id: ColumnType<string | null, string | null | undefined, never>;
}
