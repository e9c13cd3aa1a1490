import type { Kysely } from 'kysely';

// The organisation's own crisis resources for its region (issue #5), in the shape of config/crisis-resources.json,
// as JSON text. None stored means the deployment's file (CRISIS_RESOURCES_FILE) applies.

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('organisation').addColumn('crisis_resources', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('organisation').dropColumn('crisis_resources').execute();
}
