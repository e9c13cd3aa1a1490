import { expect, request as newRequest, test } from '@playwright/test';
import { catalogue, locales } from '../src/lib/core/i18n/catalogue.ts';
import { mondayOf } from '../src/lib/core/timeline/weeks.ts';
import { expectNoViolations } from './axe.ts';
import { activate, tabTo, typeInto } from './keyboard.ts';
import { confirmedMember, savePlanSigns, signInPage, signedInMember } from './members.ts';

const signs = ['Goes to meetings', 'Calls when they said they would'];
const said = '<script>alert("porch")</script> I promise I will go to meetings';

test('a member notes a reach-out by keyboard, changes it, does a check-in, sees the weeks side by side, and removes it', async ({
	page,
	baseURL
}) => {
	const all = catalogue('en');
	const t = all.account.timeline;
	const email = await confirmedMember(baseURL!, 'timeline');
	await signInPage(page, email);
	await savePlanSigns(page.request, email, signs);

	await page.goto('/en/account/timeline');
	await expect(page.getByText(t.list.empty)).toBeVisible();
	// The small script starts "when" at the device's own date and time.
	await expect(page.getByLabel(t.form.when)).toHaveValue(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
	await expect((await page.request.get('/en/account/timeline')).headers()['cache-control']).toBe('no-store');

	// A refusal keeps what was typed and says what to fix.
	await activate(page, page.getByText(t.form.addTitle));
	await typeInto(page, page.getByLabel(t.form.said, { exact: true }), said);
	await page.getByLabel(t.form.when).fill('');
	await activate(page, page.getByRole('button', { name: t.form.add }));
	await expect(page.getByRole('alert')).toHaveText(all.account.fixBelow);
	await expect(page.getByText(all.errors.whenInvalid)).toBeVisible();
	await expect(page.getByLabel(t.form.when)).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel(t.form.said, { exact: true })).toHaveValue(said);
	await expectNoViolations(page, 'timeline, refused');

	// By keyboard alone: the date and time, the channel, the decision and a note.
	const now = new Date();
	await tabTo(page, page.getByLabel(t.form.when));
	const local = now.toISOString().slice(0, 16);
	await page.getByLabel(t.form.when).fill(local);
	await tabTo(page, page.getByLabel(t.form.channel));
	await page.keyboard.press('ArrowDown');
	await expect(page.getByLabel(t.form.channel)).toHaveValue('text');
	await tabTo(page, page.getByLabel(t.form.decision));
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
	await expect(page.getByLabel(t.form.decision)).toHaveValue('notYet');
	await typeInto(page, page.getByLabel(t.form.note), 'I waited a day before answering.');
	await activate(page, page.getByRole('button', { name: t.form.add }));
	await expect(page).toHaveURL(/\/en\/account\/timeline\?done=added$/);
	await expect(page.getByRole('status')).toHaveText(t.list.added);

	// What they said is shown as text, never run or read as markup.
	const entry = page.locator('.timeline-entry');
	await expect(entry).toHaveCount(1);
	await expect(entry.getByText(said, { exact: true })).toBeVisible();
	await expect(entry.locator('script')).toHaveCount(0);
	await expect(entry).toContainText(t.channels.text);
	await expect(entry).toContainText(all.guide.decide.choices.notYet);
	await expect(entry).toContainText(t.list.nothingWritten);

	// Another member finds nothing there, on the page and through the API.
	const href = await entry.getByRole('link', { name: new RegExp(t.list.change) }).getAttribute('href');
	const id = href!.split('/').pop()!;
	const luis = await signedInMember(baseURL!, 'luis');
	expect((await luis.get(`/en/account/timeline/${id}`)).status()).toBe(404);
	expect((await luis.get(`/api/v1/reach-outs/${id}`)).status()).toBe(404);
	expect((await luis.post(`/en/account/timeline/${id}?/remove`, { form: { confirm: 'yes' } })).status()).toBe(404);
	await luis.dispose();

	// Changed by keyboard.
	await activate(page, entry.getByRole('link', { name: new RegExp(t.list.change) }));
	await expect(page.getByRole('heading', { level: 1, name: t.edit.title })).toBeVisible();
	await expect(page.getByLabel(t.form.said, { exact: true })).toHaveValue(said);
	await typeInto(page, page.getByLabel(t.form.did, { exact: true }), 'Went to a meeting on Tuesday');
	await activate(page, page.getByRole('button', { name: t.form.save }));
	await expect(page).toHaveURL(/\/en\/account\/timeline\?done=changed$/);
	await expect(page.locator('.timeline-entry')).toContainText('Went to a meeting on Tuesday');
	await expect(page.locator('.timeline-entry').getByText(said, { exact: true })).toBeVisible();

	// The weekly check-in: one group of choices per sign; each needs an answer.
	await page.goto('/en/account/check-in');
	const groups = page.getByRole('group');
	await expect(groups).toHaveCount(2);
	await tabTo(page, groups.nth(0).getByRole('radio', { name: t.statuses.seen, exact: true }));
	await page.keyboard.press('Space');
	await typeInto(page, page.getByLabel(t.checkIn.noteLabel).nth(0), 'Tuesday, he sent a photo of the slip.');
	await activate(page, page.getByRole('button', { name: t.checkIn.save }));
	await expect(page.getByRole('alert')).toHaveText(all.account.fixBelow);
	await expect(groups.nth(1)).toContainText(all.errors.statusInvalid);
	await expect(groups.nth(0).getByRole('radio', { name: t.statuses.seen, exact: true })).toBeChecked();
	await expect(page.getByLabel(t.checkIn.noteLabel).nth(0)).toHaveValue('Tuesday, he sent a photo of the slip.');
	await expectNoViolations(page, 'check-in, refused');
	await tabTo(page, groups.nth(1).getByRole('radio', { name: t.statuses.seen, exact: true }));
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(groups.nth(1).getByRole('radio', { name: t.statuses.notSure, exact: true })).toBeChecked();
	await activate(page, page.getByRole('button', { name: t.checkIn.save }));
	await expect(page.getByRole('status')).toBeVisible();
	await expect(groups.nth(1).getByRole('radio', { name: t.statuses.notSure, exact: true })).toBeChecked();

	// The consistency view: two pictures with their titles, and tables holding the same figures as the API.
	await activate(page, page.getByRole('link', { name: t.checkIn.toConsistency }));
	await expect(page.getByRole('heading', { level: 1, name: t.consistency.title })).toBeVisible();
	await expect(page.getByRole('img', { name: t.consistency.signsTitle })).toBeVisible();
	await expect(page.getByRole('img', { name: t.consistency.reachOutsTitle })).toBeVisible();
	await expect(page.locator('svg[role=img] title')).toHaveText([
		t.consistency.signsTitle,
		t.consistency.reachOutsTitle
	]);
	const figures = await (await page.request.get('/api/v1/consistency')).json();
	expect(figures.weeks.at(-1)).toBe(mondayOf(now));
	const signsTable = page.getByRole('table', { name: t.consistency.signsCaption });
	await expect(signsTable.locator('tbody tr')).toHaveCount(12);
	await expect(signsTable.locator('thead th')).toHaveText([t.consistency.week, ...signs]);
	for (const [i] of figures.weeks.entries()) {
		const words = figures.signs.map((row: { weeks: string[] }) => t.statuses[row.weeks[i] as 'seen']);
		await expect(signsTable.locator('tbody tr').nth(i).locator('td')).toHaveText(words);
	}
	await expect(signsTable.locator('tbody tr').last().locator('td')).toHaveText([t.statuses.seen, t.statuses.notSure]);
	const reachOutsTable = page.getByRole('table', { name: t.consistency.reachOutsCaption });
	for (const [i, week] of figures.reachOuts.entries())
		await expect(reachOutsTable.locator('tbody tr').nth(i).locator('td')).toHaveText(
			[week.reachOuts, week.said, week.did].map(String)
		);
	await expect(reachOutsTable.locator('tbody tr').last().locator('td')).toHaveText(['1', '1', '1']);

	// Removed, after one more question.
	await page.goto(`/en/account/timeline/${id}`);
	await activate(page, page.getByRole('button', { name: t.edit.remove }));
	await expect(page.getByRole('heading', { level: 1, name: t.edit.confirmTitle })).toBeVisible();
	expect((await page.request.get(`/api/v1/reach-outs/${id}`)).status()).toBe(200);
	await activate(page, page.getByRole('button', { name: t.edit.confirm }));
	await expect(page).toHaveURL(/\/en\/account\/timeline\?done=removed$/);
	await expect(page.getByRole('status')).toHaveText(t.list.removed);
	await expect(page.getByText(t.list.empty)).toBeVisible();
	expect((await page.request.get(`/api/v1/reach-outs/${id}`)).status()).toBe(404);
});

test('the check-in and consistency API: a week is saved, replaced and removed, and only by its member', async ({
	baseURL
}) => {
	const ana = await signedInMember(baseURL!, 'ana-check-in');
	const luis = await signedInMember(baseURL!, 'luis-check-in');
	const anonymous = await newRequest.newContext({ baseURL: baseURL! });
	const week = mondayOf(new Date());
	const answers = [{ sign: '<b>Goes</b> to meetings', status: 'seen', note: 'Twice 🙏' }];

	const saved = await ana.put(`/api/v1/check-ins/${week}`, { data: { answers } });
	expect(saved.status()).toBe(200);
	expect(saved.headers()['cache-control']).toBe('no-store');
	expect((await saved.json()).answers).toEqual(answers);
	const replaced = await ana.put(`/api/v1/check-ins/${week}`, {
		data: { answers: [{ ...answers[0], status: 'notSure' }] }
	});
	expect((await replaced.json()).answers[0]).toEqual({ ...answers[0], status: 'notSure' });
	expect((await (await ana.get('/api/v1/check-ins')).json()).checkIns).toHaveLength(1);

	const bad = await ana.put('/api/v1/check-ins/2026-12-01', { data: { answers: [{ sign: 'x', status: 'maybe' }] } });
	expect(bad.status()).toBe(400);
	expect((await bad.json()).errors.map((e: { field: string }) => e.field).sort()).toEqual(['answers.0.status', 'week']);

	for (const method of ['GET', 'DELETE'] as const) {
		expect((await luis.fetch(`/api/v1/check-ins/${week}`, { method })).status(), method).toBe(404);
		expect((await anonymous.fetch(`/api/v1/check-ins/${week}`, { method })).status(), method).toBe(401);
	}
	expect((await anonymous.get('/api/v1/consistency')).status()).toBe(401);
	const figures = await (await ana.get('/api/v1/consistency')).json();
	expect(figures.weeks).toHaveLength(12);
	expect(figures.signs).toEqual([{ sign: answers[0]!.sign, weeks: [...Array(11).fill('none'), 'notSure'] }]);

	expect((await ana.delete(`/api/v1/check-ins/${week}`)).status()).toBe(204);
	expect((await ana.get(`/api/v1/check-ins/${week}`)).status()).toBe(404);
	await Promise.all([ana.dispose(), luis.dispose(), anonymous.dispose()]);
});

test('the timeline, check-in and consistency pages pass axe in both languages, light and dark', async ({
	page,
	baseURL
}) => {
	test.setTimeout(240_000);
	const email = await confirmedMember(baseURL!, 'axe-timeline');
	await signInPage(page, email);
	await savePlanSigns(page.request, email, signs);
	const created = await page.request.post('/api/v1/reach-outs', {
		data: { occurredAt: new Date().toISOString(), channel: 'call', said, did: 'Came to dinner', decision: 'time' }
	});
	const { id } = await created.json();
	await page.request.put(`/api/v1/check-ins/${mondayOf(new Date())}`, {
		data: { answers: [{ sign: signs[0], status: 'seen', note: '' }] }
	});

	for (const locale of locales) {
		const t = catalogue(locale).account.timeline;
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			for (const path of ['timeline', `timeline/${id}`, 'check-in', 'consistency']) {
				await page.goto(`/${locale}/account/${path}`);
				await expectNoViolations(page, `${locale} ${path}, ${colorScheme}`);
			}
			await page.goto(`/${locale}/account/timeline`);
			await page.getByText(t.form.addTitle).click();
			await expectNoViolations(page, `${locale} timeline with the form open, ${colorScheme}`);
			await page.goto(`/${locale}/account/timeline/${id}`);
			await page.getByRole('button', { name: t.edit.remove }).click();
			await expect(page.getByRole('heading', { level: 1, name: t.edit.confirmTitle })).toBeVisible();
			await expectNoViolations(page, `${locale} remove, ${colorScheme}`);
		}
	}
});

test('a member whose plan has no signs of change is pointed kindly to their plan', async ({ page, baseURL }) => {
	const t = catalogue('es').account.timeline;
	const email = await confirmedMember(baseURL!, 'no-signs');
	await signInPage(page, email, 'es');
	await page.goto('/es/account/check-in');
	await expect(page.getByText(t.checkIn.noSigns)).toBeVisible();
	await expect(page.getByRole('link', { name: t.checkIn.toPlan })).toHaveAttribute('href', '/es/account/plan');
	await expectNoViolations(page, 'es check-in without signs');
	await page.goto('/es/account/consistency');
	await expect(page.getByText(t.consistency.noSigns)).toBeVisible();
	await expectNoViolations(page, 'es consistency without signs');
	await page.context().clearCookies();
	await page.goto('/es/account/timeline');
	await expect(page).toHaveURL(/\/es\/account\/sign-in$/);
});
