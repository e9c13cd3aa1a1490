import { describe, expect, it } from 'vitest';
import { checkMessage } from './check.ts';
import { summarize, summaryKeys } from './summary.ts';
import type { MessageCheck, SignalKind } from './types.ts';

/** A check with one signal of each kind given, as the analyzer would return it. */
function withKinds(...kinds: SignalKind[]): MessageCheck {
	const signals = kinds.map((kind, i) => ({ kind, start: i, end: i + 1, quote: 'x', explanation: '' }));
	return { crisis: false, level: null, crisisSpans: [], safetySpans: [], signals };
}

describe('summarize', () => {
	it('an apology with no action is words about change and no concrete step yet', () => {
		expect(summarize(withKinds('apology'))).toEqual(['changeWithoutAction']);
	});

	it('an apology with an action shows the concrete steps, not change without action', () => {
		expect(summarize(withKinds('apology', 'action'))).toEqual(['concreteSteps']);
	});

	it('blame and minimizing are both a deflection, shown once', () => {
		expect(summarize(withKinds('blame'))).toEqual(['deflects']);
		expect(summarize(withKinds('minimizing', 'blame'))).toEqual(['deflects']);
	});

	it('pressure and guilt are both pressure, shown once', () => {
		expect(summarize(withKinds('guilt'))).toEqual(['pressure']);
		expect(summarize(withKinds('pressure', 'guilt'))).toEqual(['pressure']);
	});

	it('a request asks for something and responsibility owns it', () => {
		expect(summarize(withKinds('request'))).toEqual(['asksForSomething']);
		expect(summarize(withKinds('responsibility'))).toEqual(['ownsIt']);
	});

	it('keys come in the order of summaryKeys, whatever the order of the signals', () => {
		const keys = summarize(withKinds('guilt', 'blame', 'responsibility', 'action', 'request'));
		expect(keys).toEqual(['asksForSomething', 'concreteSteps', 'ownsIt', 'deflects', 'pressure']);
	});

	it('a message with no signals says nothing was found', () => {
		expect(summarize(withKinds())).toEqual(['nothingFound']);
	});

	it('a crisis with no other signal has no summary at all, since crisis resources come first', () => {
		expect(summarize({ ...withKinds(), crisis: true })).toEqual([]);
	});

	it('summarizes a real message in the guide terms', () => {
		const check = checkMessage("I'm sorry, I promise I'll change. Can you send me $200 by tonight?", 'en');
		expect(summarize(check)).toEqual(['asksForSomething', 'changeWithoutAction', 'pressure']);
	});

	it('lists every key once', () => {
		expect(new Set(summaryKeys).size).toBe(summaryKeys.length);
		expect(summaryKeys).toContain('nothingFound');
	});
});
