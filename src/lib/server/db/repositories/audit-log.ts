import type { ActorRole, AuditEntry, AuditStore, AuditedThing } from '#lib/core/guidance/audit.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

// Written once, never changed; read only by the member whose data was opened.

export function auditLogRepository(db: Kysely<Database>): AuditStore {
	return {
		async record(entry) {
			await db
				.insertInto('audit_log')
				.values({
					id: entry.id,
					member_id: entry.memberId,
					actor_id: entry.actorId,
					actor_role: entry.actorRole,
					what: entry.what,
					at: entry.at
				})
				.execute();
		},
		async of(memberId) {
			const rows = await db
				.selectFrom('audit_log')
				.selectAll()
				.where('member_id', '=', memberId)
				.orderBy('at', 'desc')
				.orderBy('id', 'desc')
				.execute();
			return rows.map((row): AuditEntry => ({
				id: row.id,
				memberId: row.member_id,
				actorId: row.actor_id,
				actorRole: row.actor_role as ActorRole,
				what: row.what as AuditedThing,
				at: row.at
			}));
		}
	};
}
