import { describe, expect, it } from 'vitest';
import { parseLabelled, scoreByLocale, scoreMessages, type LabelledMessage, type Predict } from './score.ts';

const line = (row: object): string => JSON.stringify(row);

const messages: LabelledMessage[] = [
	{ id: 'a', locale: 'en', text: 'a', kinds: ['request', 'pressure'], crisis: false },
	{ id: 'b', locale: 'en', text: 'b', kinds: [], crisis: false },
	{ id: 'c', locale: 'en', text: 'c', kinds: null, crisis: true },
	{ id: 'd', locale: 'es', text: 'd', kinds: ['apology'], crisis: false },
	{ id: 'e', locale: 'es', text: 'e', kinds: null, crisis: true }
];

// a: finds request, misses pressure, adds blame. b: false crisis. c: finds the crisis and kinds that are not scored.
// d: exact. e: misses the crisis.
const predict: Predict = (text) =>
	({
		a: { crisis: false, kinds: ['request' as const, 'blame' as const] },
		b: { crisis: true, kinds: [] },
		c: { crisis: true, kinds: ['guilt' as const] },
		d: { crisis: false, kinds: ['apology' as const] },
		e: { crisis: false, kinds: [] }
	})[text]!;

describe('scoring', () => {
	it('counts crisis by message, and only the kinds of messages that are not crises', () => {
		const report = scoreMessages(messages, predict);
		expect(report.crisis).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
		expect(report.kinds.guilt).toMatchObject({ tp: 0, fp: 0, fn: 0 });
		expect(report.kinds.request).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
		expect(report.kinds.pressure).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0 });
		expect(report.kinds.blame).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0 });
		expect(report.micro).toMatchObject({ tp: 2, fp: 1, fn: 1 });
		expect(report.micro.f1).toBeCloseTo(2 / 3);
	});

	it('lists each mistake with what was missing or extra', () => {
		const mistakes = scoreMessages(messages, predict).mistakes;
		expect(mistakes.map((mistake) => mistake.id)).toEqual(['a', 'b', 'e']);
		expect(mistakes[0]).toMatchObject({ missing: ['pressure'], extra: ['blame'] });
		expect(mistakes[1]).toMatchObject({ crisisExpected: false });
		expect(mistakes[2]).toMatchObject({ crisisExpected: true });
	});

	it('reports each locale on its own and all of them together', () => {
		const reports = scoreByLocale(messages, predict);
		expect(reports.en?.messages).toBe(3);
		expect(reports.es?.messages).toBe(2);
		expect(reports.overall.messages).toBe(5);
		expect(reports.es?.crisis).toMatchObject({ tp: 0, fn: 1, recall: 0 });
	});

	it('treats nothing to find and nothing found as perfect, with counts that say so', () => {
		const report = scoreMessages([messages[1]!], () => ({ crisis: false, kinds: [] }));
		expect(report.micro).toEqual({ tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
	});
});

describe('parsing labelled messages', () => {
	it('reads one message a line and skips blank lines', () => {
		const text = `${line({ id: 'x', locale: 'es', text: 'hola', kinds: [], crisis: false })}\n\n`;
		expect(parseLabelled(text)).toEqual([{ id: 'x', locale: 'es', text: 'hola', kinds: [], crisis: false }]);
	});

	it.each([
		['not json', 'f.jsonl:1: not valid JSON'],
		[line({ id: 'x', locale: 'fr', text: '', kinds: [], crisis: false }), 'f.jsonl:1: "locale" must be en or es'],
		[line({ id: 'x', locale: 'en', text: '', kinds: ['shouting'], crisis: false }), 'f.jsonl:1: "kinds" must be'],
		[line({ id: 'x', locale: 'en', text: '', kinds: null, crisis: false }), 'only on a crisis message'],
		[line({ locale: 'en', text: '', kinds: [], crisis: false }), '"id" must be a non-empty string']
	])('refuses a bad line with where it is: %s', (text, message) => {
		expect(() => parseLabelled(text, 'f.jsonl')).toThrow(message);
	});
});
