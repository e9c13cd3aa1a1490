import { sql, type Kysely, type Selectable } from 'kysely';
import type { Message, MessageStore, Thread } from '#lib/core/guidance/message-ports.ts';
import type { ThreadNames } from '#lib/core/guidance/thread-list.ts';
import { decryptField, encryptField, type Keyring } from '../../crypto/field-cipher.ts';
import { placeIn } from '../../crypto/places.ts';
import type { MessageTable, MessageThreadTable } from '../tables/messages.ts';
import { isWellFormedId } from '../../ids.ts';
import { crisisFlag, isCrisis } from '../crisis-flag.ts';
import type { Database } from '../schema.ts';
import { emailsOf } from './members.ts';
import { displayNamesOf } from './specialists.ts';

// Message threads and their messages. Bodies are encrypted with their place and thread, so a body moved to
// another row or thread does not decrypt. Ids from a URL or a Last-Event-ID header are checked before a query.

const place = (id: string, threadId: string) => placeIn('messages', 'body', { id, thread_id: threadId });

const asThread = (row: Selectable<MessageThreadTable>): Thread => ({
	id: row.id,
	memberId: row.member_id,
	specialistId: row.specialist_id,
	createdAt: row.created_at,
	archivedAt: row.archived_at
});

export function messagesRepository(db: Kysely<Database>, keyring: Keyring): MessageStore {
	const open = (row: Selectable<MessageTable>): Message => ({
		id: row.id,
		threadId: row.thread_id,
		senderId: row.sender_id,
		body: decryptField(keyring, row.body_enc, place(row.id, row.thread_id)),
		// 0/1 on SQLite, true/false on PostgreSQL.
		crisis: isCrisis(row.crisis),
		crisisLevel: row.crisis_level,
		createdAt: row.created_at
	});

	return {
		async thread(threadId) {
			if (!isWellFormedId(threadId)) return undefined;
			const row = await db.selectFrom('message_threads').selectAll().where('id', '=', threadId).executeTakeFirst();
			return row && asThread(row);
		},
		async threadBetween(memberId, specialistId) {
			const row = await db
				.selectFrom('message_threads')
				.selectAll()
				.where('member_id', '=', memberId)
				.where('specialist_id', '=', specialistId)
				.executeTakeFirst();
			return row && asThread(row);
		},
		async openThread(thread) {
			// The unique (member_id, specialist_id) decides between two people opening the thread at once.
			await db
				.insertInto('message_threads')
				.values({
					id: thread.id,
					member_id: thread.memberId,
					specialist_id: thread.specialistId,
					created_at: thread.createdAt
				})
				.onConflict((conflict) => conflict.columns(['member_id', 'specialist_id']).doNothing())
				.execute();
			const row = await db
				.selectFrom('message_threads')
				.selectAll()
				.where('member_id', '=', thread.memberId)
				.where('specialist_id', '=', thread.specialistId)
				.executeTakeFirstOrThrow();
			return asThread(row);
		},
		async insert(message) {
			await db
				.insertInto('messages')
				.values({
					id: message.id,
					thread_id: message.threadId,
					sender_id: message.senderId,
					body_enc: encryptField(keyring, message.body, place(message.id, message.threadId)),
					// 1/0 binds on SQLite; PostgreSQL reads the parameter "1" as true.
					crisis: crisisFlag(message.crisis),
					crisis_level: message.crisisLevel,
					created_at: message.createdAt
				})
				.execute();
		},
		async message(threadId, messageId) {
			if (!isWellFormedId(messageId)) return undefined;
			const row = await db
				.selectFrom('messages')
				.selectAll()
				.where('thread_id', '=', threadId)
				.where('id', '=', messageId)
				.executeTakeFirst();
			return row && open(row);
		},
		async list(threadId, after) {
			let query = db.selectFrom('messages').selectAll().where('thread_id', '=', threadId);
			if (after && 'since' in after) query = query.where('created_at', '>', after.since);
			else if (after) {
				query = query.where((eb) =>
					eb.or([
						eb('created_at', '>', after.createdAt),
						eb.and([eb('created_at', '=', after.createdAt), eb('id', '>', after.id)])
					])
				);
			}
			const rows = await query.orderBy('created_at').orderBy('id').execute();
			return rows.map(open);
		},
		async memberLanguage(memberId) {
			const row = await db.selectFrom('members').select('locale').where('id', '=', memberId).executeTakeFirst();
			return row?.locale === 'es' ? 'es' : 'en';
		},
		async lastRead(threadId, readerId) {
			const row = await db
				.selectFrom('thread_reads')
				.select('last_read_at')
				.where('thread_id', '=', threadId)
				.where('reader_id', '=', readerId)
				.executeTakeFirst();
			return row?.last_read_at ?? null;
		},
		async markRead(threadId, readerId, at) {
			// Forward only: a late request from another tab never marks read messages unread again.
			await db
				.insertInto('thread_reads')
				.values({ thread_id: threadId, reader_id: readerId, last_read_at: at })
				.onConflict((conflict) =>
					conflict
						.columns(['thread_id', 'reader_id'])
						.doUpdateSet({ last_read_at: at })
						.where('thread_reads.last_read_at', '<', at)
				)
				.execute();
		},
		async unreadCounts(readerId) {
			const rows = await db
				.selectFrom('message_threads as t')
				.leftJoin('thread_reads as r', (join) =>
					join.onRef('r.thread_id', '=', 't.id').on('r.reader_id', '=', readerId)
				)
				.leftJoin('messages as m', (join) =>
					join
						.onRef('m.thread_id', '=', 't.id')
						.on('m.sender_id', '<>', readerId)
						.on((eb) => eb.or([eb('r.last_read_at', 'is', null), eb('m.created_at', '>', eb.ref('r.last_read_at'))]))
				)
				.where((eb) => eb.or([eb('t.member_id', '=', readerId), eb('t.specialist_id', '=', readerId)]))
				.groupBy(['t.id', 't.member_id', 't.specialist_id', 't.created_at', 't.archived_at'])
				.select([
					't.id',
					't.member_id',
					't.specialist_id',
					't.created_at',
					't.archived_at',
					sql<number | string>`count(m.id)`.as('unread')
				])
				.orderBy('t.created_at')
				.orderBy('t.id')
				.execute();
			return rows.map((row) => ({
				threadId: row.id,
				memberId: row.member_id,
				specialistId: row.specialist_id,
				createdAt: row.created_at,
				archivedAt: row.archived_at,
				unread: Number(row.unread)
			}));
		}
	};
}

/** The names the other sides of a reader's threads go by: two queries at most, however many threads. */
export const threadNames = (db: Kysely<Database>): ThreadNames => ({
	async of({ specialists, members }) {
		return { specialists: await displayNamesOf(db, specialists), members: await emailsOf(db, members) };
	}
});
