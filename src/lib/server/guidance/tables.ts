import type { ColumnType } from 'kysely';

// The message tables (migration 010), as Kysely sees them; listed in Database (db/schema.ts).

export interface MessageThreadTable {
	id: string;
	/** The member the thread is for. */
	member_id: string;
	/** Their family recovery specialist (also a member). */
	specialist_id: string;
	created_at: ColumnType<string, string, never>;
}

export interface MessageTable {
	id: string;
	thread_id: string;
	sender_id: string;
	/** What was written, encrypted (place `messages.body:<id>`). */
	body_enc: string;
	/** The message check found crisis language: only the flag is kept. 0/1 on SQLite, a boolean on PostgreSQL. */
	crisis: ColumnType<boolean | number, boolean | number, never>;
	created_at: ColumnType<string, string, never>;
}

export interface ThreadReadTable {
	thread_id: string;
	reader_id: string;
	/** ISO UTC: what the other side wrote after this is unread. */
	last_read_at: string;
}
