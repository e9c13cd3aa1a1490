import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connect, type Connection, type Dialect } from '../src/lib/server/db/connect.ts';
import { migrateToLatest, migrator } from '../src/lib/server/db/migrate.ts';

// Every data-layer test runs on each dialect: `for (const dialect of DIALECTS)`. TEST_DIALECTS=sqlite (or
// postgres) narrows it. PostgreSQL tests make their own throwaway database on TEST_POSTGRES_URL
// (default: 127.0.0.1:5432, trust auth) and drop it afterwards.

export const DIALECTS: Dialect[] = (process.env.TEST_DIALECTS ?? 'sqlite,postgres')
	.split(',')
	.map((name) => name.trim())
	.filter((name): name is Dialect => name === 'sqlite' || name === 'postgres');

const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase extends Connection {
	/** Drops the throwaway database (PostgreSQL) or deletes its folder (SQLite). */
	dispose(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: adminUrl });
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}

/** Brings a fresh database up to the latest schema, or only up to the named migration (to test the next one). */
async function migrate(connection: Connection, upTo?: string): Promise<void> {
	if (!upTo) {
		await migrateToLatest(connection.db);
		return;
	}
	const { error } = await migrator(connection.db).migrateTo(upTo);
	if (error) throw error;
}

/** A fresh, migrated database of the given dialect (with `upTo`, migrated only that far). */
export async function testDatabase(dialect: Dialect, { upTo }: { upTo?: string } = {}): Promise<TestDatabase> {
	if (dialect === 'sqlite') {
		const dataDir = mkdtempSync(join(tmpdir(), 'porchlight-test-'));
		const connection = connect({ dataDir });
		await migrate(connection, upTo);
		return {
			...connection,
			dispose: async () => {
				await connection.close();
				rmSync(dataDir, { recursive: true, force: true });
			}
		};
	}
	const name = `porchlight_test_${randomBytes(6).toString('hex')}`;
	await admin((client) => client.query(`CREATE DATABASE ${name}`));
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	const connection = connect({ databaseUrl: url.href, dataDir: tmpdir() });
	await migrate(connection, upTo);
	return {
		...connection,
		dispose: async () => {
			await connection.close();
			await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
		}
	};
}

/** A confirmed member with a placeholder password hash, for tests that need an owner for their rows. */
export async function insertMember(
	database: Connection,
	id: string,
	at = new Date('2026-11-30T08:00:00Z')
): Promise<string> {
	const t = at.toISOString();
	await database.db
		.insertInto('members')
		.values({
			id,
			email: `${id}@example.org`,
			email_verified_at: t,
			password_hash: 'x',
			locale: 'en',
			created_at: t,
			updated_at: t
		})
		.execute();
	return id;
}
