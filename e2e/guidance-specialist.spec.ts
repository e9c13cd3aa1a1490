import { expect, test, type Page } from '@playwright/test';
import { catalogue, locales } from '../src/lib/core/i18n/catalogue.ts';
import type { SharedItem } from '../src/lib/core/guidance/consent.ts';
import { connect } from '../src/lib/server/db/connect.ts';
import { consentsRepository } from '../src/lib/server/db/repositories/consents.ts';
import { expectNoViolations } from './axe.ts';
import { activate, tabTo, typeInto } from './keyboard.ts';
import { confirmedMember, savePlanSigns, signInPage, signedInMember } from './members.ts';
import { assignedRequest, enrolPasskey, makeStaff, memberIdByEmail } from './staff.ts';

// The specialist's workspace: a specialist with one assigned client who shares their plan and timeline. By
// keyboard: the caseload, the client, a private note added and changed, the shared plan; once the client stops
// sharing, the plan is not there any more. axe on every page of the workspace, in both languages, light and dark.
// Sharing is written through the consents repository: the member's sharing page belongs to another area.

async function sharing(memberId: string, specialistId: string, item: SharedItem, shared: boolean): Promise<void> {
	const connection = connect({ dataDir: process.env.E2E_DATA_DIR! });
	try {
		const consents = consentsRepository(connection.db);
		if (shared) await consents.grant(memberId, specialistId, item, `e2e-${item}-${Date.now()}`, new Date());
		else await consents.revoke(memberId, specialistId, item, new Date());
	} finally {
		await connection.close();
	}
}

const signs = ['Goes to meetings', 'Calls when they said they would'];

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A link's name: its visible words, then (for screen readers) which client it is about. */
const about = (words: string, email: string) => new RegExp(`^${escaped(words)}\\s*:\\s*${escaped(email)}$`);

async function specialistWithClient(page: Page, baseURL: string, name: string) {
	const client = await signedInMember(baseURL, `${name}-client`);
	const clientEmail = (await (await client.get('/api/v1/account')).json()) as { email: string };
	await savePlanSigns(client, clientEmail.email, signs);
	const email = await confirmedMember(baseURL, `${name}-specialist`);
	const specialistId = await makeStaff(email, 'specialist');
	await assignedRequest(clientEmail.email, specialistId);
	const memberId = await memberIdByEmail(clientEmail.email);
	await sharing(memberId, specialistId, 'plan', true);
	await sharing(memberId, specialistId, 'timeline', true);
	await signInPage(page, email);
	await enrolPasskey(page);
	await client.dispose();
	return { clientEmail: clientEmail.email, memberId, specialistId };
}

test('a specialist opens a client by keyboard, adds and changes a private note, reads the shared plan, and loses it on revoke', async ({
	page,
	baseURL
}) => {
	const all = catalogue('en');
	const t = all.specialist;
	const { clientEmail, memberId, specialistId } = await specialistWithClient(page, baseURL!, 'workspace');

	await page.goto('/en/specialist');
	await expect(page.getByRole('heading', { level: 1, name: t.caseload.title })).toBeVisible();
	await expect(page.getByText(t.caseload.isNew)).toBeVisible();
	await expect(page.getByRole('link', { name: t.caseload.availability })).toHaveAttribute(
		'href',
		'/en/specialist/availability'
	);
	await expect(page.getByRole('link', { name: about(t.caseload.messages, clientEmail) })).toHaveAttribute(
		'href',
		`/en/specialist/clients/${memberId}/messages`
	);
	await activate(page, page.getByRole('link', { name: about(t.caseload.open, clientEmail) }));
	await expect(page).toHaveURL(`/en/specialist/clients/${memberId}`);
	await expect(page.getByRole('heading', { level: 1, name: clientEmail })).toBeVisible();
	await expect(page.getByText('My son called after two months of silence.')).toBeVisible();
	await expect(page.getByText(t.client.noNotes)).toBeVisible();

	// A private note, by keyboard; a note with nothing in it is refused first.
	await activate(page, page.getByRole('button', { name: t.client.add }));
	await expect(page.getByRole('alert')).toHaveText(all.account.fixBelow);
	await expect(page.getByText(all.errors.clientNoteEmpty)).toBeVisible();
	await typeInto(page, page.getByLabel(t.client.addHeading), 'Worried about the holidays. <b>Not bold</b>');
	await activate(page, page.getByRole('button', { name: t.client.add }));
	await expect(page).toHaveURL(/\?done=added#notes-heading$/);
	await expect(page.getByRole('status')).toHaveText(t.client.added);
	const note = page.locator('.timeline > li');
	await expect(note).toHaveCount(1);
	// Shown as text, never read as markup.
	await expect(note.locator('p.prewrap')).toHaveText('Worried about the holidays. <b>Not bold</b>');
	await expect(note.locator('b')).toHaveCount(0);

	// Changed by keyboard: open "Change this note", replace the words, save.
	await activate(page, note.locator('summary'));
	const field = note.getByRole('textbox');
	await tabTo(page, field);
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type('Holidays: she plans a calm dinner, with a clear boundary.');
	await activate(page, note.getByRole('button', { name: t.client.save }));
	await expect(page).toHaveURL(/\?done=saved#note-/);
	await expect(page.getByRole('status')).toHaveText(t.client.saved);
	await expect(note.locator('p.prewrap')).toHaveText('Holidays: she plans a calm dinner, with a clear boundary.');
	await expect(page.getByText('Worried about the holidays.')).toHaveCount(0);

	// The shared plan, read-only.
	await activate(page, page.getByRole('link', { name: t.client.openPlan }));
	await expect(page).toHaveURL(`/en/specialist/clients/${memberId}/plan`);
	await expect(page.getByRole('heading', { level: 1, name: t.plan.title })).toBeVisible();
	for (const sign of signs) await expect(page.getByText(sign, { exact: true })).toBeVisible();
	await expect(page.locator('main form, main textarea')).toHaveCount(0);

	// The client stops sharing the plan: the very next open is the 404 page, and the client page says so.
	await sharing(memberId, specialistId, 'plan', false);
	const again = await page.reload();
	expect(again?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: all.notFound.title })).toBeVisible();
	await page.goto(`/en/specialist/clients/${memberId}`);
	await expect(page.getByRole('link', { name: t.client.openPlan })).toHaveCount(0);
	await expect(page.getByRole('link', { name: t.client.openTimeline })).toBeVisible();
});

test('every page of the workspace has no WCAG 2.2 A or AA violation, in both languages, light and dark', async ({
	page,
	baseURL
}) => {
	test.setTimeout(300_000);
	const { memberId } = await specialistWithClient(page, baseURL!, 'axe');
	// A note, so the notes list and its edit form are on the page too.
	await page.goto(`/en/specialist/clients/${memberId}`);
	await page.getByLabel(catalogue('en').specialist.client.addHeading).fill('A first note.');
	await page.getByRole('button', { name: catalogue('en').specialist.client.add }).click();
	await expect(page.getByRole('status')).toBeVisible();
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		for (const locale of locales) {
			for (const path of [
				'/specialist',
				`/specialist/clients/${memberId}`,
				`/specialist/clients/${memberId}/plan`,
				`/specialist/clients/${memberId}/timeline`
			]) {
				const answer = await page.goto(`/${locale}${path}`);
				expect(answer?.status(), path).toBe(200);
				expect(answer?.headers()['cache-control'], path).toBe('no-store');
				await expectNoViolations(page, `${locale}${path} (${colorScheme})`);
			}
			// A refused note keeps its error beside the field.
			await page.goto(`/${locale}/specialist/clients/${memberId}`);
			await page.getByRole('button', { name: catalogue(locale).specialist.client.add }).click();
			await expect(page.getByRole('alert')).toBeVisible();
			await expectNoViolations(page, `${locale} refused note (${colorScheme})`);
		}
	}
});
