import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SpecialistProfile, SpecialistProfiles, StaffInvites } from '#lib/core/staff/specialists.ts';
import type { Database, SpecialistProfileTable } from '../schema.ts';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const tokenShape = /^[A-Za-z0-9_-]{43}$/;

const profileOf = (row: SpecialistProfileTable): SpecialistProfile => ({
	memberId: row.member_id,
	displayName: row.display_name,
	languages: JSON.parse(row.languages) as SpecialistProfile['languages'],
	focus: JSON.parse(row.focus) as SpecialistProfile['focus'],
	capacity: Number(row.capacity),
	timeZone: row.time_zone,
	updatedAt: row.updated_at
});

/** Specialists' display names by member id (how a member knows their specialist), in one query. */
export async function displayNamesOf(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
	if (ids.length === 0) return new Map();
	const rows = await db
		.selectFrom('specialist_profiles')
		.select(['member_id', 'display_name'])
		.where('member_id', 'in', ids)
		.execute();
	return new Map(rows.map((row) => [row.member_id, row.display_name]));
}

export function specialistProfilesRepository(db: Kysely<Database>): SpecialistProfiles {
	return {
		async get(memberId) {
			const row = await db
				.selectFrom('specialist_profiles')
				.selectAll()
				.where('member_id', '=', memberId)
				.executeTakeFirst();
			return row && profileOf(row);
		},
		async put(profile) {
			const values = {
				display_name: profile.displayName,
				languages: JSON.stringify(profile.languages),
				focus: JSON.stringify(profile.focus),
				capacity: profile.capacity,
				time_zone: profile.timeZone,
				updated_at: profile.updatedAt
			};
			await db
				.insertInto('specialist_profiles')
				.values({ member_id: profile.memberId, ...values })
				.onConflict((conflict) => conflict.column('member_id').doUpdateSet(values))
				.execute();
		},
		async list() {
			const rows = await db
				.selectFrom('specialist_profiles')
				.selectAll()
				.orderBy('display_name')
				.orderBy('member_id')
				.execute();
			return rows.map(profileOf);
		}
	};
}

export function staffInvitesRepository(db: Kysely<Database>): StaffInvites {
	return {
		async issue(invite, now) {
			const token = randomBytes(32).toString('base64url');
			await db.transaction().execute(async (trx) => {
				// One live invitation per address: a newer e-mail makes the older link useless.
				await trx.deleteFrom('staff_invites').where('email', '=', invite.email).where('used_at', 'is', null).execute();
				await trx
					.insertInto('staff_invites')
					.values({
						token_hash: hashOf(token),
						email: invite.email,
						role: invite.role,
						invited_by: invite.invitedBy,
						created_at: now.toISOString(),
						expires_at: invite.expiresAt.toISOString(),
						used_at: null
					})
					.execute();
			});
			return token;
		},
		async peek(token, now) {
			if (!tokenShape.test(token)) return null;
			const row = await db
				.selectFrom('staff_invites')
				.select(['email', 'role'])
				.where('token_hash', '=', hashOf(token))
				.where('used_at', 'is', null)
				.where('expires_at', '>', now.toISOString())
				.executeTakeFirst();
			return row ?? null;
		},
		async consume(token, now) {
			if (!tokenShape.test(token)) return null;
			// UPDATE … WHERE used_at IS NULL … RETURNING: one of two simultaneous openings wins, the other gets nothing.
			const row = await db
				.updateTable('staff_invites')
				.set({ used_at: now.toISOString() })
				.where('token_hash', '=', hashOf(token))
				.where('used_at', 'is', null)
				.where('expires_at', '>', now.toISOString())
				.returning(['email', 'role'])
				.executeTakeFirst();
			return row ?? null;
		}
	};
}
