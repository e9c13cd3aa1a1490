import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, SessionTable } from '../schema.ts';

type Db = Kysely<Database> | Transaction<Database>;
export type SessionRow = Selectable<SessionTable>;

export async function insertSession(db: Db, row: SessionRow): Promise<void> {
	await db.insertInto('sessions').values(row).execute();
}

export async function findSession(db: Db, idHash: string): Promise<SessionRow | undefined> {
	return db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
}

export async function touchSession(db: Db, idHash: string, lastSeenAt: string): Promise<void> {
	await db.updateTable('sessions').set({ last_seen_at: lastSeenAt }).where('id_hash', '=', idHash).execute();
}

export async function markSecondFactor(db: Db, idHash: string, at: string): Promise<void> {
	await db.updateTable('sessions').set({ second_factor_at: at }).where('id_hash', '=', idHash).execute();
}

/** Deletes a session; answers whether this call was the one that deleted it. */
export async function deleteSession(db: Db, idHash: string): Promise<boolean> {
	const result = await db.deleteFrom('sessions').where('id_hash', '=', idHash).executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

/** Deletes one of a member's sessions; the member id in the condition keeps one member from ending another's. */
export async function deleteMemberSession(db: Db, memberId: string, idHash: string): Promise<boolean> {
	const result = await db
		.deleteFrom('sessions')
		.where('member_id', '=', memberId)
		.where('id_hash', '=', idHash)
		.executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

export async function deleteAllMemberSessions(db: Db, memberId: string): Promise<void> {
	await db.deleteFrom('sessions').where('member_id', '=', memberId).execute();
}

export async function deleteOtherMemberSessions(db: Db, memberId: string, keepIdHash: string): Promise<number> {
	const result = await db
		.deleteFrom('sessions')
		.where('member_id', '=', memberId)
		.where('id_hash', '!=', keepIdHash)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

export async function setSessionProvedAt(db: Db, idHash: string, provedAt: string): Promise<void> {
	await db.updateTable('sessions').set({ proved_at: provedAt }).where('id_hash', '=', idHash).execute();
}

export async function listMemberSessions(db: Db, memberId: string): Promise<SessionRow[]> {
	return db
		.selectFrom('sessions')
		.selectAll()
		.where('member_id', '=', memberId)
		.orderBy('last_seen_at', 'desc')
		.execute();
}
