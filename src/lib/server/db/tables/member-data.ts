import type { ColumnType } from 'kysely';
import type { CreatedAt } from './columns.ts';

// The member's own records (migrations 002, 003, 005, 006): reach-outs, contacts, plan versions, check-ins.

export interface ReachOutTable {
	id: string;
	member_id: string;
	occurred_at: string;
	channel: string;
	said_enc: string;
	did_enc: string;
	decision: string | null;
	note_enc: string;
	/** The device reach-out this one was imported from, if any: importing it again adds nothing. */
	source_id: ColumnType<string | null, string | null | undefined, never>;
	created_at: CreatedAt;
	updated_at: string;
}

export interface ContactTable {
	id: string;
	member_id: string;
	source_id: string | null;
	name_enc: string;
	phone_enc: string;
	created_at: CreatedAt;
}

export interface PlanVersionTable {
	id: string;
	member_id: string;
	version: number;
	/** The five lists, as JSON. */
	lists_enc: string;
	created_at: CreatedAt;
}

export interface CheckInTable {
	id: string;
	member_id: string;
	/** The Monday of the week, YYYY-MM-DD. */
	week: string;
	/** The answers, as JSON. */
	answers_enc: string;
	created_at: CreatedAt;
	updated_at: string;
}
