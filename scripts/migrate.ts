// npm run migrate: brings the database (DATABASE_URL, or the SQLite file in DATA_DIR) up to the latest schema.
// The server does the same on start; this is for deploying the schema first, or checking it.
import { connect } from '../src/lib/server/db/connect.ts';
import { migrateToLatest } from '../src/lib/server/db/migrate.ts';

// The SQLite file it may create is for this user only (see src/lib/server/data-dir.ts).
process.umask(0o077);

const connection = connect({
	databaseUrl: process.env.DATABASE_URL || undefined,
	dataDir: process.env.DATA_DIR || './data'
});
try {
	const { results } = await migrateToLatest(connection.db);
	const applied = results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? [];
	console.log(
		applied.length
			? `applied on ${connection.dialect}: ${applied.join(', ')}`
			: `${connection.dialect}: already up to date`
	);
} finally {
	await connection.close();
}
