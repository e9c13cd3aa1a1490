import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { catalogue, locales } from '../src/lib/core/i18n/catalogue.ts';
import { format } from '../src/lib/core/i18n/format.ts';
import { expectNoViolations } from './axe.ts';
import { activate, tabTo, typeInto } from './keyboard.ts';
import { signUpAndSignIn } from './members.ts';
import { assignedRequest, enrolPasskey, makeStaff } from './staff.ts';

// Sessions, end to end: a specialist in Chicago sets their weekly hours by keyboard; a member whose browser is in
// Madrid sees the open times in Madrid's clock, books one, downloads its calendar file (parsed with ical.js),
// moves it and cancels it. Every page of sessions is checked with axe, in English and Spanish.

const en = catalogue('en').sessions;

const hourIn = (timeZone: string, iso: string) =>
	new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit', hourCycle: 'h23' }).format(
		new Date(iso)
	);

async function axeEverywhere(page: Page, path: string) {
	for (const locale of locales) {
		await page.goto(`/${locale}${path}`);
		await expectNoViolations(page, `${locale}${path}`);
	}
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(`/en${path}`);
	await expectNoViolations(page, `en${path}, dark`);
	await page.emulateMedia({ colorScheme: 'light' });
}

test('a specialist sets hours by keyboard; a member in Madrid books in their own time, gets the .ics, moves and cancels', async ({
	browser,
	baseURL
}) => {
	// Two people, many pages, axe on each: more than the default minute on a small machine.
	test.setTimeout(240_000);
	// The specialist, in Chicago.
	const staffContext = await browser.newContext({ baseURL: baseURL!, timezoneId: 'America/Chicago' });
	const staff = await staffContext.newPage();
	const staffEmail = await signUpAndSignIn(staff.request, baseURL!, 'sessions-specialist');
	const specialistId = await makeStaff(staffEmail, 'specialist', { displayName: 'Sofía Ramos' });
	await enrolPasskey(staff);

	await staff.goto('/en/specialist/availability');
	await expect(staff.getByRole('heading', { level: 1, name: en.availability.title })).toBeVisible();
	await expect(staff.getByLabel(en.availability.zone)).toHaveValue('America/Chicago');
	const length = staff.getByLabel(en.availability.length);
	await tabTo(staff, length);
	await staff.keyboard.press('Control+A');
	await staff.keyboard.type('60');
	await tabTo(staff, staff.getByLabel(en.availability.pause));
	await staff.keyboard.press('Control+A');
	await staff.keyboard.type('0');
	for (const [i, day] of en.availability.weekdays.entries()) {
		await typeInto(staff, staff.locator(`#start-${i + 1}-0`), '09:00');
		await typeInto(staff, staff.locator(`#end-${i + 1}-0`), '17:00');
		await expect(staff.locator(`#start-${i + 1}-0`)).toHaveAccessibleName(format(en.availability.startOf, { day }));
	}
	// A mistake first: an end before the start is shown at that very field.
	await staff.locator('#exception-date-0').fill('2030-01-07');
	await typeInto(staff, staff.getByLabel(en.availability.exceptionStart).first(), '12:00');
	await typeInto(staff, staff.getByLabel(en.availability.exceptionEnd).first(), '11:00');
	await staff.keyboard.press('Enter');
	await expect(staff.getByRole('alert')).toBeVisible();
	await expect(staff.locator('#exception-end-0')).toHaveAttribute('aria-invalid', 'true');
	await expectNoViolations(staff, 'availability with an error');
	await staff.locator('#exception-date-0').fill('');
	await staff.locator('#exception-start-0').fill('');
	await staff.locator('#exception-end-0').fill('');
	await tabTo(staff, staff.getByRole('button', { name: en.availability.save }));
	await staff.keyboard.press('Enter');
	await expect(staff.getByRole('status')).toHaveText(en.availability.saved);
	await expect(staff.locator('#start-1-0')).toHaveValue('09:00');
	await expect(staff.locator('#end-7-0')).toHaveValue('17:00');
	await axeEverywhere(staff, '/specialist/availability');

	// The member, in Madrid, assigned to that specialist.
	const memberContext = await browser.newContext({ baseURL: baseURL!, timezoneId: 'Europe/Madrid' });
	const member = await memberContext.newPage();
	const memberEmail = await signUpAndSignIn(member.request, baseURL!, 'sessions-member');
	await assignedRequest(memberEmail, specialistId);

	await member.goto('/en/account/guidance/sessions');
	// The page's script opens it again in the browser's own zone.
	await expect(member).toHaveURL(/[?&]tz=Europe%2FMadrid/);
	await expect(member.getByLabel(en.member.zoneLabel)).toHaveValue('Europe/Madrid');
	await expect(
		member.getByRole('heading', { name: format(en.member.openWith, { name: 'Sofía Ramos' }) })
	).toBeVisible();
	// A day that is wholly ahead: its first open time is 09:00 in Chicago, shown as Madrid's clock.
	const tomorrow = member.locator('.card:has(h3)').nth(1);
	const firstButton = tomorrow.getByRole('button').first();
	const startsAt = (await firstButton.getAttribute('value'))!;
	expect(hourIn('America/Chicago', startsAt)).toBe('09:00');
	const madrid = new Intl.DateTimeFormat('en', {
		timeZone: 'Europe/Madrid',
		hour: 'numeric',
		minute: '2-digit'
	}).format(new Date(startsAt));
	await expect(firstButton).toContainText(format(en.member.bookTime, { time: madrid }));
	await activate(member, firstButton);
	await expect(member.getByRole('status')).toHaveText(en.member.done.booked);
	await expect(member).toHaveURL(/tz=Europe%2FMadrid/);
	const session = member.locator('.session-list > li');
	await expect(session).toHaveCount(1);
	await expect(session.locator('time')).toHaveAttribute('datetime', startsAt);

	// The specialist sees it in their own zone, with the client's e-mail address.
	await staff.goto('/en/specialist/sessions');
	await expect(staff.getByText(format(en.specialist.client, { email: memberEmail }))).toBeVisible();
	await expect(staff.locator('.session-list time')).toContainText(/9:00\sAM/);
	await axeEverywhere(staff, '/specialist/sessions');

	// The calendar file, downloaded as a browser does.
	const downloading = member.waitForEvent('download');
	await activate(
		member,
		session.getByRole('link', { name: new RegExp(`^${en.member.ics.replace(/[().]/g, '\\$&')}`) })
	);
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^session-\d{4}-\d{2}-\d{2}\.ics$/);
	const event = new ICAL.Event(
		new ICAL.Component(ICAL.parse(readFileSync((await download.path())!, 'utf8'))).getFirstSubcomponent('vevent')!
	);
	expect(event.startDate.toJSDate().toISOString()).toBe(startsAt);
	expect(event.summary).toBe('Session with your family recovery specialist');

	// Move it to the next open time of that day.
	// It is just before the calendar link that has focus now.
	await tabTo(member, session.getByRole('link', { name: new RegExp(`^${en.member.move}`) }), { backwards: true });
	await member.keyboard.press('Enter');
	await expect(member.getByRole('heading', { name: en.member.moveTitle })).toBeVisible();
	const secondButton = member.locator('.card:has(h3)').nth(1).getByRole('button').nth(1);
	const movedTo = (await secondButton.getAttribute('value'))!;
	await expect(secondButton).toContainText('Move to');
	await activate(member, secondButton);
	await expect(member.getByRole('status')).toHaveText(en.member.done.moved);
	await expect(session).toHaveCount(1);
	await expect(session.locator('time')).toHaveAttribute('datetime', movedTo);
	await axeEverywhere(member, '/account/guidance/sessions?tz=Europe%2FMadrid');

	// And cancel it.
	await member.goto('/en/account/guidance/sessions?tz=Europe%2FMadrid');
	await activate(member, session.getByRole('button', { name: new RegExp(`^${en.member.cancel}`) }));
	await expect(member.getByRole('status')).toHaveText(en.member.done.cancelled);
	await expect(member.getByText(en.member.none)).toBeVisible();
	// The time is open again.
	await expect(member.locator(`button[value="${movedTo}"]`)).toHaveCount(1);

	await staffContext.close();
	await memberContext.close();
});
