import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Dialect } from '../../src/lib/server/db/connect.ts';

// The built app (`npm run build`), started as production starts it: `node server/main.ts`, with its own data
// folder, its own port and, on PostgreSQL, its own throwaway database. Tests talk to it over HTTP only.

export const root = join(import.meta.dirname, '..', '..');
export const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Ports 4191-4199 by default (API_TEST_PORTS="from-to" to change): the first one free. */
const [portFrom, portTo] = (process.env.API_TEST_PORTS ?? '4191-4199').split('-').map(Number) as [number, number];
const taken = new Set<number>();

function isFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.once('error', () => resolve(false));
		probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
	});
}

async function freePort(): Promise<number> {
	for (let port = portFrom; port <= portTo; port++) {
		if (taken.has(port)) continue;
		if (await isFree(port)) {
			taken.add(port);
			return port;
		}
	}
	throw new Error(`no free port in ${portFrom}-${portTo} for the API test server`);
}

export async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: adminUrl });
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}

export function assertBuilt(): void {
	if (!existsSync(join(root, 'build', 'handler.js')))
		throw new Error('The API tests need the built app: run `npm run build` first (build/handler.js is missing).');
}

export interface TestServer {
	baseUrl: string;
	dialect: Dialect;
	dataDir: string;
	/** The throwaway PostgreSQL database (postgres only). */
	databaseUrl?: string;
	/** The environment the server runs with (for scripts such as rotate-key that must see the same data). */
	env: NodeJS.ProcessEnv;
	/** What the server has written to stdout and stderr since it last started. */
	logs(): string;
	/** Sends the signal and waits for the process to end. */
	kill(signal?: NodeJS.Signals): Promise<void>;
	/** Starts the server again on the same port, data folder and database. */
	restart(): Promise<void>;
	/** Stops the server and removes its data folder and database. */
	dispose(): Promise<void>;
}

/**
 * Starts the built server. With `sameDataAs`, a second instance of that server: its own port and process, the
 * same data folder (keys) and database; disposing of it leaves both to the first.
 */
export async function startServer({
	dialect,
	sameDataAs,
	env: extraEnv = {}
}: {
	dialect: Dialect;
	sameDataAs?: TestServer;
	env?: Record<string, string>;
}): Promise<TestServer> {
	assertBuilt();
	const port = await freePort();
	const owned = !sameDataAs;
	const dataDir = sameDataAs?.dataDir ?? mkdtempSync(join(tmpdir(), 'porchlight-api-'));
	let databaseUrl: string | undefined = sameDataAs?.databaseUrl;
	let databaseName: string | undefined;
	if (dialect === 'postgres' && owned) {
		databaseName = `porchlight_api_${randomBytes(6).toString('hex')}`;
		await admin((client) => client.query(`CREATE DATABASE ${databaseName}`));
		const url = new URL(adminUrl);
		url.pathname = `/${databaseName}`;
		databaseUrl = url.href;
	}
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		LOG_LEVEL: 'warn',
		DATA_DIR: dataDir,
		// The address the tests request: any other Host is answered 421.
		ORIGIN: `http://127.0.0.1:${port}`,
		...extraEnv
	};
	// The key lives in DATA_DIR/keys.json, made on first start; the database is the one chosen here.
	delete env.PORCHLIGHT_KEY;
	delete env.DATABASE_URL;
	delete env.SMTP_URL;
	if (databaseUrl) env.DATABASE_URL = databaseUrl;
	const baseUrl = `http://127.0.0.1:${port}`;

	let child: ChildProcess | undefined;
	let output = '';
	let exited: Promise<void> = Promise.resolve();

	async function start(): Promise<void> {
		output = '';
		const started = spawn(process.execPath, ['server/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
		child = started;
		started.stdout!.on('data', (chunk: Buffer) => (output += chunk));
		started.stderr!.on('data', (chunk: Buffer) => (output += chunk));
		exited = new Promise((resolve) => started.once('exit', () => resolve()));
		const deadline = Date.now() + 30_000;
		while (Date.now() < deadline) {
			if (started.exitCode !== null)
				throw new Error(`the server ended at start-up (code ${started.exitCode}):\n${output}`);
			try {
				const response = await fetch(`${baseUrl}/healthz`);
				if (response.ok) return;
			} catch {
				// not listening yet
			}
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		started.kill('SIGKILL');
		throw new Error(`the server did not answer /healthz within 30 s:\n${output}`);
	}

	async function kill(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
		if (child && child.exitCode === null && child.signalCode === null) {
			child.kill(signal);
			await exited;
		}
	}

	await start();
	return {
		baseUrl,
		dialect,
		dataDir,
		...(databaseUrl ? { databaseUrl } : {}),
		env,
		logs: () => output,
		kill,
		restart: async () => {
			await kill();
			await start();
		},
		dispose: async () => {
			await kill();
			taken.delete(port);
			if (!owned) return;
			rmSync(dataDir, { recursive: true, force: true });
			if (databaseName) await admin((client) => client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`));
		}
	};
}
