import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { savedToAccount } from '../src/lib/core/device-import/saved-message.ts';
import { catalogue, locales } from '../src/lib/core/i18n/catalogue.ts';
import { expectNoViolations } from './axe.ts';
import { walkGuideByKeyboard } from './guide-walk.ts';
import { activate, typeInto } from './keyboard.ts';
import { password, signUpAndSignIn } from './members.ts';
import { linkSentTo } from './mailbox.ts';

test('what the guide kept on this device is saved into the account, and saving it again adds nothing', async ({
	page,
	baseURL
}) => {
	const t = catalogue('en');
	const walk = await walkGuideByKeyboard(page, 'en');
	await page.goto('/en/reach-outs');
	// Signed out, the offer is not shown.
	await page.locator('.saved').first().waitFor();
	await expect(page.getByRole('heading', { name: t.account.bringIn.title })).toBeHidden();

	await signUpAndSignIn(page.request, baseURL!, 'bring-in');
	await page.reload();
	const section = page.getByRole('region', { name: t.account.bringIn.title });
	await expect(section).toBeVisible();
	await expectNoViolations(page, 'saved reach-outs with "Save to my account"');
	await activate(page, section.getByRole('button', { name: t.account.bringIn.button }));
	const status = section.getByRole('status');
	await expect(status).toHaveText(savedToAccount(t.account.bringIn, { reachOuts: 1, contacts: 1, items: 4 }, 'en'));
	await activate(page, section.getByRole('button', { name: t.account.bringIn.button }));
	await expect(status).toHaveText(savedToAccount(t.account.bringIn, { reachOuts: 0, contacts: 0, items: 0 }, 'en'));

	const timeline = (await (await page.request.get('/api/v1/reach-outs')).json()).reachOuts;
	expect(timeline).toHaveLength(1);
	expect(timeline[0]).toMatchObject({ said: walk.answers, decision: 'notYet', channel: 'other' });
	const plan = await (await page.request.get('/api/v1/plan')).json();
	expect(plan.lists.boundaries).toContain(walk.boundary);
	expect(plan.lists.conditions).toContain(walk.ownCondition);

	await page.goto('/en/account');
	await expect(page.getByRole('region', { name: t.account.contacts.title }).getByRole('listitem')).toHaveCount(1);
});

test('a member takes a copy of everything, moves to a new address, and deletes the account for good', async ({
	page,
	baseURL
}) => {
	const t = catalogue('en').account;
	const email = await signUpAndSignIn(page.request, baseURL!, 'lifecycle');
	const said = '<script>alert("x")</script> dijo “mañana”';
	await page.request.post('/api/v1/reach-outs', {
		data: { occurredAt: '2026-11-28T19:00:00Z', channel: 'call', said }
	});

	expect((await page.goto('/en/account/data'))?.status()).toBe(200);
	await expectNoViolations(page, 'your data');
	const download = page.waitForEvent('download');
	await activate(page, page.getByRole('link', { name: t.data.exportJson }));
	const exported = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
	expect(exported.account.email).toBe(email);
	expect(exported.reachOuts[0].said).toBe(said);

	// A new address, only after the password is typed again, and only once the link sent there is opened.
	await page.goto('/en/account');
	await activate(page, page.getByRole('link', { name: t.email.change }));
	const newEmail = `moved-${Date.now()}@example.org`;
	await typeInto(page, page.getByLabel(t.email.newEmail), newEmail);
	await typeInto(page, page.getByLabel(t.email.password), 'not the password at all');
	await page.keyboard.press('Enter');
	await expect(page.getByText(catalogue('en').errors.passwordWrong)).toBeVisible();
	await expect(page.getByLabel(t.email.newEmail)).toHaveValue(newEmail);
	await expectNoViolations(page, 'change e-mail with an error');
	await typeInto(page, page.getByLabel(t.email.password), password);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText(t.email.sent);
	await page.goto(await linkSentTo(newEmail));
	await expectNoViolations(page, 'confirm new e-mail');
	await activate(page, page.getByRole('button', { name: t.email.confirmButton }));
	await expect(page.getByRole('status')).toHaveText(t.email.confirmed);
	await expect(await linkSentTo(email)).toContain('/en/account/forgot');

	// Deleting asks for the password and a tick; then nothing is left and signing in fails.
	await page.goto('/en/account/data');
	await activate(page, page.getByRole('button', { name: t.data.delete }));
	await expect(page.getByText(t.data.understandRequired)).toBeVisible();
	await typeInto(page, page.getByLabel(t.data.password), 'not the password at all');
	await page.getByLabel(t.data.understand).check();
	await activate(page, page.getByRole('button', { name: t.data.delete }));
	await expect(page.getByText(catalogue('en').errors.passwordWrong)).toBeVisible();
	await expectNoViolations(page, 'delete with an error');
	await typeInto(page, page.getByLabel(t.data.password), password);
	await page.getByLabel(t.data.understand).check();
	await activate(page, page.getByRole('button', { name: t.data.delete }));
	await expect(page).toHaveURL(/\/en\/account\/deleted$/);
	await expect(page.getByRole('heading', { level: 1, name: t.deleted.title })).toBeVisible();
	expect((await page.request.get('/api/v1/reach-outs')).status()).toBe(401);
	const again = await page.request.post('/api/v1/auth/signin', { data: { email: newEmail, password } });
	expect(again.status()).toBe(401);
});

for (const locale of locales)
	for (const colorScheme of ['light', 'dark'] as const)
		test(`${locale}, ${colorScheme}: the account's data, e-mail and deleted pages have no WCAG 2.2 AA violation`, async ({
			page,
			baseURL
		}) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(`/${locale}/account/deleted`);
			await expectNoViolations(page);
			await signUpAndSignIn(page.request, baseURL!, `axe-${locale}-${colorScheme}`);
			await page.request.post('/api/v1/contacts', { data: { name: 'Marta', phone: '+1 555 010 0199' } });
			for (const path of ['account', 'account/data', 'account/email', 'device']) {
				expect((await page.goto(`/${locale}/${path}`))?.status(), path).toBe(200);
				await expectNoViolations(page);
			}
		});
