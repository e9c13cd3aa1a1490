import { expect, test, type Page } from '@playwright/test';
import { catalogue, type Locale } from '../src/lib/core/i18n/catalogue.ts';
import { format } from '../src/lib/core/i18n/format.ts';
import { keyringFromFile } from '../src/lib/server/crypto/keyring.ts';
import { auditLogRepository } from '../src/lib/server/db/repositories/audit-log.ts';
import { guidanceRequestsRepository } from '../src/lib/server/db/repositories/guidance-requests.ts';
import { expectNoViolations } from './axe.ts';
import { activate, tabTo, typeInto } from './keyboard.ts';
import { confirmedMember, signInPage } from './members.ts';
import { makeStaff, memberIdByEmail, onDatabase } from './staff.ts';

// The member's side of personalized guidance: asking from the account page by keyboard, waiting, a crisis shown
// at once, then, with a specialist assigned, sharing the plan, seeing who viewed it, and stopping.

const story = 'My son called after two months of silence. He asked to come home for the holidays.';
// Clear cases for each level, as the rules read them today: dangerous withdrawal (urgent), and a burden told
// about the loved one (concern).
const crisisStory = 'he has been shaking all day and seeing bugs on the wall after stopping drinking';
const concernStory = 'Mi hijo dice que todos estarían mejor sin él. No sé qué decirle.';

/** What an admin does on their page: the member's open request goes to the specialist. */
async function assign(requestId: string, specialistId: string) {
	await onDatabase(async ({ db }) => {
		const requests = guidanceRequestsRepository(db, keyringFromFile(process.env.E2E_DATA_DIR!));
		expect(await requests.assign(requestId, specialistId, new Date())).toBe(true);
	});
}

/** What the specialist's page writes when they open the member's shared plan. */
async function planOpenedBy(memberId: string, specialistId: string) {
	await onDatabase(({ db }) =>
		auditLogRepository(db).record({
			id: `e2e-audit-${Date.now()}`,
			memberId,
			actorId: specialistId,
			actorRole: 'specialist',
			what: 'plan',
			at: new Date().toISOString()
		})
	);
}

async function axeEverywhere(page: Page, what: string) {
	for (const locale of ['en', 'es'] as Locale[])
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await page.goto(`/${locale}/account/guidance`);
			await expectNoViolations(page, `${what}, ${locale}, ${colorScheme}`);
		}
	await page.emulateMedia({ colorScheme: 'light' });
}

test('a member asks for guidance by keyboard, waits, then shares their plan with their specialist and stops', async ({
	page,
	baseURL
}) => {
	test.slow(); // axe in two languages and two colour schemes, three times over
	const all = catalogue('en');
	const t = all.account.guidance;
	const email = await confirmedMember(baseURL!, 'guidance');
	await signInPage(page, email);

	// From the account page's own list of pages.
	await activate(page, page.getByRole('link', { name: all.account.nav.guidance }));
	await expect(page).toHaveURL(/\/en\/account\/guidance$/);
	await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible();
	expect((await page.request.get('/en/account/guidance')).headers()['cache-control']).toBe('no-store');
	await axeEverywhere(page, 'the request form');
	await page.goto('/en/account/guidance');

	// An empty story: what to fix is said, field by field, and what was chosen is kept.
	await tabTo(page, page.getByRole('radio', { name: t.relationships.child }));
	await page.keyboard.press('ArrowDown'); // to "partner"
	await page.keyboard.press('ArrowDown'); // to "sibling"
	await page.keyboard.press('ArrowDown'); // to "parent"
	await expect(page.getByRole('radio', { name: t.relationships.parent })).toBeChecked();
	await activate(page, page.getByRole('button', { name: t.submit }));
	await expect(page.getByRole('alert')).toHaveText(all.account.fixBelow);
	await expect(page.getByText(all.errors.storyEmpty)).toBeVisible();
	await expect(page.getByText(all.errors.urgencyInvalid)).toBeVisible();
	await expect(page.getByLabel(t.storyLabel)).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByRole('radio', { name: t.relationships.parent })).toBeChecked();
	await expect(page.getByRole('radio', { name: t.languages.en })).toBeChecked();
	await expectNoViolations(page, 'the request form, refused');

	// Now in full, by keyboard alone.
	await typeInto(page, page.getByLabel(t.storyLabel), story);
	await tabTo(page, page.getByRole('radio', { name: t.urgencies.today }));
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: t.urgencies.thisWeek })).toBeChecked();
	await typeInto(page, page.getByLabel(t.timesLabel), 'Weekday evenings');
	await activate(page, page.getByRole('button', { name: t.submit }));
	await expect(page).toHaveURL(/\/en\/account\/guidance\?sent=1$/);
	await expect(page.getByRole('status')).toHaveText(t.sent);
	await expect(page.getByText(t.states.waiting)).toBeVisible();
	await expect(page.getByText(story)).toBeVisible();
	await expect(page.locator('[data-crisis-level]')).toHaveCount(0);
	await expect(page.getByRole('button', { name: t.submit })).toHaveCount(0);
	await axeEverywhere(page, 'a waiting request');

	// An admin assigns the request to a specialist.
	const specialistEmail = await confirmedMember(baseURL!, 'specialist');
	const specialistId = await makeStaff(specialistEmail, 'specialist', { displayName: 'Sofía Ramos' });
	const requests = (await (await page.request.get('/api/v1/guidance/requests')).json()) as {
		requests: Array<{ id: string; state: string }>;
	};
	expect(requests.requests.map((r) => r.state)).toEqual(['waiting']);
	await assign(requests.requests[0]!.id, specialistId);

	const name = 'Sofía Ramos';
	const plan = { item: t.things.plan, name };
	await page.goto('/en/account/guidance');
	await expect(page.getByText(t.states.assigned)).toBeVisible();
	await expect(page.getByText(format(t.specialistIs, { name }))).toBeVisible();
	await expect(page.getByRole('link', { name: format(t.messages, { name }) })).toHaveAttribute(
		'href',
		'/en/account/guidance/messages'
	);
	await expect(page.getByRole('link', { name: format(t.sessions, { name }) })).toHaveAttribute(
		'href',
		'/en/account/guidance/sessions'
	);
	await expect(page.getByText(t.auditNone)).toBeVisible();

	// Share the plan, by keyboard: the specialist may read it now.
	await activate(page, page.getByRole('button', { name: format(t.shareItem, plan) }));
	await expect(page.getByRole('status')).toHaveText(format(t.sharedNow, { item: t.items.plan, name }));
	await expect(page.getByRole('button', { name: format(t.stopItem, plan) })).toBeVisible();
	const shared = (await (await page.request.get('/api/v1/sharing')).json()) as {
		specialists: Array<{ name: string; shares: Record<string, boolean> }>;
	};
	expect(shared.specialists).toEqual([expect.objectContaining({ name, shares: { plan: true, timeline: false } })]);

	// The specialist opens it: the member sees who, what and when.
	await planOpenedBy(await memberIdByEmail(email), specialistId);
	await page.goto('/en/account/guidance');
	const audit = page.locator('[data-audit] li');
	await expect(audit).toHaveCount(1);
	await expect(audit).toContainText(format(t.auditLine, { who: name, what: t.things.plan }));
	await expect(audit.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
	await axeEverywhere(page, 'an assigned request, plan shared');

	// Stop sharing, by keyboard: at once.
	await page.goto('/en/account/guidance');
	await activate(page, page.getByRole('button', { name: format(t.stopItem, plan) }));
	await expect(page.getByRole('status')).toHaveText(format(t.stoppedNow, { item: t.items.plan, name }));
	await expect(page.getByRole('button', { name: format(t.shareItem, plan) })).toBeVisible();
	const after = (await (await page.request.get('/api/v1/sharing')).json()) as {
		specialists: Array<{ shares: Record<string, boolean> }>;
	};
	expect(after.specialists[0]!.shares).toEqual({ plan: false, timeline: false });
});

/** Asks for guidance from the account page in the page's language, with the story in the given language. */
async function ask(page: Page, lang: Locale, story: string, language: Locale) {
	const t = catalogue(lang).account.guidance;
	await page.goto(`/${lang}/account/guidance`);
	await page.getByRole('radio', { name: t.relationships.partner }).check();
	await page.getByLabel(t.storyLabel).fill(story);
	await page.getByRole('radio', { name: t.urgencies.noRush }).check();
	await page.getByRole('radio', { name: t.languages[language] }).check();
	await page.getByRole('button', { name: t.submit }).click();
	await expect(page).toHaveURL(new RegExp(`/${lang}/account/guidance\\?sent=1$`));
}

test('a request that speaks of a crisis shows its level’s help at once, first on the page: 911 first when urgent, 988 first and “it is all right to ask” for a concern', async ({
	page,
	baseURL
}) => {
	const email = await confirmedMember(baseURL!, 'guidance-crisis');
	await signInPage(page, email);

	// Urgent, on the Spanish page, the story in English.
	const es = catalogue('es');
	await ask(page, 'es', crisisStory, 'en');
	const urgent = page.getByRole('region', { name: es.crisisLevels.story.urgent });
	await expect(urgent).toBeVisible();
	await expect(urgent).toContainText(es.account.guidance.crisisCalm);
	await expect(urgent).toContainText(es.crisisLevels.urgent.act);
	await expect(urgent.getByRole('link').first()).toHaveAttribute('href', 'tel:911');
	await expect(urgent.getByRole('link').nth(1)).toHaveAttribute('href', 'tel:988');
	await expect(urgent.locator('[data-crisis-words]')).not.toBeEmpty();
	// Above everything else on the page, the heading included.
	const [crisisTop, titleTop] = await Promise.all([
		urgent.evaluate((element) => element.getBoundingClientRect().top),
		page.getByRole('heading', { level: 1 }).evaluate((element) => element.getBoundingClientRect().top)
	]);
	expect(crisisTop).toBeLessThan(titleTop);
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await expectNoViolations(page, `the urgent crisis answer, es, ${colorScheme}`);
	}
	await page.emulateMedia({ colorScheme: 'light' });

	// The member closes it and asks again: a concern, on the English page, the story in Spanish.
	await page.getByRole('button', { name: es.account.guidance.close }).click();
	const en = catalogue('en');
	await ask(page, 'en', concernStory, 'es');
	const concern = page.getByRole('region', { name: en.crisisLevels.story.concern });
	await expect(concern).toBeVisible();
	await expect(concern).toContainText(en.crisisLevels.concern.ask);
	await expect(concern).toContainText(en.crisisLevels.concern.notIdea);
	await expect(concern.getByRole('link').first()).toHaveAttribute('href', 'tel:988');
	await expect(concern.locator('[data-crisis-words]')).toContainText('mejor sin él');
	const mine = (await (await page.request.get('/api/v1/guidance/requests')).json()) as {
		requests: Array<{ crisis: boolean; crisisLevel: string | null; state: string }>;
	};
	expect(mine.requests.map((r) => [r.crisis, r.crisisLevel, r.state])).toEqual([
		[true, 'concern', 'waiting'],
		[true, 'urgent', 'closed']
	]);
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await expectNoViolations(page, `the concern crisis answer, en, ${colorScheme}`);
	}
});

test('the guide’s end offers personalized guidance; signed out, it asks to sign in first', async ({ page }) => {
	const all = catalogue('en');
	await page.goto('/en/guide/decide');
	await expect(page.getByRole('heading', { name: all.guide.decide.guidanceTitle })).toBeVisible();
	await activate(page, page.getByRole('link', { name: all.guide.decide.guidanceLink }));
	await expect(page).toHaveURL(/\/en\/account\/sign-in$/);
});
