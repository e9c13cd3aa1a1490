import { expect, test } from '@playwright/test';
import { catalogue } from '../src/lib/core/i18n/catalogue.ts';
import { connect } from '../src/lib/server/db/connect.ts';
import { virtualAuthenticator } from './authenticator.ts';
import { axeInEveryWay, expectNoViolations } from './axe.ts';
import { activate, tabTo, typeInto } from './keyboard.ts';
import { received } from './mailbox.ts';
import { confirmedMember, password, signInPage } from './members.ts';

// "Confirm it's you" before a grave change, and changing the password, all by keyboard; axe on the new pages in
// both languages, light and dark.

/** Makes every session of the member's last proof six minutes old, as if they had signed in a while ago. */
async function staleProof(email: string): Promise<void> {
	const { db, close } = connect({ dataDir: process.env.E2E_DATA_DIR! });
	try {
		const member = await db.selectFrom('members').select('id').where('email', '=', email).executeTakeFirstOrThrow();
		const old = new Date(Date.now() - 6 * 60_000).toISOString();
		await db.updateTable('sessions').set({ proved_at: old }).where('member_id', '=', member.id).execute();
	} finally {
		await close();
	}
}

/** Chromium's virtual authenticator: a platform authenticator that verifies the person and says yes by itself. */
test('a stale proof asks "Confirm it’s you" and returns to the page; the password is changed by keyboard', async ({
	page,
	baseURL
}) => {
	test.setTimeout(300_000); // axe in two languages and two colour schemes on three pages
	const en = catalogue('en');
	const s = en.security;
	const email = await confirmedMember(baseURL!, 'proof');
	await signInPage(page, email);
	await staleProof(email);

	// The full export waits behind "Confirm it's you", which brings the person back here.
	await page.goto('/en/account/data');
	await expect(page.getByRole('link', { name: en.account.data.exportJson })).toHaveCount(0);
	await activate(page, page.getByRole('link', { name: s.stale.link }));
	await expect(page.getByRole('heading', { level: 1, name: s.confirm.title })).toBeVisible();
	await axeInEveryWay(page, (locale) => `/${locale}/account/confirm-it-is-you?next=/${locale}/account/data`, 'confirm');
	await page.goto('/en/account/confirm-it-is-you?next=/en/account/data');
	await typeInto(page, page.getByLabel(s.confirm.password), 'not my password at all');
	await page.keyboard.press('Enter');
	await expect(page.getByText(en.errors.passwordWrong)).toBeVisible();
	await typeInto(page, page.getByLabel(s.confirm.password), password);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/en\/account\/data$/);
	await expect(page.getByRole('link', { name: en.account.data.exportJson })).toBeVisible();

	// Changing the password: the current one, then the new one, by keyboard.
	await page.goto('/en/account');
	await activate(page, page.getByRole('link', { name: s.password.link }));
	await expect(page.getByRole('heading', { level: 1, name: s.password.title })).toBeVisible();
	await axeInEveryWay(page, (locale) => `/${locale}/account/password`, 'change password');
	await page.goto('/en/account/password');
	await typeInto(page, page.getByLabel(s.password.current), password);
	await typeInto(page, page.getByLabel(s.password.new), 'password123');
	await page.keyboard.press('Enter');
	await expect(page.getByText(en.errors.passwordCommon)).toBeVisible();
	await expectNoViolations(page, 'change password, refused');
	await page.goto('/en/account/password');
	await typeInto(page, page.getByLabel(s.password.current), password);
	await typeInto(page, page.getByLabel(s.password.new), 'a lantern on the porch at dusk');
	await tabTo(page, page.getByRole('button', { name: s.password.submit }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText(s.password.done);
	await expect
		.poll(() => received().some((mail) => mail.to === email && mail.subject === s.notices.passwordChanged.subject))
		.toBe(true);

	// The history shows the sign-in and the change.
	await page.goto('/en/account');
	await activate(page, page.getByRole('link', { name: s.history.link }));
	await expect(page.getByRole('heading', { level: 1, name: s.history.title })).toBeVisible();
	await expect(page.getByRole('cell', { name: s.history.kinds['sign-in'], exact: true }).first()).toBeVisible();
	await expect(page.getByRole('cell', { name: s.history.kinds['password-changed'] })).toBeVisible();
	await axeInEveryWay(page, (locale) => `/${locale}/account/security`, 'sign-in history');
});

test('a passkey confirms it is you as well as the password does, and removing one then needs no more', async ({
	page,
	baseURL
}) => {
	const en = catalogue('en');
	const s = en.security;
	const p = en.account.passkeys;
	await virtualAuthenticator(page);
	const email = await confirmedMember(baseURL!, 'proof-passkey');
	await signInPage(page, email);
	await activate(page, page.getByRole('button', { name: p.add }));
	await expect(page.locator('[data-passkeys]').getByRole('status')).toHaveText(p.addDone);
	await expect
		.poll(() => received().some((mail) => mail.to === email && mail.subject === s.notices.passkeyAdded.subject))
		.toBe(true);

	await staleProof(email);
	await page.reload();
	await expect(page.getByRole('button', { name: p.add })).toHaveCount(0);
	await activate(page, page.getByRole('link', { name: s.stale.link }));
	await activate(page, page.getByRole('button', { name: s.confirm.passkey }));
	await expect(page).toHaveURL(/\/en\/account$/);
	await expect(page.getByRole('button', { name: p.add })).toBeVisible();
	await activate(page, page.getByRole('button', { name: p.remove }));
	await expect(page.locator('[data-passkeys]').getByRole('status')).toHaveText(p.removed);
	await expect
		.poll(() => received().some((mail) => mail.to === email && mail.subject === s.notices.passkeyRemoved.subject))
		.toBe(true);
});
