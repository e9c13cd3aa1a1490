import type { Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationResultSet } from 'kysely/migration';
import * as accounts from './migrations/001-accounts.ts';
import * as reachOuts from './migrations/002-reach-outs.ts';
import * as plans from './migrations/003-plans.ts';
import * as passkeys from './migrations/004-passkeys.ts';
import * as checkIns from './migrations/005-check-ins.ts';
import * as contactsAndImports from './migrations/006-contacts-and-imports.ts';
import * as jobs from './migrations/007-jobs.ts';
import * as sessions from './migrations/008-sessions.ts';
import * as consentAndAudit from './migrations/009-consent-and-audit.ts';
import * as messages from './migrations/010-messages.ts';
import * as staff from './migrations/011-staff.ts';
import * as specialists from './migrations/012-specialists.ts';
import * as guidanceRequests from './migrations/013-guidance-requests.ts';
import * as organisationCrisis from './migrations/014-organisation-crisis.ts';
import * as securityEvents from './migrations/015-security-events.ts';
import * as mailJobs from './migrations/016-mail-jobs.ts';
import * as staffSecondFactor from './migrations/017-staff-second-factor.ts';
import * as atRest from './migrations/018-at-rest.ts';
import * as crisisLevel from './migrations/019-crisis-level.ts';
import * as crisisFlagInteger from './migrations/020-crisis-flag-integer.ts';

// Migrations are imported, not read from a folder at run time, so they travel inside the server bundle.
// Names sort in order of application; never rename or edit one that has shipped: add the next.
const migrations: Record<string, Migration> = {
	'001-accounts': accounts,
	'002-reach-outs': reachOuts,
	'003-plans': plans,
	'004-passkeys': passkeys,
	'005-check-ins': checkIns,
	'006-contacts-and-imports': contactsAndImports,
	'007-jobs': jobs,
	'008-sessions': sessions,
	'009-consent-and-audit': consentAndAudit,
	'010-messages': messages,
	'011-staff': staff,
	'012-specialists': specialists,
	'013-guidance-requests': guidanceRequests,
	'014-organisation-crisis': organisationCrisis,
	'015-security-events': securityEvents,
	'016-mail-jobs': mailJobs,
	'017-staff-second-factor': staffSecondFactor,
	'018-at-rest': atRest,
	'019-crisis-level': crisisLevel,
	'020-crisis-flag-integer': crisisFlagInteger
};

export function migrator<Schema>(db: Kysely<Schema>): Migrator {
	// Migrations work below the typed schema, on whatever tables exist at their point in history.
	return new Migrator({ db: db as Kysely<unknown>, provider: { getMigrations: async () => migrations } });
}

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest<Schema>(db: Kysely<Schema>): Promise<MigrationResultSet> {
	const result = await migrator(db).migrateToLatest();
	if (result.error) {
		const failed = result.results?.find((r) => r.status === 'Error')?.migrationName;
		const what = failed ? `migration ${failed} failed` : 'the database could not be brought up to date';
		throw new Error(`${what}: ${String(result.error)}`, { cause: result.error });
	}
	return result;
}
