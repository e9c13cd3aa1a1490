// Throwaway databases for the benches: SQLite in a temporary DATA_DIR, or a fresh PostgreSQL database made on
// BENCH_POSTGRES_URL (default: postgres@127.0.0.1:5432, trust auth) and dropped afterwards. Either is migrated.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connect, type Connection, type Dialect } from '../src/lib/server/db/connect.ts';
import { migrateToLatest } from '../src/lib/server/db/migrate.ts';

const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
	dialect: Dialect;
	/** A folder of its own (the SQLite file lives here; a server started on it keeps its keys and outbox here). */
	dataDir: string;
	/** The PostgreSQL URL, for DATABASE_URL; undefined on SQLite. */
	databaseUrl: string | undefined;
	/** Opens a connection of the bench's own (close it before dispose). */
	open(): Connection;
	/** Drops the database (PostgreSQL) and deletes the folder. */
	dispose(): Promise<void>;
}

async function admin(query: string): Promise<void> {
	const client = new pg.Client({ connectionString: adminUrl });
	await client.connect();
	try {
		await client.query(query);
	} finally {
		await client.end();
	}
}

/** `sqlite,postgres` (or one of them) from a flag, in that order. */
export function dialectsFrom(value: string): Dialect[] {
	const names = value.split(',').map((name) => name.trim());
	const unknown = names.filter((name) => name !== 'sqlite' && name !== 'postgres');
	if (unknown.length) throw new Error(`unknown dialect(s): ${unknown.join(', ')} (sqlite, postgres)`);
	return names as Dialect[];
}

/** A fresh, migrated database; its name starts with porchlight_bench_ on PostgreSQL, so a leftover is easy to spot. */
export async function benchDatabase(dialect: Dialect): Promise<BenchDatabase> {
	const dataDir = mkdtempSync(join(tmpdir(), 'porchlight-bench-'));
	let databaseUrl: string | undefined;
	let name: string | undefined;
	if (dialect === 'postgres') {
		name = `porchlight_bench_${randomBytes(6).toString('hex')}`;
		await admin(`CREATE DATABASE ${name}`);
		const url = new URL(adminUrl);
		url.pathname = `/${name}`;
		databaseUrl = url.href;
	}
	const open = () => connect({ databaseUrl, dataDir });
	const connection = open();
	try {
		await migrateToLatest(connection.db);
	} finally {
		await connection.close();
	}
	return {
		dialect,
		dataDir,
		databaseUrl,
		open,
		dispose: async () => {
			if (name) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

/** The value at quantile q (0..1) of sorted numbers, by nearest rank. */
export function quantile(sorted: number[], q: number): number {
	if (!sorted.length) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Milliseconds with a sensible number of digits. */
export function ms(value: number): string {
	if (!Number.isFinite(value)) return '-';
	return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : Math.round(value).toString();
}
