import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMessage } from './check.ts';
import { explanations } from './explanations.ts';
import { parseLabelled } from './labelled.ts';
import type { MessageCheck, MessageLocale, SignalKind } from './types.ts';

const kinds = (check: MessageCheck): SignalKind[] => [...new Set(check.signals.map((signal) => signal.kind))].sort();
const kindsOf = (text: string, locale: MessageLocale): SignalKind[] => kinds(checkMessage(text, locale));

/** Every span of a check is the text at its own offsets. */
function expectExactSpans(text: string, check: MessageCheck): void {
	for (const span of [...check.crisisSpans, ...check.signals]) {
		expect(text.slice(span.start, span.end)).toBe(span.quote);
		expect(span.quote.trim()).not.toBe('');
	}
}

describe('signals', () => {
	it('a negated request is not a request, in either language', () => {
		expect(kindsOf("I'm not asking for anything, I just wanted to say hi", 'en')).not.toContain('request');
		expect(kindsOf("I'm not asking you for money this time", 'en')).not.toContain('request');
		expect(kindsOf('No te estoy pidiendo dinero, solo quería saludarte', 'es')).not.toContain('request');
		expect(kindsOf('Can you lend me $50?', 'en')).toContain('request');
	});

	it('a negation does not reach past a comma into the next request', () => {
		expect(kindsOf("I can't pay the rent, can you help me", 'en')).toContain('request');
	});

	it('a message with no punctuation still shows each pattern', () => {
		const text = 'im sorry i promise its different now can you send me 40 for gas i go to meetings every day';
		expect(kindsOf(text, 'en')).toEqual(['action', 'apology', 'request']);
		expect(kindsOf('perdoname te juro que cambie llevo 2 semanas sin tomar necesito que me prestes 500', 'es')).toEqual(
			['action', 'apology', 'request']
		);
	});

	it('a message in capitals reads the same as in lower case', () => {
		const text = 'If you hadnt cut me off I wouldnt be here. Answer me right now.';
		expect(kindsOf(text.toUpperCase(), 'en')).toEqual(kindsOf(text, 'en'));
		expect(kindsOf(text.toUpperCase(), 'en')).toEqual(['blame', 'pressure']);
		expect(kindsOf('CONTÉSTAME YA, NO ME IGNORES', 'es')).toEqual(['pressure']);
	});

	it('shorthand, missing apostrophes and missing accents are read', () => {
		expect(kindsOf('ur the reason i started using again', 'en')).toEqual(['blame']);
		expect(kindsOf('pls cn u pick me up frm the bus station', 'en')).toContain('request');
		expect(kindsOf('Im sooo sorry, i wont do it again', 'en')).toEqual(['apology']);
		expect(kindsOf('perdoname, no va a volver a pasar', 'es')).toEqual(['apology']);
		expect(kindsOf('tu tienes la culpa xq nunca me apoyaste', 'es')).toEqual(['blame']);
	});

	it('several sentences each carry their own signals, in the order they appear', () => {
		const text =
			"I'm so sorry. I've been at the recovery house for six weeks. Could you wire me $100? Reply right now.";
		const check = checkMessage(text, 'en');
		expect(check.signals.map((signal) => signal.kind)).toEqual(['apology', 'action', 'request', 'pressure']);
		const sentenceOf = (index: number) => text.slice(0, index).split(/[.?]/).length;
		expect(check.signals.map((signal) => sentenceOf(signal.start))).toEqual([1, 2, 3, 4]);
		expectExactSpans(text, check);
	});

	it('an intention with no date is a promise, and with a date it is a step', () => {
		expect(kindsOf("I'll go to rehab, I want to get better", 'en')).toEqual(['apology']);
		expect(kindsOf('I start rehab on Monday, the intake is at 9', 'en')).toEqual(['action']);
		expect(kindsOf('Quiero ir a terapia', 'es')).toEqual(['apology']);
		expect(kindsOf('Mañana tengo cita con el psicólogo', 'es')).toEqual(['action']);
	});

	it('"sorry you feel that way" is minimizing, not an apology', () => {
		expect(kindsOf("I'm sorry you feel that way.", 'en')).toEqual(['minimizing']);
		expect(kindsOf('Lamento que lo veas así.', 'es')).toEqual(['minimizing']);
	});

	it('blame in a sentence cancels the ownership a relapse would otherwise show', () => {
		expect(kindsOf('I relapsed and it is your fault', 'en')).toEqual(['blame']);
		expect(kindsOf('I relapsed. I told my sponsor the same night.', 'en')).toEqual(['action', 'responsibility']);
	});

	it('a message with none of the patterns has no signals', () => {
		expect(checkMessage('Saw your garden pics, the tomatoes look amazing.', 'en')).toEqual({
			crisis: false,
			level: null,
			crisisSpans: [],
			safetySpans: [],
			signals: []
		});
		expect(checkMessage('', 'es').signals).toEqual([]);
	});

	it('explanations are in the language of the message', () => {
		for (const locale of ['en', 'es'] as const) {
			const text =
				locale === 'en'
					? "I'm sorry. Can you lend me $20? It's your fault."
					: 'Lo siento. ¿Me prestas 20? Es tu culpa.';
			const check = checkMessage(text, locale);
			expect(check.signals.length).toBe(3);
			for (const signal of check.signals) expect(signal.explanation).toBe(explanations[locale][signal.kind]);
		}
		expect(explanations.en.apology).not.toBe(explanations.es.apology);
	});

	it('an unknown locale is refused', () => {
		expect(() => checkMessage('hi', 'fr' as MessageLocale)).toThrow(RangeError);
	});
});

describe('offsets', () => {
	it('quotes match their offsets after emoji, skin tones, joined emoji and accents', () => {
		const text = '👨‍👩‍👧 Perdóname 🙏🏽, mamá. ¿Me prestas 200? Te fallé 😔 y es culpa mía. 💊💊';
		const check = checkMessage(text, 'es');
		expectExactSpans(text, check);
		expect(check.signals.map((signal) => signal.quote)).toEqual(['Perdóname', 'Me prestas', 'Te fallé', 'culpa mía']);
		expect(check.crisisSpans.map((span) => span.quote)).toEqual(['💊💊']);
	});

	it('quotes keep letters whose accents were typed as separate marks', () => {
		const text = 'Perdo\u0301name, reconozco que te falle\u0301';
		const check = checkMessage(text, 'es');
		expectExactSpans(text, check);
		expect(check.signals[0]!.quote).toBe('Perdo\u0301name');
		expect(check.signals.at(-1)!.quote).toBe('te falle\u0301');
	});

	it('quotes are exact for every message of every fixture', () => {
		const dir = new URL('../../../../test/fixtures/message-check/', import.meta.url);
		for (const file of ['dev.jsonl', 'crisis-dev.jsonl', 'generalisation.jsonl']) {
			for (const message of parseLabelled(readFileSync(new URL(file, dir), 'utf8'), file)) {
				expectExactSpans(message.text, checkMessage(message.text, message.locale));
			}
		}
	});
});
