// The private safety check. Its answers live in the radio buttons only: read once by the rule, never written to
// the device, the URL, the history or a request; leaving the page (always by location.replace) discards them.
// The page has no <form> (see +page.svelte); this script adds a guard in case one ever wraps the questions.
import {
	assessSafety,
	questionsFor,
	safetyAnswers,
	type Relationship,
	type SafetyAnswers,
	type SafetyOutcome,
	type SafetyQuestion
} from '#lib/core/safety/rule.ts';
import { currentDraft, getRelationship, putDraft } from '#lib/device/store.ts';
import { SafetyCheckMark } from './safety-check.contract.ts';
import { $, $$, reveal } from './dom.ts';
import { track } from './pending.ts';
import { notePass } from './safety-pass.ts';

/** How long leaving waits for the device to say which reach-out is in progress (a refused or stalled store). */
const settleWithinMs = 1_500;

/**
 * Nothing may navigate with the answers: a submit of anything holding the check, or Enter in one of its fields,
 * is stopped in the capture phase, before any other listener, and registered before any await of this script
 * (a store that is refused or slow must never leave a window in which the browser submits on its own).
 */
function guard(check: HTMLElement): void {
	document.addEventListener(
		'submit',
		(event) => {
			const form = event.target as Node;
			if (!form.contains(check) && !check.contains(form)) return;
			event.preventDefault();
			event.stopImmediatePropagation();
		},
		{ capture: true }
	);
	check.addEventListener(
		'keydown',
		(event) => {
			// Enter in a field is what submits a form implicitly; on the buttons it must still press them.
			if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
		},
		{ capture: true }
	);
}

function radios(check: HTMLElement): HTMLInputElement[] {
	return $$('input[type="radio"]', check) as HTMLInputElement[];
}

function readAnswers(check: HTMLElement, asked: readonly SafetyQuestion[]): SafetyAnswers {
	const answers: SafetyAnswers = {};
	for (const question of asked) {
		const chosen = radios(check).find((radio) => radio.name === question && radio.checked)?.value;
		answers[question] = safetyAnswers.find((answer) => answer === chosen);
	}
	return answers;
}

function clearAnswers(check: HTMLElement): void {
	for (const radio of radios(check)) radio.checked = false;
}

/**
 * Notes whether this pass shows the safety card, for this tab only (safety-pass.ts): nothing about the card is
 * written to the device until the person saves. The only write here takes a record away: a reopened reach-out
 * that recorded the card, checked again without high danger, no longer says so.
 */
async function notePassOutcome(locale: string, outcome: SafetyOutcome): Promise<void> {
	// The note comes first, before any await: a refused or stalled store leaves it for whatever this tab opens.
	notePass(undefined, outcome.highDanger);
	const read = (async () => {
		const draft = await currentDraft(locale);
		notePass(draft.id, outcome.highDanger);
		if (draft.safetyCardShown && !outcome.highDanger)
			await track(putDraft({ ...draft, safetyCardShown: false, updatedAt: new Date().toISOString() }));
	})();
	// Refused (site data blocked) or stalled: the card is still shown on this page, which is what matters here.
	await Promise.race([read.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, settleWithinMs))]);
}

function showCard(card: HTMLElement): void {
	reveal(card);
	card.focus();
}

/** Binds the check at once (no await before the guard); who reached out is read from the device meanwhile. */
export function bindSafetyCheck(locale: string): Promise<void> {
	const check = $(`[${SafetyCheckMark.form}]`)!;
	guard(check);
	const card = $(`[${SafetyCheckMark.card}]`)!;
	const elderCard = $(`[${SafetyCheckMark.elderCard}]`)!;
	const unsafeHere = $(`[${SafetyCheckMark.unsafeHere}]`)!;
	// The questions asked are the ones shown: the general ones until (unless) the device says who reached out.
	let relationship: Relationship | undefined;

	// With a script, the card waits until it is needed or asked for; without one it is simply shown.
	card.hidden = true;
	addEventListener('pagehide', () => clearAnswers(check));
	check.addEventListener('change', (event) => {
		const input = event.target as HTMLInputElement;
		if (input.name === 'safeNow') unsafeHere.hidden = input.value !== 'no';
	});
	$(`[${SafetyCheckMark.showCard}]`)!.addEventListener('click', () => showCard(card));

	$(`[${SafetyCheckMark.continue}]`)!.addEventListener('click', async () => {
		const outcome = assessSafety(relationship, readAnswers(check, questionsFor(relationship)));
		clearAnswers(check);
		await notePassOutcome(locale, outcome);

		if (outcome.lovedOneInCrisis) return location.replace(`/${locale}/crisis`);
		if (!outcome.highDanger && !outcome.elderAbuse) return location.replace(`/${locale}/guide/pause`);
		check.hidden = true;
		$(`[${SafetyCheckMark.skip}]`)!.hidden = true;
		if (outcome.elderAbuse) reveal(elderCard);
		if (outcome.highDanger) {
			for (const line of $$(`[${SafetyCheckMark.dangerOnly}], [${SafetyCheckMark.cardContinue}]`, card)) reveal(line);
			showCard(card);
		} else {
			elderCard.focus();
		}
	});

	return getRelationship().then(
		(remembered) => {
			relationship = remembered ?? undefined;
			if (relationship === 'partner') reveal($(`[${SafetyCheckMark.questionGroup}="partner"]`));
			if (relationship === 'child') reveal($(`[${SafetyCheckMark.questionGroup}="elder"]`));
		},
		// A device that refuses IndexedDB cannot say who reached out: the general questions are the whole check.
		() => undefined
	);
}
