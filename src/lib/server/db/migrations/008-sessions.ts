import { sql, type Kysely } from 'kysely';

// Sessions with a family recovery specialist: each specialist's weekly hours and exceptions (in their own time
// zone), and the bookings. Specialists and members are both members (members.id). A partial unique index on
// (specialist_id, starts_at) among booked rows is what makes sure two people never hold the same slot, on
// SQLite and PostgreSQL alike; cancelled rows stay, as history, and free the slot.

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('availability')
		.addColumn('specialist_id', 'text', (c) => c.primaryKey().references('members.id').onDelete('cascade'))
		.addColumn('rules', 'text', (c) => c.notNull())
		.addColumn('exceptions', 'text', (c) => c.notNull())
		.addColumn('time_zone', 'text', (c) => c.notNull())
		.addColumn('session_minutes', 'integer', (c) => c.notNull())
		.addColumn('step_minutes', 'integer', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createTable('bookings')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('specialist_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
		.addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
		.addColumn('starts_at', 'text', (c) => c.notNull())
		.addColumn('ends_at', 'text', (c) => c.notNull())
		.addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('booked', 'cancelled')`))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('cancelled_at', 'text')
		.addColumn('moved_from', 'text')
		.addColumn('series_id', 'text', (c) => c.notNull())
		.addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await db.schema
		.createIndex('bookings_slot_held')
		.unique()
		.on('bookings')
		.columns(['specialist_id', 'starts_at'])
		.where(sql.ref('state'), '=', 'booked')
		.execute();
	await db.schema.createIndex('bookings_member').on('bookings').columns(['member_id', 'starts_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('bookings').execute();
	await db.schema.dropTable('availability').execute();
}
