import pg from 'pg';

// Data-layer tests run on SQLite and PostgreSQL. When PostgreSQL cannot be reached, say so plainly and run the
// SQLite half only, rather than failing every PostgreSQL test with a connection error.
export async function checkPostgres(what: string): Promise<void> {
	const dialects = (process.env.TEST_DIALECTS ?? 'sqlite,postgres').split(',');
	if (!dialects.includes('postgres')) return;
	const url = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
	const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
	try {
		await client.connect();
		await client.query('select 1');
	} catch (error) {
		process.env.TEST_DIALECTS = dialects.filter((d) => d !== 'postgres').join(',');
		console.warn(
			`\n*** PostgreSQL at ${new URL(url).host} is unavailable (${(error as Error).message}).\n` +
				`*** SKIPPED: every PostgreSQL run of ${what}. Only SQLite was tested.\n`
		);
	} finally {
		await client.end().catch(() => undefined);
	}
}

export default function setup(): Promise<void> {
	return checkPostgres('the data-layer tests');
}
