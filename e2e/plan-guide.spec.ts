import { expect, test, type Page } from '@playwright/test';
import { catalogue, locales, type Locale } from '../src/lib/core/i18n/catalogue.ts';
import { format } from '../src/lib/core/i18n/format.ts';
import { activate, typeInto } from './keyboard.ts';
import { newMemberThroughPages } from './members.ts';
import { checkAxe, lists } from './plan.ts';

// The guide's Steps 4 and 5 and the plan: they start from it and save back to it.

async function openStep(page: Page, locale: Locale, slug: 'safe' | 'conditions'): Promise<void> {
	await page.goto(`/${locale}/guide/${slug}`);
	await page.locator('[data-guide-step][data-ready]').waitFor();
}

test('the guide’s Steps 4 and 5 start from the plan and save back to it; signed out nothing changes', async ({
	page,
	browser,
	baseURL
}) => {
	const g = catalogue('en').guide;
	const t = catalogue('en').account.plan.guide;
	await newMemberThroughPages(page, 'en', 'plan-guide');
	expect((await page.request.put('/api/v1/plan', { data: { ...lists, baseVersion: 0 } })).status()).toBe(200);

	await openStep(page, 'en', 'safe');
	await activate(page, page.getByRole('button', { name: t.start }));
	await expect(page.locator('[data-plan-status]')).toHaveText(format(t.started, { version: 1 }));
	await expect(page.locator('[data-list="boundaries"] textarea')).toHaveValue(lists.boundaries[0]!);
	await expect(page.locator('[data-list="signs"] textarea')).toHaveCount(2);
	await checkAxe(page, 'step 5 signed in');

	await typeInto(page, page.getByLabel(format(g.list.newItem, { list: g.safe.lists.boundaries.heading })), 'No money');
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-list="boundaries"] textarea')).toHaveCount(2);
	await activate(page, page.getByRole('button', { name: t.save }));
	await expect(page.locator('[data-plan-status]')).toHaveText(format(t.saved, { version: 2 }));
	const saved = await (await page.request.get('/api/v1/plan')).json();
	expect(saved.version).toBe(2);
	expect(saved.lists.boundaries).toEqual([...lists.boundaries, 'No money']);
	expect(saved.lists.conditions).toEqual(lists.conditions);

	// Saved elsewhere meanwhile: said kindly, and a second save keeps these lists on purpose.
	await page.request.put('/api/v1/plan', { data: { ...saved.lists, signs: ['Elsewhere'], baseVersion: 2 } });
	await activate(page, page.getByRole('button', { name: t.save }));
	await expect(page.locator('[data-plan-status]')).toHaveText(t.conflict);
	await activate(page, page.getByRole('button', { name: t.save }));
	await expect(page.locator('[data-plan-status]')).toHaveText(format(t.saved, { version: 4 }));

	await openStep(page, 'en', 'conditions');
	await typeInto(
		page,
		page.getByLabel(format(g.list.newItem, { list: g.conditions.mineHeading })),
		'Only on this device'
	);
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-list="conditions"] textarea')).toHaveCount(1);
	await activate(page, page.getByRole('button', { name: t.start }));
	await expect(page.locator('[data-list="conditions"] textarea')).toHaveCount(2);
	await expect(page.locator('[data-list="conditions"] textarea').first()).toHaveValue(lists.conditions[0]!);
	await expect(page.locator('[data-list="conditions"] textarea').last()).toHaveValue(lists.conditions[1]!);
	await checkAxe(page, 'step 4 signed in');

	// Signed out: the guide is exactly as before.
	const other = await browser.newContext({ baseURL: baseURL! });
	const anonymous = await other.newPage();
	for (const locale of locales)
		for (const slug of ['safe', 'conditions'] as const) {
			await openStep(anonymous, locale, slug);
			await expect(anonymous.locator('[data-plan-sync]')).toBeHidden();
			await expect(anonymous.getByRole('button', { name: catalogue(locale).account.plan.guide.start })).toHaveCount(0);
		}
	await other.close();
});
