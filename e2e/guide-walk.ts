import { expect, type Page } from '@playwright/test';
import { catalogue, type Locale } from '../src/lib/core/i18n/catalogue.ts';
import type { Relationship, SafetyAnswer, SafetyAnswers, SafetyQuestion } from '../src/lib/core/safety/rule.ts';
import { format } from '../src/lib/core/i18n/format.ts';
import { passWords } from '../src/lib/core/guide/steps.ts';
import { activate, tabTo, typeInto } from './keyboard.ts';

export interface WalkResult {
	ownCondition: string;
	boundary: string;
	answers: string;
}

export interface WalkOptions {
	checkClipboard?: boolean;
	/** The pass follows the safety card: no conditions for reconnecting, and only safe choices. */
	safetyMode?: boolean;
}

/** From the home page to the safety check, by keyboard: "They reached out", then who reached out, then Begin. */
export async function startGuide(page: Page, locale: Locale, relationship: Relationship = 'child'): Promise<void> {
	const t = catalogue(locale);
	await page.goto(`/${locale}`);
	await activate(page, page.getByRole('link', { name: t.home.start }));
	await expect(page.getByRole('heading', { level: 1, name: t.guide.title })).toBeVisible();
	const who = page.getByRole('radio', { name: t.safety.who.options[relationship] });
	await page.locator('[data-guide-step][data-ready]').waitFor();
	// Tab enters a radio group on its checked radio (a remembered answer), or on the first one.
	const remembered = page.locator('[data-relationship] input:checked');
	await tabTo(page, (await remembered.count()) ? remembered : page.getByRole('radio').first());
	while (!(await who.isChecked())) await page.keyboard.press('ArrowDown');
	// With a reach-out already in progress on the device, the way in is "Start a new reach-out".
	const begin = page.getByRole('link', { name: t.guide.intro.begin });
	await activate(page, (await begin.isVisible()) ? begin : page.getByRole('button', { name: t.guide.intro.startOver }));
	await expect(page.getByRole('heading', { level: 1, name: t.safety.check.title })).toBeVisible();
}

/** Answers the safety check by keyboard (questions not named are skipped) and presses Continue. */
export async function answerSafetyCheck(page: Page, locale: Locale, answers: SafetyAnswers): Promise<void> {
	const check = catalogue(locale).safety.check;
	for (const [question, answer] of Object.entries(answers) as Array<[SafetyQuestion, NonNullable<SafetyAnswer>]>) {
		const group = page.getByRole('group', { name: check.questions[question] });
		await tabTo(page, group.getByRole('radio').first());
		const radio = group.getByRole('radio', { name: check.answers[answer], exact: true });
		while (!(await radio.isChecked())) await page.keyboard.press('ArrowRight');
	}
	await activate(page, page.getByRole('button', { name: check.continue }));
}

/** Walks the whole guide from the home page by keyboard alone, skipping the safety check. */
export async function walkGuideByKeyboard(page: Page, locale: Locale, options: WalkOptions = {}): Promise<WalkResult> {
	// Our Permissions-Policy forbids reading the clipboard (clipboard-read=()), so record what is written instead.
	if (options.checkClipboard) await page.addInitScript(recordClipboardWrites);
	await startGuide(page, locale);
	await activate(page, page.getByRole('link', { name: catalogue(locale).safety.check.skip }));
	return walkSteps(page, locale, options);
}

/**
 * Walks Step 1 to the decision by keyboard alone: a support contact on Step 1, an answer and a note on Step 2,
 * the copied questions and their answers on Step 3, an example and an own condition on Step 4 (none after the
 * safety card), a boundary and a sign of change on Step 5, then "Not yet", and saves the reach-out.
 */
export async function walkSteps(page: Page, locale: Locale, options: WalkOptions = {}): Promise<WalkResult> {
	const t = catalogue(locale);
	const g = t.guide;
	const result: WalkResult = {
		ownCondition: locale === 'en' ? 'Call me before you come over' : 'Llámame antes de venir',
		boundary: locale === 'en' ? 'No visits when using' : 'Sin visitas si ha consumido',
		answers: locale === 'en' ? 'Says they went to a meeting on Tuesday' : 'Dice que fue a una reunión el martes'
	};

	// Step 1: the breathing can be skipped; a support contact is added right there, with call and text links.
	await expect(page.getByRole('heading', { level: 1, name: g.pause.title })).toBeVisible();
	const skip = page.getByRole('button', { name: g.pause.breathing.skip });
	if (await skip.isVisible()) {
		await activate(page, skip);
		await expect(page.getByText(g.pause.breathing.done)).toBeVisible();
	}
	await typeInto(page, page.getByLabel(g.pause.support.name, { exact: true }), 'Ana');
	await typeInto(page, page.getByLabel(g.pause.support.phone, { exact: true }), '555 010 2000');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('link', { name: format(g.pause.support.call, { name: 'Ana' }) })).toHaveAttribute(
		'href',
		'tel:5550102000'
	);
	await expect(page.getByRole('link', { name: format(g.pause.support.text, { name: 'Ana' }) })).toHaveAttribute(
		'href',
		`sms:5550102000?body=${encodeURIComponent(g.pause.support.message)}`
	);
	await activate(page, page.getByRole('link', { name: `${g.next} →` }));

	// Step 2: a choice by arrow key, then a note.
	await expect(page.getByRole('heading', { level: 1, name: g.askYourself.title })).toBeVisible();
	const firstQuestion = g.askYourself.questions.recovery;
	await tabTo(page, page.getByRole('radio', { name: firstQuestion.options.recovery }));
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: firstQuestion.options.relief })).toBeChecked();
	await page.keyboard.press('Tab');
	await page.keyboard.type('Asked for money again');
	await activate(page, page.getByRole('link', { name: `${g.next} →` }));

	// Step 3: copy the four questions; note their answers.
	await expect(page.getByRole('heading', { level: 1, name: g.askThem.title })).toBeVisible();
	const safetyNote = page.getByText(t.safety.mode.askThem);
	if (options.safetyMode) await expect(safetyNote).toBeVisible();
	else await expect(safetyNote).toBeHidden();
	await activate(page, page.getByRole('button', { name: g.askThem.copy }));
	await expect(page.getByText(g.askThem.copied)).toBeVisible();
	if (options.checkClipboard) {
		const copied = await page.evaluate(() => (window as unknown as { copiedText?: string }).copiedText);
		expect(copied).toContain(`4. ${g.askThem.questions[3]}`);
	}
	await typeInto(page, page.getByLabel(g.askThem.answersLabel), result.answers);
	await expect(page.getByRole('heading', { name: g.askThem.warningTitle })).toBeVisible();
	await activate(page, page.getByRole('link', { name: `${g.next} →` }));

	// Step 4: one example, then their own words; after the safety card, no conditions for reconnecting at all.
	const pass = passWords(t, !!options.safetyMode);
	await expect(page.getByRole('heading', { level: 1, name: pass.titles.conditions })).toBeVisible();
	if (options.safetyMode) {
		await expect(page.getByText(t.safety.mode.conditions)).toBeVisible();
		await expect(page.getByRole('button', { name: g.conditions.useExample })).toHaveCount(0);
		await expect(page.getByText(g.conditions.examples[0]!)).toBeHidden();
	} else {
		await activate(page, page.getByRole('button', { name: g.conditions.useExample }).first());
		await typeInto(
			page,
			page.getByLabel(format(g.list.newItem, { list: g.conditions.mineHeading })),
			result.ownCondition
		);
		await page.keyboard.press('Enter');
		const conditions = page.locator('[data-list="conditions"] textarea');
		await expect(conditions).toHaveCount(2);
		await expect(conditions.nth(0)).toHaveValue(g.conditions.examples[0]!);
		await expect(conditions.nth(1)).toHaveValue(result.ownCondition);
	}
	await activate(page, page.getByRole('link', { name: `${g.next} →` }));

	// Step 5: a boundary and a sign of change.
	await expect(page.getByRole('heading', { level: 1, name: g.safe.title })).toBeVisible();
	await typeInto(
		page,
		page.getByLabel(format(g.list.newItem, { list: g.safe.lists.boundaries.heading })),
		result.boundary
	);
	await page.keyboard.press('Enter');
	await typeInto(
		page,
		page.getByLabel(format(g.list.newItem, { list: g.safe.lists.signs.heading })),
		'Weekly meetings'
	);
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-list="signs"] textarea')).toHaveValue('Weekly meetings');
	await activate(page, page.getByRole('link', { name: `${g.next} →` }));

	// Decide: arrow keys move through the choices; "Not yet" builds a draft (with both conditions, unless the
	// safety card was shown, when no reconnection choice is offered and the draft asks only for space).
	await expect(page.getByRole('heading', { level: 1, name: g.decide.title })).toBeVisible();
	await expect(page.getByText(g.decide.reminder[2]!)).toBeVisible();
	await expect(page.getByRole('heading', { name: pass.closingTitle })).toBeVisible();
	const reply = page.getByLabel(g.decide.draftLabel);
	if (options.safetyMode) {
		for (const hidden of ['yes', 'cautious', 'time', 'notAvailable'] as const) {
			await expect(page.getByRole('radio', { name: g.decide.choices[hidden] })).toBeHidden();
		}
		await expect(page.getByRole('radio', { name: g.decide.choices.noContact })).toBeVisible();
		await expect(page.getByRole('heading', { name: t.safety.mode.planTitle })).toBeVisible();
		await tabTo(page, page.getByRole('radio', { name: g.decide.choices.notYet }));
		await page.keyboard.press('Space');
		await expect(page.getByRole('radio', { name: g.decide.choices.notYet })).toBeChecked();
		await expect(reply).toHaveValue(t.safetyReplies.notYet);
	} else {
		await expect(page.getByRole('radio', { name: g.decide.choices.noContact })).toBeHidden();
		await tabTo(page, page.getByRole('radio', { name: g.decide.choices.cautious }));
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('radio', { name: g.decide.choices.notYet })).toBeChecked();
		await expect(reply).toHaveValue(new RegExp(escape(t.replies.notYet.body)));
		await expect(reply).toHaveValue(new RegExp(escape(result.ownCondition)));
	}
	await activate(page, page.getByRole('button', { name: g.decide.save }));
	await expect(page.getByText(g.decide.saved)).toBeVisible();
	return result;
}

/** Opens the saved reach-outs by keyboard and checks the newest one shows what was written. */
export async function findSavedReachOut(
	page: Page,
	locale: Locale,
	walk: WalkResult,
	options: WalkOptions = {}
): Promise<void> {
	const t = catalogue(locale);
	await expect(page.getByRole('heading', { level: 1, name: t.reachOuts.title })).toBeVisible();
	const summary = page.locator('.saved summary').first();
	await expect(summary).toContainText(format(t.reachOuts.decision, { choice: t.guide.decide.choices.notYet }));
	await tabTo(page, summary);
	await page.keyboard.press('Enter');
	const saved = page.locator('.saved').first();
	await expect(saved).toContainText(walk.answers);
	await expect(saved).toContainText(walk.boundary);
	if (options.safetyMode) {
		await expect(saved).toContainText(t.safety.mode.savedNote);
		await expect(saved).toContainText(t.safetyReplies.notYet);
		await expect(saved).not.toContainText(walk.ownCondition);
	} else {
		await expect(saved).not.toContainText(t.safety.mode.savedNote);
		await expect(saved).toContainText(walk.ownCondition);
		await expect(saved).toContainText(t.replies.notYet.body);
	}
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function recordClipboardWrites(): void {
	const clipboard = navigator.clipboard;
	const write = clipboard.writeText.bind(clipboard);
	clipboard.writeText = async (text: string) => {
		(window as unknown as { copiedText?: string }).copiedText = text;
		return write(text);
	};
}
