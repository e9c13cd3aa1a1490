import { expect, type Page } from '@playwright/test';
import { catalogue, type Locale } from '../src/lib/core/i18n/catalogue.ts';
import { keyringFromFile } from '../src/lib/server/crypto/keyring.ts';
import { connect } from '../src/lib/server/db/connect.ts';
import { guidanceRequestsRepository } from '../src/lib/server/db/repositories/guidance-requests.ts';
import { specialistProfilesRepository } from '../src/lib/server/db/repositories/specialists.ts';
import { staffRepository } from '../src/lib/server/db/repositories/staff.ts';
import { waitingRequest } from '../test/fixtures/guidance-request.ts';
import { virtualAuthenticator } from './authenticator.ts';

// Staff for the journeys, written straight into the journey's database (as `npm run admin:create` and an
// accepted invitation would make them), so a journey about one area does not have to walk another first.

/** Runs work on the journey's own database. */
export async function onDatabase<T>(work: (connection: ReturnType<typeof connect>) => Promise<T>): Promise<T> {
	const connection = connect({ dataDir: process.env.E2E_DATA_DIR! });
	try {
		return await work(connection);
	} finally {
		await connection.close();
	}
}

export async function memberIdByEmail(email: string): Promise<string> {
	return onDatabase(async ({ db }) => {
		const row = await db.selectFrom('members').select('id').where('email', '=', email).executeTakeFirstOrThrow();
		return row.id;
	});
}

/**
 * Makes a confirmed member an admin or a specialist (with a profile: English and Spanish, parents and partners).
 * Staff pages then ask for a passkey: a journey's staff member adds one with enrolPasskey before their pages.
 */
export async function makeStaff(
	email: string,
	role: 'admin' | 'specialist',
	profile: { displayName?: string; timeZone?: string } = {}
): Promise<string> {
	const id = await memberIdByEmail(email);
	await onDatabase(async ({ db }) => {
		const now = new Date();
		await staffRepository(db).grant(id, role, now);
		if (role === 'specialist')
			await specialistProfilesRepository(db).put({
				memberId: id,
				displayName: profile.displayName ?? 'Sofía Ramos',
				languages: ['en', 'es'],
				focus: ['parent', 'partner'],
				capacity: 20,
				timeZone: profile.timeZone ?? 'America/Chicago',
				updatedAt: now.toISOString()
			});
	});
	return id;
}

/** A request of the member assigned to the specialist, as if the member had asked and an admin had assigned it. */
export async function assignedRequest(memberEmail: string, specialistId: string): Promise<string> {
	const memberId = await memberIdByEmail(memberEmail);
	return onDatabase(async ({ db }) => {
		const requests = guidanceRequestsRepository(db, keyringFromFile(process.env.E2E_DATA_DIR!));
		const now = new Date();
		const id = `e2e-${now.getTime()}-${Math.random().toString(36).slice(2, 8)}`;
		await requests.insert(waitingRequest(id, memberId, now));
		await requests.assign(id, specialistId, now);
		return id;
	});
}

/**
 * A staff member signed in with a password opens a staff page, is sent to "Set up a passkey to continue", adds
 * one with the virtual authenticator and lands on their workspace: what every staff member does once.
 */
export async function enrolPasskey(page: Page, locale: Locale = 'en'): Promise<void> {
	await virtualAuthenticator(page);
	const role = await page.request.get(`/${locale}/admin`, { maxRedirects: 0 });
	await page.goto(`/${locale}/${role.status() === 404 ? 'specialist' : 'admin'}`);
	await expect(page).toHaveURL(`/${locale}/staff/passkey`);
	const t = catalogue(locale).staffProof;
	await page.getByRole('button', { name: t.enrol.button }).click();
	await expect(page).toHaveURL(new RegExp(`/${locale}/(admin|specialist)$`));
}
