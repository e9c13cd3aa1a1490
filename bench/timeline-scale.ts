// How long listing one member's timeline takes when the database holds many reach-outs of many members, on SQLite
// and on PostgreSQL, and the query plan that makes it so.
// Run: npm run bench:timeline -- [--members 100000] [--reach-outs 1000000] [--samples 200]
//        [--dialects sqlite,postgres] [--batch 500]          (prints figures, asserts nothing; needs no build)
//
// Seeding: members, then reach-outs each given to a member drawn at random (so about reach-outs / members each),
// with said, did and note encrypted as the app stores them (AES-256-GCM bound to reach_outs.<column>:<id>, under a
// key in the bench's own DATA_DIR/keys.json), many rows per INSERT and many INSERTs per transaction. On PostgreSQL,
// ANALYZE follows, as autovacuum would soon after a bulk load; SQLite keeps no statistics unless asked, and the
// app never asks, so it gets none here either.
// Then the reach-outs repository's list(memberId), which GET /api/v1/reach-outs answers with, decryption included,
// is timed for --samples members drawn at random, one after another, after a few untimed calls. Its own query is
// captured and shown with EXPLAIN QUERY PLAN (SQLite) or EXPLAIN ANALYZE (PostgreSQL).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { CompiledQuery, createQueryId, sql, type Kysely, type KyselyPlugin, type RootOperationNode } from 'kysely';
import { hashPassword } from '../src/lib/server/auth/password.ts';
import { encryptField, type Keyring } from '../src/lib/server/crypto/field-cipher.ts';
import { keyringFromFile } from '../src/lib/server/crypto/keyring.ts';
import { placeIn } from '../src/lib/server/crypto/places.ts';
import type { Dialect } from '../src/lib/server/db/connect.ts';
import { reachOutsRepository } from '../src/lib/server/db/repositories/reach-outs.ts';
import type { Database } from '../src/lib/server/db/schema.ts';
import { newId } from '../src/lib/server/ids.ts';
import type { ReachOutFields } from '../src/lib/core/timeline/reach-outs.ts';
import { benchDatabase, dialectsFrom, ms, quantile } from './databases.ts';
import { timeLimit } from './servers.ts';

const { values: flags } = parseArgs({
	options: {
		members: { type: 'string', default: '100000' },
		'reach-outs': { type: 'string', default: '1000000' },
		samples: { type: 'string', default: '200' },
		dialects: { type: 'string', default: 'sqlite,postgres' },
		batch: { type: 'string', default: '500' }
	}
});
const memberCount = Number(flags.members);
const reachOutCount = Number(flags['reach-outs']);
const samples = Number(flags.samples);
const batch = Number(flags.batch);
const dialects = dialectsFrom(flags.dialects);
for (const [name, value] of Object.entries({ memberCount, reachOutCount, samples, batch }))
	if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number above 0`);
// 10 columns a row: 500 rows are 5,000 parameters, well under SQLite's 32,766 and PostgreSQL's 65,535.
if (batch > 3000) throw new Error('--batch at most 3000 (parameters per statement)');

/** The same pseudo-random figures every run (mulberry32), so runs and dialects get the same data shape. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

// The core's lists, written out: importing the core's values would bring in a class Node cannot strip types from.
const channels = ['call', 'text', 'in-person', 'letter', 'social', 'other'] satisfies ReachOutFields['channel'][];
const decisions = ['cautious', 'time', 'notYet', 'notAvailable', 'yes', 'noContact'] satisfies NonNullable<
	ReachOutFields['decision']
>[];

// Text of the lengths people write: a sentence or three, sometimes nothing.
const saids = [
	'Said sorry for last time and asked to come for dinner on Sunday.',
	'Asked for money for rent again; said it is the last time, promised to pay it back next month.',
	'Called late at night, upset, said nobody in the family cares. Wanted to talk about when they were little.',
	'Texted happy birthday.',
	''
];
const dids = [
	'Listened and said I would think about it.',
	'Said no to the money, yes to a coffee on Saturday.',
	'Did not answer until the morning.',
	''
];
const notes = [
	'Felt calmer after the breathing exercise. Talk with Marta before answering.',
	'Slept badly afterwards.',
	'',
	'Remember what the counsellor said about promises made at night: answer in daylight, after sleeping on it.'
];

const place = (column: string, id: string, memberId: string) =>
	placeIn('reach_outs', column, { id, member_id: memberId });
const seconds = (since: number) => (performance.now() - since) / 1000;
const perSecond = (count: number, since: number) => Math.round(count / seconds(since)).toLocaleString('en');

async function seedMembers(db: Kysely<Database>): Promise<string[]> {
	// One real argon2id hash, shared: sign-in is not measured here, only the rows' size matters.
	const passwordHash = await hashPassword('tomatoes on the porch at noon');
	const ids = Array.from({ length: memberCount }, () => newId());
	const at = '2024-11-30T08:00:00.000Z';
	const perStatement = Math.min(batch, 4000); // 7 columns a row
	for (let start = 0; start < ids.length; start += 20 * perStatement) {
		await db.transaction().execute(async (trx) => {
			for (let from = start; from < Math.min(ids.length, start + 20 * perStatement); from += perStatement) {
				const rows = ids.slice(from, from + perStatement).map((id, i) => ({
					id,
					email: `member-${from + i}@example.org`,
					email_verified_at: at,
					password_hash: passwordHash,
					locale: (from + i) % 3 ? 'en' : 'es',
					created_at: at,
					updated_at: at
				}));
				await trx.insertInto('members').values(rows).execute();
			}
		});
	}
	return ids;
}

async function seedReachOuts(db: Kysely<Database>, keyring: Keyring, memberIds: string[]): Promise<void> {
	const next = random(42);
	const since = Date.parse('2024-12-01T00:00:00Z');
	const span = Date.parse('2026-11-30T00:00:00Z') - since;
	const perTransaction = batch * 40;
	let done = 0;
	let reported = 0;
	const started = performance.now();
	while (done < reachOutCount) {
		const inThisTransaction = Math.min(perTransaction, reachOutCount - done);
		await db.transaction().execute(async (trx) => {
			for (let sent = 0; sent < inThisTransaction; sent += batch) {
				const rows = Array.from({ length: Math.min(batch, inThisTransaction - sent) }, () => {
					const id = newId();
					const memberId = pick(next, memberIds);
					const occurred = new Date(since + Math.floor(next() * span));
					const written = new Date(occurred.getTime() + Math.floor(next() * 86_400_000)).toISOString();
					return {
						id,
						member_id: memberId,
						occurred_at: occurred.toISOString(),
						channel: pick(next, channels),
						said_enc: encryptField(keyring, pick(next, saids), place('said', id, memberId)),
						did_enc: encryptField(keyring, pick(next, dids), place('did', id, memberId)),
						decision: next() < 0.2 ? null : pick(next, decisions),
						note_enc: encryptField(keyring, pick(next, notes), place('note', id, memberId)),
						created_at: written,
						updated_at: written
					};
				});
				await trx.insertInto('reach_outs').values(rows).execute();
			}
		});
		done += inThisTransaction;
		if (done - reported >= 100_000 || done === reachOutCount) {
			reported = done;
			console.log(`    ${done.toLocaleString('en')} reach-outs (${perSecond(done, started)} rows/s)`);
		}
	}
}

/** The SQL the repository's list() sends, captured on its way out (so the plan shown is of the real query). */
async function listQuery(db: Kysely<Database>, keyring: Keyring, memberId: string): Promise<CompiledQuery> {
	let node: RootOperationNode | undefined;
	const capture: KyselyPlugin = {
		transformQuery: (args) => (node ??= args.node),
		transformResult: async (args) => args.result
	};
	await reachOutsRepository(db.withPlugin(capture), keyring).list(memberId);
	if (!node) throw new Error('list() sent no query');
	return db.getExecutor().compileQuery(node, createQueryId());
}

async function showPlan(db: Kysely<Database>, dialect: Dialect, keyring: Keyring, memberId: string): Promise<void> {
	const query = await listQuery(db, keyring, memberId);
	console.log(`  list() query: ${query.sql}`);
	const explain = dialect === 'sqlite' ? 'EXPLAIN QUERY PLAN ' : 'EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, SUMMARY OFF) ';
	const { rows } = await db.executeQuery(CompiledQuery.raw(explain + query.sql, [...query.parameters]));
	const lines = rows.map((row) => {
		const record = row as Record<string, unknown>;
		return String(dialect === 'sqlite' ? record.detail : record['QUERY PLAN']);
	});
	console.log(`  plan (${dialect === 'sqlite' ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN ANALYZE'}, one member):`);
	for (const line of lines) console.log(`    ${line}`);
	const usesIndex = lines.some((line) => line.includes('reach_outs_member_time'));
	console.log(`  uses the (member_id, occurred_at) index reach_outs_member_time: ${usesIndex ? 'yes' : 'NO'}`);
}

interface Figures {
	dialect: Dialect;
	seedSeconds: number;
	sizeMb: number | undefined;
	latencies: number[];
	meanRows: number;
	maxRows: number;
}

async function benchDialect(dialect: Dialect): Promise<Figures> {
	const database = await benchDatabase(dialect);
	const connection = database.open();
	try {
		const { db } = connection;
		const keyring = keyringFromFile(database.dataDir);
		console.log(
			`${dialect}: seeding ${memberCount.toLocaleString('en')} members, ${reachOutCount.toLocaleString('en')} reach-outs`
		);
		const seedStart = performance.now();
		const memberIds = await seedMembers(db);
		console.log(`  members: ${seconds(seedStart).toFixed(1)} s`);
		const reachOutStart = performance.now();
		await seedReachOuts(db, keyring, memberIds);
		console.log(`  reach-outs: ${seconds(reachOutStart).toFixed(1)} s`);
		if (dialect === 'postgres') {
			const analyzeStart = performance.now();
			await sql`ANALYZE members, reach_outs`.execute(db);
			console.log(`  ANALYZE: ${seconds(analyzeStart).toFixed(1)} s`);
		}
		const seedSeconds = seconds(seedStart);
		const sizeMb = await databaseSize(db, dialect, database.dataDir);
		console.log(
			`  seeded in ${seedSeconds.toFixed(1)} s; database ${sizeMb === undefined ? '?' : sizeMb.toFixed(0)} MB`
		);

		const next = random(7);
		await showPlan(db, dialect, keyring, pick(next, memberIds));

		const store = reachOutsRepository(db, keyring);
		for (let i = 0; i < 20; i++) await store.list(pick(next, memberIds)); // warm-up, not counted
		const latencies: number[] = [];
		const sizes: number[] = [];
		for (let i = 0; i < samples; i++) {
			const memberId = pick(next, memberIds);
			const started = performance.now();
			const timeline = await store.list(memberId);
			latencies.push(performance.now() - started);
			sizes.push(timeline.length);
		}
		latencies.sort((a, b) => a - b);
		const meanRows = sizes.reduce((sum, n) => sum + n, 0) / sizes.length;
		console.log(
			`  list(): p50 ${ms(quantile(latencies, 0.5))} ms, p99 ${ms(quantile(latencies, 0.99))} ms over ${samples} members (${meanRows.toFixed(1)} reach-outs each on average, at most ${Math.max(...sizes)})\n`
		);
		return { dialect, seedSeconds, sizeMb, latencies, meanRows, maxRows: Math.max(...sizes) };
	} finally {
		await connection.close();
		await database.dispose();
	}
}

async function databaseSize(db: Kysely<Database>, dialect: Dialect, dataDir: string): Promise<number | undefined> {
	if (dialect === 'postgres') {
		const { rows } = await sql<{ size: string }>`select pg_database_size(current_database()) as size`.execute(db);
		return Number(rows[0]?.size) / 1e6;
	}
	const file = join(dataDir, 'porchlight.sqlite');
	let bytes = 0;
	for (const name of [file, `${file}-wal`])
		try {
			bytes += statSync(name).size;
		} catch {
			// no WAL file
		}
	return bytes / 1e6;
}

async function main(): Promise<void> {
	timeLimit(300 + dialects.length * Math.ceil((memberCount + reachOutCount) / 1000));
	console.log(
		`${memberCount.toLocaleString('en')} members, ${reachOutCount.toLocaleString('en')} reach-outs, ${samples} timelines timed; dialects: ${dialects.join(', ')}`
	);
	console.log(`load average (1, 5, 15 min) before: ${loadavg().map((load) => load.toFixed(2))}\n`);
	const figures: Figures[] = [];
	for (const dialect of dialects) figures.push(await benchDialect(dialect));

	console.log(`list(memberId) with decryption, one call at a time (ms)`);
	const header = ['dialect', 'seed s', 'size MB', 'p50 ms', 'p99 ms', 'max ms', 'rows mean', 'rows max'];
	const lines = figures.map((f) => [
		f.dialect,
		f.seedSeconds.toFixed(1),
		f.sizeMb === undefined ? '-' : f.sizeMb.toFixed(0),
		ms(quantile(f.latencies, 0.5)),
		ms(quantile(f.latencies, 0.99)),
		ms(f.latencies.at(-1)!),
		f.meanRows.toFixed(1),
		String(f.maxRows)
	]);
	const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
	const format = (cells: string[]) =>
		cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
	console.log(format(header));
	for (const line of lines) console.log(format(line));
	console.log(`load average (1, 5, 15 min) after: ${loadavg().map((load) => load.toFixed(2))}`);
}

main().then(
	() => process.exit(0),
	(error: unknown) => {
		console.error(error);
		process.exit(1);
	}
);
