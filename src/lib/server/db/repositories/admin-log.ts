import type { Kysely } from 'kysely';
import type { AdminLog, AdminLogKind } from '#lib/core/staff/admin-log.ts';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import type { Database } from '../schema.ts';

// The admin log: inserts and reads only. There is deliberately no update or delete here, and the database's
// triggers (migration 017) refuse them from anywhere else.

export function adminLogRepository(db: Kysely<Database>): AdminLog {
	return {
		async append(entry) {
			await db
				.insertInto('admin_log')
				.values({
					id: entry.id,
					actor_id: entry.actorId,
					kind: entry.kind,
					subject_id: entry.subjectId,
					at: entry.at
				})
				.execute();
		},
		async page(before, limit) {
			let query = db
				.selectFrom('admin_log')
				.leftJoin('members', 'members.id', 'admin_log.actor_id')
				.select([
					'admin_log.id as id',
					'admin_log.actor_id as actorId',
					'admin_log.kind as kind',
					'admin_log.subject_id as subjectId',
					'admin_log.at as at',
					'members.email as actorEmail'
				])
				.orderBy('admin_log.at', 'desc')
				.orderBy('admin_log.id', 'desc')
				.limit(limit);
			if (before)
				query = query.where((eb) =>
					eb.or([
						eb('admin_log.at', '<', before.at),
						eb.and([eb('admin_log.at', '=', before.at), eb('admin_log.id', '<', before.id)])
					])
				);
			const rows = await query.execute();
			return rows.map((row) => ({ ...row, kind: row.kind as AdminLogKind }));
		}
	};
}

/** The other admins' addresses and languages, for a notice about a change one of them made. */
export async function otherAdmins(
	db: Kysely<Database>,
	exceptId: string
): Promise<{ email: string; locale: Locale }[]> {
	const rows = await db
		.selectFrom('staff')
		.innerJoin('members', 'members.id', 'staff.member_id')
		.select(['members.email as email', 'members.locale as locale'])
		.where('staff.role', '=', 'admin')
		.where('staff.member_id', '!=', exceptId)
		.execute();
	return rows.map((row) => ({ email: row.email, locale: row.locale === 'es' ? 'es' : 'en' }));
}
