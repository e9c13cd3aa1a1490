import type { Kysely } from 'kysely';
import type { ActorRole, AuditedThing } from '#lib/core/guidance/audit.ts';
import { crisisResourcesSchema } from '#lib/core/crisis/resources.ts';
import type {
	AdminAuditEntry,
	AdminAuditStore,
	OrganisationStore,
	SpecialistDirectory,
	SpecialistEntry
} from '#lib/core/staff/admin.ts';
import type { SpecialistProfile } from '#lib/core/staff/specialists.ts';
import type { Database } from '../schema.ts';

// What the organisation's admin reads: the specialists with their load, the organisation's one row, and the
// audit log with the e-mail addresses of who opened whose data.

const organisationId = 'org';

export function specialistDirectoryRepository(db: Kysely<Database>): SpecialistDirectory {
	return {
		async list() {
			const rows = await db
				.selectFrom('staff')
				.innerJoin('members', 'members.id', 'staff.member_id')
				.leftJoin('specialist_profiles', 'specialist_profiles.member_id', 'staff.member_id')
				.select([
					'staff.member_id as memberId',
					'members.email as email',
					'specialist_profiles.display_name as displayName',
					'specialist_profiles.languages as languages',
					'specialist_profiles.focus as focus',
					'specialist_profiles.capacity as capacity',
					'specialist_profiles.time_zone as timeZone',
					'specialist_profiles.updated_at as updatedAt'
				])
				.where('staff.role', '=', 'specialist')
				.execute();
			const loads = await db
				.selectFrom('guidance_requests')
				.select(['specialist_id', (eb) => eb.fn.count<string | number>('member_id').distinct().as('n')])
				.where('state', '=', 'assigned')
				.where('specialist_id', 'is not', null)
				.groupBy('specialist_id')
				.execute();
			const loadOf = new Map(loads.map((row) => [row.specialist_id, Number(row.n)]));
			const entries = rows.map((row): SpecialistEntry => ({
				memberId: row.memberId,
				email: row.email,
				profile:
					row.displayName === null
						? null
						: {
								memberId: row.memberId,
								displayName: row.displayName,
								languages: JSON.parse(row.languages!) as SpecialistProfile['languages'],
								focus: JSON.parse(row.focus!) as SpecialistProfile['focus'],
								capacity: Number(row.capacity),
								timeZone: row.timeZone!,
								updatedAt: row.updatedAt!
							},
				openClients: loadOf.get(row.memberId) ?? 0
			}));
			const key = (entry: SpecialistEntry) => [entry.profile ? 0 : 1, entry.profile?.displayName ?? entry.email];
			return entries.sort((a, b) => {
				const [ka, kb] = [key(a), key(b)];
				return (
					Number(ka[0]) - Number(kb[0]) ||
					String(ka[1]).localeCompare(String(kb[1])) ||
					(a.memberId < b.memberId ? -1 : 1)
				);
			});
		}
	};
}

export function organisationRepository(db: Kysely<Database>): OrganisationStore {
	return {
		async get() {
			const row = await db.selectFrom('organisation').selectAll().where('id', '=', organisationId).executeTakeFirst();
			if (!row) return { name: null, crisisResources: null, updatedAt: null };
			// Stored only after the same checks; one that no longer passes them (a newer schema) is set aside.
			const parsed =
				row.crisis_resources === null ? null : crisisResourcesSchema.safeParse(JSON.parse(row.crisis_resources));
			return {
				name: row.name,
				crisisResources: parsed?.success ? parsed.data : null,
				updatedAt: row.updated_at
			};
		},
		async put(settings) {
			const values = {
				name: settings.name,
				crisis_resources: settings.crisisResources === null ? null : JSON.stringify(settings.crisisResources),
				updated_at: settings.updatedAt
			};
			await db
				.insertInto('organisation')
				.values({ id: organisationId, ...values })
				.onConflict((conflict) => conflict.column('id').doUpdateSet(values))
				.execute();
		}
	};
}

export function adminAuditRepository(db: Kysely<Database>): AdminAuditStore {
	return {
		async page(before, limit) {
			let query = db
				.selectFrom('audit_log')
				.innerJoin('members as member', 'member.id', 'audit_log.member_id')
				.leftJoin('members as actor', 'actor.id', 'audit_log.actor_id')
				.select([
					'audit_log.id as id',
					'audit_log.actor_role as role',
					'audit_log.what as what',
					'audit_log.at as at',
					'member.email as memberEmail',
					'actor.email as staffEmail'
				])
				.orderBy('audit_log.at', 'desc')
				.orderBy('audit_log.id', 'desc')
				.limit(limit);
			if (before)
				query = query.where((eb) =>
					eb.or([
						eb('audit_log.at', '<', before.at),
						eb.and([eb('audit_log.at', '=', before.at), eb('audit_log.id', '<', before.id)])
					])
				);
			const rows = await query.execute();
			return rows.map((row): AdminAuditEntry => ({
				id: row.id,
				staffEmail: row.staffEmail,
				role: row.role as ActorRole,
				what: row.what as AuditedThing,
				memberEmail: row.memberEmail,
				at: row.at
			}));
		}
	};
}
