// The private safety check. Its answers live in this form only: read once by the rule, never written to the
// device, the URL or the history; leaving the page (always by location.replace) discards them.
import {
	assessSafety,
	questionsFor,
	safetyAnswers,
	type SafetyAnswers,
	type SafetyQuestion
} from '#lib/core/safety/rule.ts';
import { currentDraft, getRelationship, putDraft } from '#lib/device/store.ts';
import { $, $$, reveal } from './dom.ts';
import { track } from './pending.ts';

function readAnswers(form: HTMLFormElement, asked: readonly SafetyQuestion[]): SafetyAnswers {
	const data = new FormData(form);
	const answers: SafetyAnswers = {};
	for (const question of asked) {
		const value = data.get(question);
		answers[question] = safetyAnswers.find((answer) => answer === value);
	}
	return answers;
}

function showCard(card: HTMLElement): void {
	reveal(card);
	card.focus();
}

export async function bindSafetyCheck(locale: string): Promise<void> {
	const form = $('[data-safety-form]') as HTMLFormElement;
	const card = $('[data-safety-card]')!;
	const elderCard = $('[data-elder-card]')!;
	const unsafeHere = $('[data-unsafe-here]')!;
	const relationship = (await getRelationship()) ?? undefined;
	const asked = questionsFor(relationship);

	// With a script, the card waits until it is needed or asked for; without one it is simply shown.
	card.hidden = true;
	if (relationship === 'partner') reveal($('[data-question-group="partner"]'));
	if (relationship === 'child') reveal($('[data-question-group="elder"]'));

	form.addEventListener('change', (event) => {
		const input = event.target as HTMLInputElement;
		if (input.name === 'safeNow') unsafeHere.hidden = input.value !== 'no';
	});
	$('[data-show-card]')!.addEventListener('click', () => showCard(card));

	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const outcome = assessSafety(relationship, readAnswers(form, asked));
		form.reset();
		// The one trace kept: whether this pass shows the safety card and so offers no reconnection advice.
		const draft = await currentDraft(locale);
		await track(putDraft({ ...draft, safetyCardShown: outcome.highDanger, updatedAt: new Date().toISOString() }));

		if (outcome.lovedOneInCrisis) return location.replace(`/${locale}/crisis`);
		if (!outcome.highDanger && !outcome.elderAbuse) return location.replace(`/${locale}/guide/pause`);
		form.hidden = true;
		$('[data-skip-check]')!.hidden = true;
		if (outcome.elderAbuse) reveal(elderCard);
		if (outcome.highDanger) {
			for (const line of $$('[data-danger-only], [data-card-continue]', card)) reveal(line);
			showCard(card);
		} else {
			elderCard.focus();
		}
	});
}
