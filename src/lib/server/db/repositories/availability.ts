import type { Kysely, Selectable } from 'kysely';
import type { AvailabilityStore, StoredAvailability } from '#lib/core/sessions/bookings.ts';
import type { AvailabilityTable, Database } from '../schema.ts';

// One row per specialist; saving replaces it. Nothing here is sensitive: hours and a time zone.

function open(row: Selectable<AvailabilityTable>): StoredAvailability {
	return {
		timeZone: row.time_zone,
		sessionMinutes: Number(row.session_minutes),
		stepMinutes: Number(row.step_minutes),
		rules: JSON.parse(row.rules) as StoredAvailability['rules'],
		exceptions: JSON.parse(row.exceptions) as StoredAvailability['exceptions'],
		updatedAt: row.updated_at
	};
}

export function availabilityRepository(db: Kysely<Database>): AvailabilityStore {
	return {
		async get(specialistId) {
			const row = await db
				.selectFrom('availability')
				.selectAll()
				.where('specialist_id', '=', specialistId)
				.executeTakeFirst();
			return row && open(row);
		},
		async put(specialistId, availability, now) {
			const values = {
				rules: JSON.stringify(availability.rules),
				exceptions: JSON.stringify(availability.exceptions),
				time_zone: availability.timeZone,
				session_minutes: availability.sessionMinutes,
				step_minutes: availability.stepMinutes,
				updated_at: now.toISOString()
			};
			await db
				.insertInto('availability')
				.values({ specialist_id: specialistId, ...values })
				.onConflict((conflict) => conflict.column('specialist_id').doUpdateSet(values))
				.execute();
			return { ...availability, updatedAt: values.updated_at };
		}
	};
}
