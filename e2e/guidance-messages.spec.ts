import { expect, test, type Browser, type Page } from '@playwright/test';
import { catalogue, locales } from '../src/lib/core/i18n/catalogue.ts';
import { format } from '../src/lib/core/i18n/format.ts';
import { expectNoViolations } from './axe.ts';
import { activate, typeInto } from './keyboard.ts';
import { confirmedMember, password, signInPage } from './members.ts';
import { assignedRequest, enrolPasskey, makeStaff, memberIdByEmail } from './staff.ts';

// Secure messages (issue #5): a member and their specialist, each in their own browser, write to each other and
// see the other's messages appear without reloading; unread counts; the same pages by reload without
// JavaScript; crisis words from the member bring up crisis resources at once, and a calm marker for the
// specialist. axe on both pages, in English and Spanish.

const all = catalogue('en');
const t = all.messages;
const crisisWords = 'You would all be better off without me.';

async function people(browser: Browser, baseURL: string, options: { memberJs?: boolean } = {}) {
	const memberEmail = await confirmedMember(baseURL, 'messages-member');
	const specialistEmail = await confirmedMember(baseURL, 'messages-specialist');
	const specialistId = await makeStaff(specialistEmail, 'specialist', { displayName: 'Sofía Ramos' });
	await assignedRequest(memberEmail, specialistId);
	const memberId = await memberIdByEmail(memberEmail);
	const memberContext = await browser.newContext({ baseURL, javaScriptEnabled: options.memberJs ?? true });
	const specialistContext = await browser.newContext({ baseURL });
	const member = await memberContext.newPage();
	const specialist = await specialistContext.newPage();
	await signInPage(member, memberEmail);
	await signInPage(specialist, specialistEmail);
	await enrolPasskey(specialist);
	return {
		member,
		specialist,
		memberEmail,
		memberPage: (lang = 'en') => `/${lang}/account/guidance/messages`,
		specialistPage: (lang = 'en') => `/${lang}/specialist/clients/${memberId}/messages`,
		close: async () => {
			await memberContext.close();
			await specialistContext.close();
		}
	};
}

const messages = (page: Page) => page.locator('#thread-messages > li');

/** Types a message by keyboard and sends it. */
async function send(page: Page, text: string) {
	await typeInto(page, page.getByLabel(t.form.label), text);
	await activate(page, page.getByRole('button', { name: t.form.send }));
}

test('a member and their specialist exchange messages live, with unread counts and crisis resources', async ({
	browser,
	baseURL
}) => {
	// Two browsers, the specialist's passkey ceremony, and axe on four pages: more than the default on a busy machine.
	test.setTimeout(120_000);
	const them = await people(browser, baseURL!);
	const { member, specialist } = them;

	// The specialist writes first; the member has not opened the thread yet.
	await specialist.goto(them.specialistPage());
	await expect(specialist.getByRole('heading', { level: 1 })).toHaveText(
		format(t.specialist.title, { client: them.memberEmail })
	);
	await expect(specialist.getByText(t.empty)).toBeVisible();
	await send(specialist, 'Hello, I am Sofía. How are things at home this week?');
	await expect(messages(specialist)).toHaveCount(1);
	await expect(specialist.getByRole('status')).toHaveText(t.form.sent);
	await expect(specialist.getByLabel(t.form.label)).toHaveValue('');

	// The member's first visit: one unread message, marked new.
	await member.goto(them.memberPage());
	await expect(member.getByRole('heading', { level: 1 })).toContainText(format(t.unread, { count: 1 }));
	await expect(messages(member)).toHaveCount(1);
	await expect(messages(member).first()).toContainText('Sofía Ramos');
	await expect(messages(member).first()).toContainText(t.newMark);
	await expect((await member.request.get(them.memberPage())).headers()['cache-control']).toBe('no-store');

	// Live both ways: no page reloads (a mark left on each window survives).
	for (const page of [member, specialist]) await page.evaluate(() => ((window as { mark?: number }).mark = 1));
	await send(member, 'Thank you. He called on Sunday and we talked a little.');
	await expect(messages(specialist)).toHaveCount(2);
	await expect(messages(specialist).last()).toContainText('He called on Sunday');
	await expect(messages(specialist).last()).not.toContainText(t.crisisMarker);
	await send(specialist, 'That is a real step. What did you say to him?');
	await expect(messages(member)).toHaveCount(3);
	await expect(messages(member).last()).toContainText('What did you say to him?');
	for (const page of [member, specialist])
		expect(await page.evaluate(() => (window as { mark?: number }).mark)).toBe(1);

	// Crisis words from the member: crisis resources for them at once, a calm marker for the specialist.
	await expect(member.locator('#crisis-now')).toBeHidden();
	await send(member, crisisWords);
	await expect(member.locator('#crisis-now')).toBeVisible();
	await expect(member.locator('#crisis-now')).toBeFocused();
	await expect(member.locator('#crisis-now [data-crisis-level="concern"]')).toBeVisible();
	await expect(member.locator('#crisis-now [data-crisis-level="concern"] .resource a').first()).toHaveAttribute(
		'href',
		'tel:988'
	);
	await expect(member.locator('#crisis-now [data-crisis-level="concern"] [data-crisis-words]')).toContainText(
		'better off without me'
	);
	await expect(member.getByRole('heading', { name: t.crisis.title })).toBeVisible();
	await expect(messages(specialist).last()).toContainText(t.crisisMarker);
	await expect(messages(specialist).last()).toContainText(crisisWords);

	// What the specialist saw live is read: no unread count on their next visit; the member's list says so too.
	await specialist.reload();
	await expect(specialist.getByRole('heading', { level: 1 })).not.toContainText(format(t.unread, { count: 1 }));
	const threads = (await (await specialist.request.get('/api/v1/threads')).json()) as { threads: { unread: number }[] };
	expect(threads.threads.map((thread) => thread.unread)).toEqual([0]);

	// axe on both pages, in both languages (the member's with the crisis resources shown: their last message).
	for (const lang of locales) {
		await member.goto(them.memberPage(lang));
		await expect(member.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(member.locator('#crisis-now')).toBeVisible();
		await expectNoViolations(member, `member messages (${lang})`);
		await specialist.goto(them.specialistPage(lang));
		await expect(specialist.getByRole('heading', { level: 1 })).toBeVisible();
		await expectNoViolations(specialist, `specialist messages (${lang})`);
	}
	await member.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
	await expectNoViolations(member, 'member messages (es, dark)');
	await them.close();
});

test('without JavaScript the thread works by reload, and crisis words still bring up the resources', async ({
	browser,
	baseURL
}) => {
	const them = await people(browser, baseURL!, { memberJs: false });
	const { member, specialist } = them;

	await member.goto(them.memberPage());
	await expect(member.getByText(t.empty)).toBeVisible();
	await member.getByLabel(t.form.label).fill('Is it all right to write here at night?');
	await member.getByRole('button', { name: t.form.send }).click();
	await expect(messages(member)).toHaveCount(1);
	// Post, redirect, get: reloading does not send it again.
	await member.reload();
	await expect(messages(member)).toHaveCount(1);

	// A refusal says what to fix and keeps the page.
	await member.getByRole('button', { name: t.form.send }).click();
	await expect(member.getByText(all.errors.messageEmpty)).toBeVisible();

	// The specialist answers; the member sees it by "Check for new messages".
	await specialist.goto(them.specialistPage());
	await send(specialist, 'Yes, any time. I read messages in the morning.');
	await expect(messages(specialist)).toHaveCount(2);
	await member.getByRole('link', { name: t.check }).click();
	await expect(messages(member)).toHaveCount(2);
	await expect(messages(member).last()).toContainText('I read messages in the morning');

	await member.getByLabel(t.form.label).fill(crisisWords);
	await member.getByRole('button', { name: t.form.send }).click();
	await expect(member.getByRole('heading', { name: t.crisis.title })).toBeVisible();
	// "Better off without me" is a concern: its help, with the crisis line first.
	const concern = member.locator('#crisis-now [data-crisis-level="concern"]');
	await expect(concern).toBeVisible();
	await expect(member.locator('#crisis-now [data-crisis-level="urgent"]')).toBeHidden();
	await expect(concern.locator('.resource a').first()).toHaveAttribute('href', 'tel:988');
	await expect(concern.locator('[data-crisis-words]')).toContainText('better off without me');
	// (axe needs JavaScript in the page: the first journey checks this page, crisis resources shown, with it.)
	await them.close();
});

test('when the specialist leaves, the member still reads the conversation, with a calm note and no way to write', async ({
	browser,
	baseURL
}) => {
	const them = await people(browser, baseURL!);
	const { member, specialist } = them;
	await specialist.goto(them.specialistPage());
	await send(specialist, 'I am leaving the organisation; thank you for trusting me.');
	await expect(messages(specialist)).toHaveCount(1);
	const deleted = await specialist.request.delete('/api/v1/account', { data: { password } });
	expect(deleted.status()).toBe(204);

	for (const locale of locales) {
		const words = catalogue(locale).archivedThreads;
		await member.goto(them.memberPage(locale));
		const earlier = member.getByRole('region', { name: words.title });
		await expect(earlier).toContainText(words.note);
		await expect(earlier.getByRole('listitem')).toHaveText([
			new RegExp(`${words.former}.*I am leaving the organisation`, 's')
		]);
		await expect(member.getByRole('textbox')).toHaveCount(0);
		await expectNoViolations(member, `archived thread (${locale})`);
	}
	await them.close();
});
