// The database's own upkeep: applied migrations and one-time data steps (migration 018).

/** One-time data steps that need the keys (migration 018): a row once the step has run to the end. */
export interface DataStepTable {
	name: string;
	done_at: string;
}

export interface SchemaMigrationTable {
	name: string;
	applied_at: string;
}
