// The composition root: the one place the server's use-cases meet their ports. Built once, from the
// infrastructure (infrastructure.ts), and handed to routes already bound: a route parses, calls `app.<feature>`
// and answers; it never sees the database. A new feature is a file here, next to the others.

import { accountSessionsApp } from './account-sessions.ts';
import { accountsApp } from './accounts.ts';
import { guidanceApp } from './guidance.ts';
import { getInfrastructure, type Infrastructure } from './infrastructure.ts';
import { memberDataApp } from './member-data.ts';
import { messagesApp } from './messages.ts';
import { passkeysApp } from './passkeys.ts';
import { sessionsApp } from './sessions.ts';
import { staffApp } from './staff.ts';

function buildApp(infrastructure: Infrastructure) {
	return {
		/** The account: sign-up and sign-in, the address, the password, deletion, the security history, export. */
		accounts: accountsApp(infrastructure),
		/** A member's signed-in sessions: begin, list, end. */
		accountSessions: accountSessionsApp(infrastructure),
		/** Passkeys: adding, signing in, the list, removal. */
		passkeys: passkeysApp(infrastructure),
		/** Personalized guidance: requests, sharing and its audit, the specialist's caseload and notes. */
		guidance: guidanceApp(infrastructure),
		/** The member's own records: reach-outs, contacts, the plan, check-ins, consistency, import. */
		memberData: memberDataApp(infrastructure),
		/** Message threads between a member and their specialist, live, with unread counts. */
		messages: messagesApp(infrastructure),
		/** Sessions: a specialist's hours, open slots, bookings and their calendar files. */
		sessions: sessionsApp(infrastructure),
		/** The organisation's staff: roles, joining by invitation, the admin's requests, specialists and logs. */
		staff: staffApp(infrastructure)
	};
}

export type App = ReturnType<typeof buildApp>;

let built: { from: Infrastructure; app: App } | undefined;

/** The app, bound to the infrastructure made on first use (a failed start is tried again on the next call). */
export async function getApp(): Promise<App> {
	const infrastructure = await getInfrastructure();
	if (built?.from !== infrastructure) built = { from: infrastructure, app: buildApp(infrastructure) };
	return built.app;
}
