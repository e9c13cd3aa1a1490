import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';

// Deleting an account leaves no row that names the person, in any table. Most rows go with the member row
// through ON DELETE CASCADE; this removes the rest, which name the person without a foreign key:
// - jobs whose payload, dedupe key or last error names them, their address, or one of their bookings or threads
//   (a mail job quotes the address, an SMTP reply may too);
// - staff invitations sent to their address or by them;
// - a specialist's own notes (kept by specialist_id, without a foreign key) and their read marks;
// - audit entries where they are the one who opened a client's data: the entry is the client's record, so it
//   stays, without the name of who left (actor_id '').
// A departing specialist's clients keep their threads: the thread loses its specialist (archived, read only) and
// the specialist's messages their sender id (''): the words stay the client's, no row names who wrote them.
// Their open requests go back to waiting, for an admin to give to someone else.

/** Matches `needle` anywhere in a column, literally (LIKE with its wildcards escaped), on both dialects. */
const contains = (needle: string) => `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

async function erase(trx: Transaction<Database>, memberId: string, now: Date): Promise<void> {
	const member = await trx.selectFrom('members').select('email').where('id', '=', memberId).executeTakeFirst();
	if (!member) return;
	const at = now.toISOString();

	const bookings = await trx
		.selectFrom('bookings')
		.select('id')
		.where((eb) => eb.or([eb('member_id', '=', memberId), eb('specialist_id', '=', memberId)]))
		.execute();
	const ownThreads = await trx.selectFrom('message_threads').select('id').where('member_id', '=', memberId).execute();
	// Jobs have no member column yet: they are found by what their text names. With one (a member_id on jobs),
	// `where member_id = ?` replaces the first needle; the others stay for what a payload quotes.
	const needles = [memberId, member.email, ...bookings.map((b) => b.id), ...ownThreads.map((t) => t.id)];
	for (const needle of needles) {
		const pattern = contains(needle);
		await trx
			.deleteFrom('jobs')
			.where((eb) =>
				eb.or([
					eb('payload', 'like', sql<string>`${pattern} escape '\\'`),
					eb('dedupe_key', 'like', sql<string>`${pattern} escape '\\'`),
					eb('last_error', 'like', sql<string>`${pattern} escape '\\'`)
				])
			)
			.execute();
	}

	await trx
		.deleteFrom('staff_invites')
		.where((eb) => eb.or([eb('email', '=', member.email), eb('invited_by', '=', memberId)]))
		.execute();
	await trx.deleteFrom('specialist_notes').where('specialist_id', '=', memberId).execute();
	await trx.deleteFrom('thread_reads').where('reader_id', '=', memberId).execute();
	await trx.updateTable('audit_log').set({ actor_id: '' }).where('actor_id', '=', memberId).execute();

	const theirClients = trx.selectFrom('message_threads').select('id').where('specialist_id', '=', memberId);
	await trx
		.updateTable('messages')
		.set({ sender_id: '' })
		.where('sender_id', '=', memberId)
		.where('thread_id', 'in', theirClients)
		.execute();
	await trx
		.updateTable('message_threads')
		.set({ specialist_id: null, archived_at: at })
		.where('specialist_id', '=', memberId)
		.execute();
	await trx
		.updateTable('guidance_requests')
		.set({ specialist_id: null, state: 'waiting', updated_at: at })
		.where('specialist_id', '=', memberId)
		.where('state', '=', 'assigned')
		.execute();

	// Everything else that names them goes with the member row (ON DELETE CASCADE, or SET NULL for a closed
	// request's specialist).
	await trx.deleteFrom('members').where('id', '=', memberId).execute();
}

/** Deletes the member and every row that names them, in one transaction. */
export async function eraseMember(db: Kysely<Database>, memberId: string, now: Date): Promise<void> {
	if (db.isTransaction) await erase(db as Transaction<Database>, memberId, now);
	else await db.transaction().execute((trx) => erase(trx, memberId, now));
}
