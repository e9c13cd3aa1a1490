import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { catalogue } from '../src/lib/core/i18n/catalogue.ts';
import { format } from '../src/lib/core/i18n/format.ts';
import { messageTime } from '../src/lib/components/messages/time.ts';
import { expectNoViolations } from './axe.ts';
import { activate, typeInto } from './keyboard.ts';
import { confirmedMember, password, savePlanSigns, signInPage, signUpAndSignIn } from './members.ts';
import { enrolPasskey, makeStaff, memberIdByEmail } from './staff.ts';

// The whole of personalized guidance, each person in their own browser: a member asks for help; the admin
// assigns the request; member and specialist write to each other live; the member books a session and takes
// its .ics; shares the plan; the specialist reads it; the member stops sharing and the specialist can no longer
// open it; the member sees that the specialist opened it, and closes the request. axe on every page on the way.

const all = catalogue('en');
const g = all.account.guidance;
const signs = ['Answers the phone when they said they would', 'Goes to the Tuesday meeting'];

const messagesOf = (page: Page) => page.locator('#thread-messages > li');

test('request → assignment → live messages → a booked session and its .ics → the plan shared, read, and no longer', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(240_000);
	const memberContext = await browser.newContext({ baseURL: baseURL!, timezoneId: 'Europe/Madrid' });
	const adminContext = await browser.newContext({ baseURL: baseURL! });
	const specialistContext = await browser.newContext({ baseURL: baseURL!, timezoneId: 'America/Chicago' });
	const member = await memberContext.newPage();
	const admin = await adminContext.newPage();
	const specialist = await specialistContext.newPage();

	// The member, with a plan of their own; the organisation's admin and a specialist with weekday hours.
	const memberEmail = await signUpAndSignIn(member.request, baseURL!, 'journey-member');
	await savePlanSigns(member.request, memberEmail, signs);
	const specialistName = `Journey Specialist ${Date.now() % 100_000}`;
	const specialistEmail = await confirmedMember(baseURL!, 'journey-specialist');
	const specialistId = await makeStaff(specialistEmail, 'specialist', { displayName: specialistName });
	await signInPage(specialist, specialistEmail);
	await enrolPasskey(specialist);
	const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
	const availability = await specialist.request.put('/api/v1/specialist/availability', {
		data: { timeZone: 'America/Chicago', sessionMinutes: 60, rules: hours, exceptions: [] }
	});
	expect(availability.status(), await availability.text()).toBe(200);
	const adminEmail = await confirmedMember(baseURL!, 'journey-admin');
	await makeStaff(adminEmail, 'admin');
	await signInPage(admin, adminEmail);
	await enrolPasskey(admin);

	// 1. The member asks for guidance.
	await member.goto('/en/account/guidance');
	await member.getByRole('radio', { name: g.relationships.parent }).check();
	await typeInto(member, member.getByLabel(g.storyLabel), 'My daughter texted after a month. She wants to talk.');
	await member.getByRole('radio', { name: g.urgencies.thisWeek }).check();
	await typeInto(member, member.getByLabel(g.timesLabel), 'Evenings after seven');
	await activate(member, member.getByRole('button', { name: g.submit }));
	await expect(member.getByText(g.states.waiting)).toBeVisible();
	const requestId = (
		(await (await member.request.get('/api/v1/guidance/requests')).json()) as { requests: Array<{ id: string }> }
	).requests[0]!.id;

	// 2. The admin assigns it to the specialist.
	await admin.goto('/en/admin');
	await expectNoViolations(admin, 'the admin’s requests');
	const request = admin.locator(`[data-request="${requestId}"]`);
	await request.getByLabel(all.admin.requests.specialist).selectOption(specialistId);
	await activate(admin, request.getByRole('button', { name: all.admin.requests.assign }));
	await expect(admin.getByRole('status')).toHaveText(format(all.admin.requests.assigned, { name: specialistName }));
	await member.goto('/en/account/guidance');
	await expect(member.getByText(format(g.specialistIs, { name: specialistName }))).toBeVisible();
	await expectNoViolations(member, 'the member’s guidance, assigned');

	// 3. They write to each other, and each sees the other's words arrive without reloading.
	const memberId = await memberIdByEmail(memberEmail);
	await specialist.goto('/en/specialist');
	const escaped = memberEmail.replace(/[.+]/g, '\\$&');
	await expect(
		specialist.getByRole('link', { name: new RegExp(`^${all.specialist.caseload.open}\\s*:\\s*${escaped}$`) })
	).toBeVisible();
	await expectNoViolations(specialist, 'the caseload');
	await specialist.goto(`/en/specialist/clients/${memberId}/messages`);
	await activate(member, member.getByRole('link', { name: format(g.messages, { name: specialistName }) }));
	await expect(member).toHaveURL(/\/en\/account\/guidance\/messages$/);
	await expectNoViolations(member, 'the member’s messages');
	await typeInto(specialist, specialist.getByLabel(all.messages.form.label), 'Hello, I am glad you wrote.');
	await activate(specialist, specialist.getByRole('button', { name: all.messages.form.send }));
	await expect(messagesOf(member)).toHaveCount(1);
	await expect(messagesOf(member).first()).toContainText('Hello, I am glad you wrote.');
	await typeInto(member, member.getByLabel(all.messages.form.label), 'Thank you. Can we talk this week?');
	await activate(member, member.getByRole('button', { name: all.messages.form.send }));
	await expect(messagesOf(specialist)).toHaveCount(2);
	await expect(messagesOf(specialist).last()).toContainText('Can we talk this week?');
	// Each reads the times in their own zone: Madrid for the member, Chicago for the specialist.
	for (const [page, zone] of [
		[member, 'Europe/Madrid'],
		[specialist, 'America/Chicago']
	] as const) {
		await page.reload();
		const when = messagesOf(page).first().locator('time');
		const at = new Date((await when.getAttribute('datetime'))!);
		await expect(when).toHaveText(messageTime('en', zone).format(at));
	}
	await expectNoViolations(specialist, 'the specialist’s messages');

	// 4. The member books a session in their own time zone and takes it to their calendar.
	await member.goto('/en/account/guidance/sessions');
	await expect(member).toHaveURL(/[?&]tz=Europe%2FMadrid/);
	const slot = member.locator('.card:has(h3)').nth(1).getByRole('button').first();
	const startsAt = (await slot.getAttribute('value'))!;
	await activate(member, slot);
	await expect(member.getByRole('status')).toHaveText(all.sessions.member.done.booked);
	await expectNoViolations(member, 'the member’s sessions');
	const downloading = member.waitForEvent('download');
	await activate(
		member,
		member
			.locator('.session-list > li')
			.getByRole('link', { name: new RegExp(`^${all.sessions.member.ics.replace(/[().]/g, '\\$&')}`) })
	);
	const ics = readFileSync((await (await downloading).path())!, 'utf8');
	const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
	expect(event.startDate.toJSDate().toISOString()).toBe(startsAt);
	await specialist.goto('/en/specialist/sessions');
	await expect(specialist.locator('.session-list time')).toHaveAttribute('datetime', startsAt);

	// 5. The member shares the plan; the specialist reads it.
	const plan = { item: g.things.plan, name: specialistName };
	await member.goto('/en/account/guidance');
	await activate(member, member.getByRole('button', { name: format(g.shareItem, plan) }));
	await expect(member.getByRole('status')).toHaveText(
		format(g.sharedNow, { item: g.items.plan, name: specialistName })
	);
	const planPage = `/en/specialist/clients/${memberId}/plan`;
	expect((await specialist.goto(planPage))?.status()).toBe(200);
	for (const sign of signs) await expect(specialist.getByText(sign, { exact: true })).toBeVisible();
	await expectNoViolations(specialist, 'the shared plan');

	// 6. The member stops sharing: the very next open is refused.
	await member.goto('/en/account/guidance');
	await activate(member, member.getByRole('button', { name: format(g.stopItem, plan) }));
	await expect(member.getByRole('status')).toHaveText(
		format(g.stoppedNow, { item: g.items.plan, name: specialistName })
	);
	expect((await specialist.reload())?.status()).toBe(404);

	// 7. The member sees who opened what, and when.
	await member.goto('/en/account/guidance');
	const audit = member.locator('[data-audit] li');
	await expect(
		audit.filter({ hasText: format(g.auditLine, { who: specialistName, what: g.things.plan }) })
	).toHaveCount(1);
	await expectNoViolations(member, 'who viewed what');

	// All of it is in the member's own copy of their data (the full export needs a recent proof).
	expect((await member.request.post('/api/v1/auth/reauthenticate', { data: { password } })).status()).toBe(204);
	const exported = await (await member.request.get('/api/v1/export')).json();
	expect(exported.viewedBy).toEqual([expect.objectContaining({ role: 'specialist', what: 'plan' })]);
	expect(exported.sharing).toEqual([]);
	expect(exported.messages[0].messages.map((m: { from: string }) => m.from)).toEqual(['your specialist', 'you']);
	expect(exported.bookedSessions.map((b: { startsAt: string }) => b.startsAt)).toEqual([startsAt]);

	// 8. The member closes the request: the specialist's access to the client ends with it.
	await member.goto('/en/account/guidance');
	await activate(member, member.getByRole('button', { name: g.close }));
	await expect(member.getByRole('status')).toHaveText(g.closedNow);
	await expect(member.getByRole('button', { name: g.submit })).toBeVisible();
	expect((await specialist.goto(`/en/specialist/clients/${memberId}/messages`))?.status()).toBe(404);
	expect((await specialist.goto(`/en/specialist/clients/${memberId}`))?.status()).toBe(404);

	await Promise.all([memberContext.close(), adminContext.close(), specialistContext.close()]);
});
