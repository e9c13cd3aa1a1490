// The targets of issue 12 on real-voice{,-2,-3}.*.jsonl: messages written blind in the voice of real texts and
// posts (the second batch in unusual phrasings, the third full of crisis words used innocently), a fifth of each
// category kept aside as the held-out split. Rules and the learned word list are tuned on the train split only; a failure names the train messages that failed and only counts the held-out ones, so that no one writes a
// rule from a held-out message. Figures in full: npm run eval:message-check.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMessage } from './check.ts';
import { inSplit, parseLabelled, type LabelledMessage } from './labelled.ts';
import { scoreMessages } from './score.ts';
import type { CrisisCategory, MessageLocale } from './types.ts';

const fixtures = new URL('../../../../test/fixtures/message-check/', import.meta.url);
const load = (locale: MessageLocale): LabelledMessage[] =>
	[`real-voice.${locale}.jsonl`, `real-voice-2.${locale}.jsonl`, `real-voice-3.${locale}.jsonl`].flatMap((file) =>
		parseLabelled(readFileSync(new URL(file, fixtures), 'utf8'), file)
	);

const trainRecall = 1;
/**
 * Issue 12 asks, on the held-out split, crisis recall ≥ 0.95 and precision ≥ 0.9 in each language. The check does
 * not reach that yet (README: "Measuring it"), so the held-out tests hold the ground it has reached: a change
 * that loses any of it fails. Raise the floors as the check improves; when a floor reaches the target, the target
 * is met. Spanish precision sits lower than before the third batch (0.91 on the first two batches' held-out, 0.84
 * with the third's): the floor holds what the three batches measure together, not a loss.
 */
const heldOutTarget = { recall: 0.95, precision: 0.9 };
const heldOutFloor: Record<MessageLocale, { recall: number; precision: number; safety: number }> = {
	en: { recall: 0.59, precision: 0.91, safety: 0.44 },
	es: { recall: 0.66, precision: 0.83, safety: 0.66 }
};
/** A self-harm crisis span on a message about someone else hurting the writer reads the writer wrongly. */
const selfHarm: readonly CrisisCategory[] = ['self_harm_now', 'self_harm_past', 'intent', 'passive_wish'];

const figure = (hits: number, of: number): string => `${of === 0 ? '—' : (hits / of).toFixed(3)} (${hits}/${of})`;
const ids = (messages: LabelledMessage[]): string => messages.map((message) => message.id).join(', ') || 'none';

describe.each(['en', 'es'] as const)('real-voice messages in %s', (locale) => {
	const messages = load(locale);
	const train = inSplit(messages, 'train');
	const heldOut = inSplit(messages, 'held-out');

	it('hold both splits, in their own language', () => {
		expect(train.length).toBeGreaterThan(0);
		expect(heldOut.length).toBeGreaterThan(0);
		expect(messages.filter((message) => message.locale !== locale).map((message) => message.id)).toEqual([]);
		expect(messages.filter((message) => message.split === undefined).map((message) => message.id)).toEqual([]);
	});

	it(`crisis recall on the train split is ${trainRecall.toFixed(1)}`, () => {
		const { crisis, mistakes } = scoreMessages(train);
		const missed = train.filter((message) =>
			mistakes.some((mistake) => mistake.id === message.id && mistake.crisisExpected === true)
		);
		const measured = `train crisis recall ${figure(crisis.tp, crisis.tp + crisis.fn)}; missed: ${ids(missed)}`;
		expect(crisis.recall, measured).toBeGreaterThanOrEqual(trainRecall);
	});

	const floor = heldOutFloor[locale];
	it(`held-out crisis recall stays ≥ ${floor.recall} and precision ≥ ${floor.precision} (target ${heldOutTarget.recall} and ${heldOutTarget.precision}, not met yet)`, () => {
		const { crisis } = scoreMessages(heldOut);
		const measured =
			`held-out crisis recall ${figure(crisis.tp, crisis.tp + crisis.fn)}, ` +
			`precision ${figure(crisis.tp, crisis.tp + crisis.fp)} (held-out messages are not named)`;
		expect(crisis.recall, measured).toBeGreaterThanOrEqual(floor.recall);
		expect(crisis.precision, measured).toBeGreaterThanOrEqual(floor.precision);
	});

	it('no hyperbole or bounded wish in the train split is a crisis (false-alarm rate 0)', () => {
		const negatives = train.filter(
			(message) => message.category === 'hyperbole' || message.category === 'bounded_wish'
		);
		const alarms = negatives.filter((message) => checkMessage(message.text, message.locale).crisis);
		const measured = `false alarms ${figure(alarms.length, negatives.length)}: ${ids(alarms)}`;
		expect(negatives.length).toBeGreaterThan(0);
		expect(alarms.length, measured).toBe(0);
	});

	const readWrong = (message: LabelledMessage): boolean => {
		const check = checkMessage(message.text, message.locale);
		return check.safetySpans.length === 0 || check.crisisSpans.some((span) => selfHarm.includes(span.category));
	};

	it('every message in the train split about someone else hurting the writer has a safety span and no self-harm crisis span (1.0)', () => {
		const hurt = train.filter((message) => message.category === 'hurt_by_others');
		const failed = hurt.filter(readWrong);
		const measured = `read right ${figure(hurt.length - failed.length, hurt.length)}; failed: ${ids(failed)}`;
		expect(hurt.length).toBeGreaterThan(0);
		expect(failed.length, measured).toBe(0);
	});

	it(`held-out messages about someone else hurting the writer are read that way at least ${floor.safety} of the time (target 1.0, not met yet)`, () => {
		const hurt = heldOut.filter((message) => message.category === 'hurt_by_others');
		const right = hurt.length - hurt.filter(readWrong).length;
		expect(hurt.length).toBeGreaterThan(0);
		expect(right / hurt.length, `read right ${figure(right, hurt.length)} (not named)`).toBeGreaterThanOrEqual(
			floor.safety
		);
	});
});
