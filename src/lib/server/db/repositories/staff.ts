import type { Kysely } from 'kysely';
import type { Staff } from '#lib/core/staff/create-admin.ts';
import type { Database } from '../schema.ts';

export function staffRepository(db: Kysely<Database>): Staff {
	return {
		async roleOf(memberId) {
			const row = await db.selectFrom('staff').select('role').where('member_id', '=', memberId).executeTakeFirst();
			return row?.role;
		},
		async grant(memberId, role, now) {
			await db
				.insertInto('staff')
				.values({ member_id: memberId, role, created_at: now.toISOString() })
				.onConflict((conflict) => conflict.column('member_id').doUpdateSet({ role }))
				.execute();
		}
	};
}
