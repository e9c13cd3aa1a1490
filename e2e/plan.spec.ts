import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { catalogue } from '../src/lib/core/i18n/catalogue.ts';
import { format } from '../src/lib/core/i18n/format.ts';
import { activate, typeInto } from './keyboard.ts';
import { newMemberThroughPages } from './members.ts';
import { checkAxe, pdfOf } from './plan.ts';

// The plan pages: writing it by keyboard, its versions and PDF, in Spanish without script, and signed out.
// The API is in plan-api.spec.ts, the guide's steps that use the plan in plan-guide.spec.ts.

test('a member writes the plan by keyboard, saves twice, opens version 1, prints it on one page and downloads the PDF', async ({
	page
}) => {
	const t = catalogue('en').account.plan;
	const errors = catalogue('en').errors;
	await newMemberThroughPages(page, 'en', 'plan-page');
	await activate(page, page.getByRole('link', { name: catalogue('en').account.nav.plan }));
	await expect(page).toHaveURL(/\/en\/account\/plan$/);
	await expect(page.getByText(t.page.empty)).toBeVisible();
	await checkAxe(page, 'my plan, empty');

	const conditions = page.getByLabel(t.lists.conditions.heading);
	await typeInto(page, conditions, 'Sober when we talk');
	await page.keyboard.press('Enter');
	await page.keyboard.press('Enter');
	await page.keyboard.type('  Honest about the last months  ');
	await typeInto(page, page.getByLabel(t.lists.signs.heading), 'Weekly meetings');
	await activate(page, page.getByRole('button', { name: t.page.save }));
	await expect(page.getByRole('status')).toHaveText(format(t.page.saved, { version: 1 }));
	const sheet = page.locator('.plan-sheet');
	await expect(sheet.getByRole('listitem')).toHaveText([
		'Sober when we talk',
		'Honest about the last months',
		'Weekly meetings'
	]);
	await expect(conditions).toHaveValue('Sober when we talk\nHonest about the last months');

	// A line that is too long: said on its list, with its line, and everything typed is kept.
	const tooLong = 'x'.repeat(501);
	await page.getByLabel(t.lists.boundaries.heading).fill(`No visits when using\n\n${tooLong}`);
	await activate(page, page.getByRole('button', { name: t.page.save }));
	await expect(page.getByRole('alert')).toHaveText(catalogue('en').account.fixBelow);
	await expect(page.getByLabel(t.lists.boundaries.heading)).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText(format(t.page.lineProblem, { line: 3, problem: errors.itemTooLong }))).toBeVisible();
	await expect(page.getByLabel(t.lists.boundaries.heading)).toHaveValue(`No visits when using\n\n${tooLong}`);
	await checkAxe(page, 'my plan, with an error');

	await page.getByLabel(t.lists.boundaries.heading).fill('No visits when using');
	await activate(page, page.getByRole('button', { name: t.page.save }));
	await expect(page.getByRole('status')).toHaveText(format(t.page.saved, { version: 2 }));
	await expect(page.getByText(new RegExp(`^${format(t.page.current, { version: 2, date: '.+' })}$`))).toBeVisible();
	await checkAxe(page, 'my plan, version 2');

	await activate(page, page.getByRole('link', { name: /^Version 1, saved / }));
	await expect(page.getByRole('heading', { level: 1, name: format(t.version.title, { version: 1 }) })).toBeVisible();
	await expect(page.locator('.plan-sheet').getByRole('listitem')).toHaveCount(3);
	await expect(page.getByText('No visits when using')).toHaveCount(0);
	await checkAxe(page, 'version 1');
	await activate(page, page.getByRole('link', { name: t.version.back }));
	await expect(page.getByRole('heading', { level: 1, name: t.page.title })).toBeVisible();
	await page.waitForLoadState('load');

	// Printing: the plan alone, black on white, on one page.
	await page.evaluate(() => {
		window.print = () => document.documentElement.setAttribute('data-printed', '');
	});
	await activate(page, page.getByRole('button', { name: t.page.print }));
	await expect(page.locator('html[data-printed]')).toHaveCount(1);
	await page.emulateMedia({ media: 'print' });
	for (const hidden of [
		'.site-header',
		'.site-footer',
		'.plan-page form',
		'.plan-versions',
		'.plan-actions',
		'.quick-exit'
	])
		await expect(page.locator(hidden).first(), `${hidden} when printing`).toBeHidden();
	await expect(page.locator('.plan-sheet')).toBeVisible();
	const printed = await pdfOf(await page.pdf({ format: 'Letter' }));
	expect(printed).toHaveLength(1);
	expect(printed[0]).toContain('No visits when using');
	expect(printed[0]).not.toContain(t.page.save);
	await page.emulateMedia({ media: 'screen' });

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		activate(page, page.getByRole('link', { name: t.page.download }))
	]);
	expect(download.suggestedFilename()).toBe('porchlight-plan.pdf');
	const [pdf, ...more] = await pdfOf(readFileSync(await download.path()));
	expect(more).toEqual([]);
	for (const text of [t.pdf.title, t.lists.boundaries.heading, 'No visits when using', 'Honest about the last months'])
		expect(pdf).toContain(text);
});

test('es: the plan page and an earlier version in Spanish, light and dark, without violations; the form needs no script', async ({
	page,
	browser,
	baseURL
}) => {
	const t = catalogue('es').account.plan;
	await newMemberThroughPages(page, 'es', 'plan-es');
	await page.goto('/es/account/plan');
	await checkAxe(page, '/es/account/plan, empty');
	await page.getByLabel(t.lists.conditions.heading).fill('¿Está sobrio cuando hablamos?\n“Sin prisa”');
	await page.getByRole('button', { name: t.page.save }).click();
	await expect(page.getByRole('status')).toHaveText(format(t.page.saved, { version: 1 }));
	await page.getByRole('button', { name: t.page.save }).click();
	await expect(page.getByRole('status')).toHaveText(format(t.page.unchanged, { version: 1 }));
	await page.getByLabel(t.lists.signs.heading).fill('Va a reuniones');
	await page.getByRole('button', { name: t.page.save }).click();
	await expect(page.getByRole('status')).toHaveText(format(t.page.saved, { version: 2 }));
	await checkAxe(page, '/es/account/plan');
	await page.goto('/es/account/plan/versions/1');
	await expect(page.getByRole('heading', { level: 1, name: format(t.version.title, { version: 1 }) })).toBeVisible();
	await checkAxe(page, '/es/account/plan/versions/1');
	expect((await page.goto('/es/account/plan/versions/9'))!.status()).toBe(404);

	// Saved from elsewhere while the form was open: said kindly, what was typed kept, and saving again keeps it.
	await page.goto('/es/account/plan');
	const elsewhere = { conditions: ['Desde el teléfono'], boundaries: [], expectations: [], supports: [], signs: [] };
	expect((await page.request.put('/api/v1/plan', { data: { ...elsewhere, baseVersion: 2 } })).status()).toBe(200);
	await page.getByRole('textbox', { name: t.lists.signs.heading }).fill('Mis palabras');
	await page.getByRole('button', { name: t.page.save }).click();
	await expect(page.getByRole('alert')).toHaveText(t.page.conflict);
	await expect(page.getByRole('textbox', { name: t.lists.signs.heading })).toHaveValue('Mis palabras');
	await expect(page.locator('.plan-sheet')).toContainText('Desde el teléfono');
	await checkAxe(page, '/es/account/plan, saved elsewhere');
	await page.getByRole('button', { name: t.page.save }).click();
	await expect(page.getByRole('status')).toHaveText(format(t.page.saved, { version: 4 }));

	// The same member on a browser without scripting: the form still saves, and Print (which needs one) is not shown.
	const plain = await browser.newContext({
		baseURL: baseURL!,
		javaScriptEnabled: false,
		storageState: await page.context().storageState()
	});
	const noScript = await plain.newPage();
	await noScript.goto('/es/account/plan');
	await expect(noScript.getByRole('button', { name: t.page.print })).toBeHidden();
	await noScript.getByRole('textbox', { name: t.lists.supports.heading }).fill('Mi hermana\n\n  Al-Anon  ');
	await noScript.getByRole('button', { name: t.page.save }).click();
	await expect(noScript.getByRole('status')).toHaveText(format(t.page.saved, { version: 5 }));
	await expect(noScript.locator('.plan-sheet').getByRole('listitem')).toContainText(['Mi hermana', 'Al-Anon']);
	await plain.close();

	// At 200 % text on a 360 px phone the pages reflow (bypassCSP only to inject the text size).
	const phone = await browser.newContext({
		baseURL: baseURL!,
		viewport: { width: 360, height: 740 },
		bypassCSP: true,
		storageState: await page.context().storageState()
	});
	const small = await phone.newPage();
	for (const path of ['/es/account/plan', '/es/account/plan/versions/1', '/en/account/plan']) {
		await small.goto(path);
		await small.addStyleTag({ content: 'html { font-size: 200% !important; }' });
		expect(await small.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
	}
	await phone.close();
});

test('signed out, the plan pages lead to sign-in', async ({ page }) => {
	for (const path of ['/en/account/plan', '/es/account/plan/versions/1']) {
		await page.goto(path);
		await expect(page).toHaveURL(/\/account\/sign-in$/);
	}
});
