import { sql } from 'kysely';
import { connect, type Connection } from '../db/connect.ts';

// For tests only: a second app instance on the same database as a test database (test/databases.ts), with its
// own connections, as another process behind the load balancer would have.

const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The URL of the PostgreSQL database a connection is on (built from TEST_POSTGRES_URL). */
export async function databaseUrlOf(connection: Connection): Promise<string> {
	const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(connection.db);
	const url = new URL(adminUrl);
	url.pathname = `/${rows[0]!.name}`;
	return url.href;
}

/** Another connection (pool, or SQLite handle) to the same database. Close it yourself. */
export async function anotherInstance(connection: Connection): Promise<Connection> {
	if (connection.dialect === 'postgres') {
		return connect({ databaseUrl: await databaseUrlOf(connection), dataDir: '/nonexistent' });
	}
	const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(connection.db);
	const file = rows.find((row) => row.name === 'main')!.file;
	return connect({ dataDir: file.replace(/\/[^/]*$/, ''), sqliteFile: file });
}
