// npm run admin:create -- --email admin@example.org [--origin https://porchlight.example.org]
// Makes the organisation's first admin (or promotes an existing account) and prints a one-time link, valid for
// 24 hours, to choose the password. Uses the same database as the server (DATABASE_URL, or the SQLite file in
// DATA_DIR) and applies pending migrations first.
import { parseArgs } from 'node:util';
import { createAdmin } from '../src/lib/core/staff/create-admin.ts';
import { DomainError } from '../src/lib/core/shared/errors.ts';
import { accountDeps, argon2Passwords } from '../src/lib/server/accounts.ts';
import { connect } from '../src/lib/server/db/connect.ts';
import { migrateToLatest } from '../src/lib/server/db/migrate.ts';
import { withRoleEvents } from '../src/lib/core/security/logged-ports.ts';
import { securityLogRepository } from '../src/lib/server/db/repositories/security-events.ts';
import { staffRepository } from '../src/lib/server/db/repositories/staff.ts';

// The SQLite file it may create is for this user only (see src/lib/server/data-dir.ts).
process.umask(0o077);

const { values } = parseArgs({ options: { email: { type: 'string' }, origin: { type: 'string' } } });
if (!values.email) {
	console.error('Give the admin’s address: npm run admin:create -- --email admin@example.org');
	process.exit(2);
}
const origin = values.origin ?? process.env.ORIGIN ?? `http://localhost:${process.env.PORT ?? 3000}`;
const connection = connect({
	databaseUrl: process.env.DATABASE_URL || undefined,
	dataDir: process.env.DATA_DIR || './data'
});
try {
	await migrateToLatest(connection.db);
	// The link is printed, never e-mailed: no mail is sent from here.
	const noMail = { send: async () => undefined };
	const deps = {
		...accountDeps(connection.db, noMail, await argon2Passwords(), origin),
		staff: withRoleEvents(staffRepository(connection.db), securityLogRepository(connection.db))
	};
	const { email, created, link } = await createAdmin(deps, { email: values.email }, new Date());
	console.log(
		`${created ? 'created' : 'promoted'} ${email} as admin. Open this link within 24 hours to choose the password:`
	);
	console.log(link);
} catch (error) {
	if (error instanceof DomainError) {
		console.error(`not done: ${error.fields.map((f) => `${f.field}: ${f.problem}`).join(', ') || error.message}`);
		process.exitCode = 2;
	} else throw error;
} finally {
	await connection.close();
}
