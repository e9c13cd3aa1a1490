import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

// Kysely's SqliteDialect expects better-sqlite3's shape; this adapts Node's built-in node:sqlite to it, so the
// embedded database needs no native addon.

function bindable(value: unknown): SQLInputValue {
	// node:sqlite binds only null, numbers, bigints, strings and bytes.
	if (value === undefined) return null;
	if (typeof value === 'boolean') return value ? 1 : 0;
	if (value instanceof Date) return value.toISOString();
	return value as SQLInputValue;
}

export function openNodeSqlite(path: string): SqliteDatabase {
	const database = new DatabaseSync(path);
	// WAL for concurrent readers; foreign keys enforced; FULL so an acknowledged write survives a crash.
	database.exec(
		'PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;'
	);
	return {
		close: () => database.close(),
		prepare(sql: string): SqliteStatement {
			const statement = database.prepare(sql);
			const reader = statement.columns().length > 0;
			return {
				reader,
				all: (parameters) => statement.all(...parameters.map(bindable)),
				run: (parameters) => {
					const result = statement.run(...parameters.map(bindable));
					return { changes: result.changes, lastInsertRowid: result.lastInsertRowid };
				},
				iterate: (parameters) => statement.iterate(...parameters.map(bindable))
			};
		}
	};
}
