import { expect, request as newRequest, test, type APIRequestContext } from '@playwright/test';
import { requestGuidance } from '../src/lib/core/guidance/requests.ts';
import { catalogue, locales } from '../src/lib/core/i18n/catalogue.ts';
import { format } from '../src/lib/core/i18n/format.ts';
import { plural } from '../src/lib/core/i18n/plural.ts';
import { checkMessage } from '../src/lib/core/message-check/check.ts';
import { keyringFromFile } from '../src/lib/server/crypto/keyring.ts';
import { connect } from '../src/lib/server/db/connect.ts';
import { auditLogRepository } from '../src/lib/server/db/repositories/audit-log.ts';
import { guidanceRequestsRepository } from '../src/lib/server/db/repositories/guidance-requests.ts';
import { expectNoViolations } from './axe.ts';
import { activate, tabTo, typeInto } from './keyboard.ts';
import { linkSentTo } from './mailbox.ts';
import { password, signUpAndSignIn } from './members.ts';
import { enrolPasskey, makeStaff, memberIdByEmail } from './staff.ts';
import { virtualAuthenticator } from './authenticator.ts';

// The organisation admin (issue #5): invites a specialist, who joins through the e-mailed link in another browser;
// sets their profile; sees a member's crisis request first and assigns it with the suggestion; names the
// organisation; reads the audit log. axe on every admin page, in both languages, light and dark.

const t = catalogue('en');
const a = t.admin;
const crisisStory = 'My son texted me: I think I overdosed, help. I do not know what to do.';

async function onDatabase<T>(work: (db: ReturnType<typeof connect>['db']) => Promise<T>): Promise<T> {
	const connection = connect({ dataDir: process.env.E2E_DATA_DIR! });
	try {
		return await work(connection.db);
	} finally {
		await connection.close();
	}
}

/** The member asks for guidance: through the API where this build has it, otherwise through the same core call. */
async function crisisRequest(member: APIRequestContext, email: string): Promise<string> {
	const body = { relationship: 'parent', story: crisisStory, urgency: 'thisWeek', language: 'en', times: 'Evenings' };
	const answer = await member.post('/api/v1/guidance/requests', { data: body });
	if (answer.ok()) return ((await answer.json()) as { id: string }).id;
	expect([404, 405], 'POST /api/v1/guidance/requests answered').toContain(answer.status());
	const memberId = await memberIdByEmail(email);
	return onDatabase(async (db) => {
		const store = guidanceRequestsRepository(db, keyringFromFile(process.env.E2E_DATA_DIR!));
		const id = `e2e-crisis-${Date.now()}`;
		return (await requestGuidance(store, memberId, body, id, new Date())).id;
	});
}

test('the admin invites a specialist, who joins; assigns a crisis request first; names the organisation; reads the audit log', async ({
	page,
	browser,
	baseURL
}) => {
	// Three browsers, two passkey ceremonies and every admin page: longer than the default on a busy machine.
	test.setTimeout(180_000);
	const adminEmail = await signUpAndSignIn(page.request, baseURL!, 'org-admin');
	await makeStaff(adminEmail, 'admin');
	await enrolPasskey(page);

	// The account page leads the admin to the admin pages.
	await page.goto('/en/account');
	await activate(page, page.getByRole('link', { name: a.accountLink }));
	await expect(page.getByRole('heading', { level: 1, name: a.requests.title })).toBeVisible();

	// Invite by keyboard.
	const invitee = `specialist-${Date.now()}@example.org`;
	await activate(page, page.getByRole('link', { name: a.nav.specialists }));
	await expect(page.getByRole('heading', { level: 1, name: a.specialists.title })).toBeVisible();
	await typeInto(page, page.getByLabel(a.specialists.email), invitee);
	await activate(page, page.getByRole('button', { name: a.specialists.invite }));
	await expect(page.getByRole('status')).toHaveText(format(a.specialists.invited, { email: invitee }));

	// The invitation, opened in another browser: a new person chooses a password and lands as a specialist.
	const link = await linkSentTo(invitee);
	expect(new URL(link).pathname).toBe('/en/staff/join');
	const other = await browser.newContext();
	const joining = await other.newPage();
	await virtualAuthenticator(joining);
	await joining.goto(link);
	await expect(joining.getByText(format(a.join.newAccount, { email: invitee }))).toBeVisible();
	await expectNoViolations(joining, 'joining as a specialist');
	await typeInto(joining, joining.getByLabel(a.join.password, { exact: true }), password);
	await activate(joining, joining.getByRole('button', { name: a.join.acceptNew }));
	// Before their workspace, a passkey: a password alone opens no staff page.
	await expect(joining).toHaveURL('/en/staff/passkey');
	await expect(joining.getByRole('heading', { level: 1, name: t.staffProof.title })).toBeVisible();
	expect((await joining.request.get('/api/v1/specialist/clients')).status()).toBe(403);
	await activate(joining, joining.getByRole('button', { name: t.staffProof.enrol.button }));
	await expect(joining).toHaveURL(/\/en\/specialist$/);
	expect((await joining.request.get('/api/v1/specialist/clients')).status()).toBe(200);
	const session = await joining.request.get('/en/account');
	expect(session.status()).toBe(200);
	// The link works once.
	await joining.goto(link);
	await expect(joining.getByRole('alert')).toHaveText(a.join.invalid);
	await other.close();

	// The admin sets the new specialist's profile.
	await page.reload();
	const card = page.locator(`[data-specialist="${invitee}"]`);
	await expect(card.getByText(a.specialists.noProfile)).toBeVisible();
	await typeInto(page, card.getByLabel(a.specialists.displayName), 'Rosa Méndez');
	await tabTo(page, card.getByRole('checkbox', { name: a.languages.en }));
	await page.keyboard.press('Space');
	await tabTo(page, card.getByRole('checkbox', { name: a.requests.relationships.parent }));
	await page.keyboard.press('Space');
	await typeInto(page, card.getByLabel(a.specialists.capacity), '5');
	await typeInto(page, card.getByLabel(a.specialists.timeZone), 'America/New_York');
	await activate(page, card.getByRole('button', { name: /Save the profile/ }));
	await expect(page.getByRole('status')).toHaveText(format(a.specialists.saved, { name: 'Rosa Méndez' }));
	const saved = page.locator(`[data-specialist="${invitee}"]`);
	await expect(saved.getByRole('heading', { name: 'Rosa Méndez' })).toBeVisible();
	await expect(saved.getByText(plural(a.specialists.load, 5, 'en', { open: 0, capacity: 5 }))).toBeVisible();

	// A member's request speaks of a crisis: it comes first, marked, with a suggested specialist preselected.
	expect(checkMessage(crisisStory, 'en').crisis).toBe(true);
	const family = await newRequest.newContext({ baseURL });
	const familyAddress = await signUpAndSignIn(family, baseURL!, 'family');
	const requestId = await crisisRequest(family, familyAddress);
	await activate(page, page.getByRole('link', { name: a.nav.requests }));
	const first = page.locator('[data-request]').first();
	await expect(first.getByText(a.requests.crisis)).toBeVisible();
	const request = page.locator(`[data-request="${requestId}"]`);
	await expect(request.getByText(a.requests.crisis)).toBeVisible();
	await expect(request).not.toContainText(crisisStory);
	const select = request.getByLabel(a.requests.specialist);
	const suggested = (await select.locator('option:checked').textContent())!.trim();
	expect(suggested).toMatch(/\(suggested\)$/);
	const suggestedName = suggested.replace(/ \(suggested\)$/, '');
	await expect(request.getByText(new RegExp(`^Suggested: ${suggestedName}\\.`))).toBeVisible();
	await activate(page, request.getByRole('button', { name: a.requests.assign }));
	await expect(page.getByRole('status')).toHaveText(format(a.requests.assigned, { name: suggestedName }));
	await expect(page.locator(`[data-request="${requestId}"]`)).toContainText(a.requests.states.assigned);

	// The organisation's name.
	await activate(page, page.getByRole('link', { name: a.nav.organisation }));
	const name = page.getByLabel(a.organisation.name);
	await tabTo(page, name);
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type('Porch Family Services');
	await activate(page, page.getByRole('button', { name: a.organisation.save, exact: true }));
	await expect(page.getByRole('status')).toHaveText(a.organisation.saved);
	await expect(page.getByLabel(a.organisation.name)).toHaveValue('Porch Family Services');
	// Crisis resources that are not valid are refused with what to fix.
	await page.getByLabel(a.organisation.crisisResources).fill('{"region": {"en": "Here"}}');
	await page.getByRole('button', { name: a.organisation.save, exact: true }).click();
	await expect(page.getByText(t.errors.crisisResourcesInvalid)).toBeVisible();
	await expect(page.getByRole('heading', { name: a.organisation.problems })).toBeVisible();

	// The audit log: who opened what of whose data, and when.
	const specialistId = await memberIdByEmail(invitee);
	const memberId = await memberIdByEmail(familyAddress);
	await onDatabase((db) =>
		auditLogRepository(db).record({
			id: `e2e-audit-${Date.now()}`,
			memberId,
			actorId: specialistId,
			actorRole: 'specialist',
			what: 'plan',
			at: new Date().toISOString()
		})
	);
	await activate(page, page.getByRole('link', { name: a.nav.audit }));
	const row = page.getByRole('row').filter({ hasText: familyAddress });
	await expect(row).toContainText(invitee);
	await expect(row).toContainText(a.audit.things.plan);
	await expect(row).toContainText(a.audit.roles.specialist);

	// The admin log: each change above, by this admin (or, for the joining, by the new specialist), newest first.
	await activate(page, page.getByRole('link', { name: t.staffProof.log.nav }));
	await expect(page.getByRole('heading', { level: 1, name: t.staffProof.log.title })).toBeVisible();
	const kinds = t.staffProof.log.kinds;
	const logged = page.getByRole('row');
	await expect(logged.filter({ hasText: kinds.organisation_saved }).first()).toContainText(adminEmail);
	await expect(logged.filter({ hasText: kinds.request_assigned }).first()).toContainText(requestId);
	await expect(logged.filter({ hasText: kinds.specialist_profile_saved }).first()).toContainText(specialistId);
	await expect(logged.filter({ hasText: kinds.invite_accepted }).first()).toContainText(invitee);
	const invited = logged.filter({ hasText: kinds.invite_sent });
	await expect(invited.first()).toContainText(adminEmail);
	for (const row of await invited.all()) await expect(row).not.toContainText(invitee);
	await expect(page.locator('tbody')).not.toContainText(familyAddress);
	await family.dispose();
});

test('the passkey page, to add the first passkey and to use it, is axe clean in English and Spanish, light and dark', async ({
	page,
	baseURL
}) => {
	test.setTimeout(240_000);
	const adminEmail = await signUpAndSignIn(page.request, baseURL!, 'axe-passkey-admin');
	await makeStaff(adminEmail, 'admin');
	const passkeyPage = async (what: string) => {
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			for (const locale of locales) {
				expect((await page.goto(`/${locale}/staff/passkey`))?.status()).toBe(200);
				await expectNoViolations(page, `${locale} passkey page, ${what} (${colorScheme})`);
			}
		}
	};
	await passkeyPage('add one');
	await enrolPasskey(page);
	// Signed in again with the password only: the same page now asks for the passkey (step-up), which signs in anew.
	await page.context().clearCookies();
	expect((await page.request.post('/api/v1/auth/signin', { data: { email: adminEmail, password } })).status()).toBe(
		200
	);
	await page.goto('/es/admin');
	await expect(page).toHaveURL('/es/staff/passkey');
	await passkeyPage('use it');
	await page.getByRole('button', { name: catalogue('es').staffProof.stepUp.button }).click();
	await expect(page).toHaveURL('/es/admin');
});

test('every admin page, and the invitation page, is axe clean in English and Spanish, light and dark', async ({
	page,
	baseURL
}) => {
	test.setTimeout(360_000);
	await makeStaff(await signUpAndSignIn(page.request, baseURL!, 'axe-admin'), 'admin');
	await enrolPasskey(page);
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		for (const locale of locales)
			for (const path of [
				'/admin',
				'/admin/specialists',
				'/admin/organisation',
				'/admin/audit',
				'/admin/log',
				'/staff/join'
			]) {
				expect((await page.goto(`/${locale}${path}`))?.status()).toBe(200);
				await expectNoViolations(page, `${locale}${path} (${colorScheme})`);
			}
	}
});
