import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { openNodeSqlite } from './node-sqlite.ts';
import type { Database } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface Connection {
	db: Kysely<Database>;
	dialect: Dialect;
	close(): Promise<void>;
}

export interface ConnectOptions {
	databaseUrl?: string | undefined;
	dataDir: string;
	sqliteFile?: string;
	/** Told when PostgreSQL drops an idle connection; the pool makes a new one when needed. */
	onIdleError?: (error: Error & { code?: string }) => void;
}

/** PostgreSQL when a URL is given; otherwise the embedded SQLite file in dataDir (or the file named). */
export function connect(options: ConnectOptions): Connection {
	if (options.databaseUrl) {
		const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
		// An idle connection can be cut (a PostgreSQL restart, a failover); the pool replaces it. Without a
		// listener that error would end the whole process.
		pool.on('error', (error: Error & { code?: string }) => options.onIdleError?.(error));
		const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
		return { db, dialect: 'postgres', close: () => db.destroy() };
	}
	mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
	const file = options.sqliteFile ?? join(options.dataDir, 'porchlight.sqlite');
	const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: openNodeSqlite(file) }) });
	return { db, dialect: 'sqlite', close: () => db.destroy() };
}
