// The targets of issue 12 on real-voice.*.jsonl and real-voice-2.*.jsonl: messages written blind in the voice of
// real texts and posts (the second batch in unusual phrasings), a fifth of each category kept aside as the
// held-out split. Rules are tuned on the train split
// only; a failure names the train messages that failed and only counts the held-out ones, so that no one writes a
// rule from a held-out message. Figures in full: npm run eval:message-check.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMessage } from './check.ts';
import { inSplit, parseLabelled, scoreMessages, type LabelledMessage } from './score.ts';
import type { CrisisCategory, MessageLocale } from './types.ts';

const fixtures = new URL('../../../../test/fixtures/message-check/', import.meta.url);
const load = (locale: MessageLocale): LabelledMessage[] =>
	[`real-voice.${locale}.jsonl`, `real-voice-2.${locale}.jsonl`].flatMap((file) =>
		parseLabelled(readFileSync(new URL(file, fixtures), 'utf8'), file)
	);

const trainRecall = 1;
const heldOutRecall = 0.95;
const heldOutPrecision = 0.9;
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

	it(`crisis recall on the held-out split is at least ${heldOutRecall} and precision at least ${heldOutPrecision}`, () => {
		const { crisis } = scoreMessages(heldOut);
		const measured =
			`held-out crisis recall ${figure(crisis.tp, crisis.tp + crisis.fn)}, ` +
			`precision ${figure(crisis.tp, crisis.tp + crisis.fp)} (held-out messages are not named)`;
		expect(crisis.recall, measured).toBeGreaterThanOrEqual(heldOutRecall);
		expect(crisis.precision, measured).toBeGreaterThanOrEqual(heldOutPrecision);
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

	it('every message about someone else hurting the writer has a safety span and no self-harm crisis span (1.0)', () => {
		const hurt = messages.filter((message) => message.category === 'hurt_by_others');
		const failed = hurt.filter((message) => {
			const check = checkMessage(message.text, message.locale);
			return check.safetySpans.length === 0 || check.crisisSpans.some((span) => selfHarm.includes(span.category));
		});
		const hidden = failed.filter((message) => message.split === 'held-out').length;
		const named = failed.filter((message) => message.split !== 'held-out');
		const measured =
			`read right ${figure(hurt.length - failed.length, hurt.length)}; ` +
			`failed in train: ${ids(named)}; failed in held-out: ${hidden}`;
		expect(hurt.length).toBeGreaterThan(0);
		expect(failed.length, measured).toBe(0);
	});
});
