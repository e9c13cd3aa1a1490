import type { ColumnType } from 'kysely';
import type { CreatedAt, CrisisFlag, CrisisLevelColumn } from './columns.ts';

// The message tables (migration 010), as Kysely sees them; listed in Database (db/schema.ts).

export interface MessageThreadTable {
	id: string;
	/** The member the thread is for. */
	member_id: string;
	/** Their family recovery specialist (also a member); null once that specialist's account is deleted. */
	specialist_id: string | null;
	created_at: ColumnType<string, string, never>;
	/** When the specialist left (migration 018): the member still reads the thread, and no one writes in it. */
	archived_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface MessageTable {
	id: string;
	thread_id: string;
	sender_id: string;
	/** What was written, encrypted (sealed to its row and thread). */
	body_enc: string;
	crisis: CrisisFlag;
	crisis_level: CrisisLevelColumn;
	created_at: CreatedAt;
}

export interface ThreadReadTable {
	thread_id: string;
	reader_id: string;
	/** ISO UTC: what the other side wrote after this is unread. */
	last_read_at: string;
}
