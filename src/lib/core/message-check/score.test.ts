import { describe, expect, it } from 'vitest';
import { inSplit, parseLabelled, type LabelledMessage } from './labelled.ts';
import { scoreByLocale, scoreMessages, type Predict, type Prediction } from './score.ts';

const line = (row: object): string => JSON.stringify(row);
const labelled = {
	id: 'rv-en-001',
	locale: 'en',
	text: 'tonight is the night',
	kinds: null,
	crisis: true,
	level: 'urgent',
	category: 'farewell',
	safety: false,
	split: 'train'
};
const quietLine = { ...labelled, crisis: false, level: null, category: 'everyday', split: 'held-out' };

const messages: LabelledMessage[] = [
	{ id: 'a', locale: 'en', text: 'a', kinds: ['request', 'pressure'], crisis: false },
	{ id: 'b', locale: 'en', text: 'b', kinds: [], crisis: false },
	{ id: 'c', locale: 'en', text: 'c', kinds: null, crisis: true },
	{ id: 'd', locale: 'es', text: 'd', kinds: ['apology'], crisis: false },
	{ id: 'e', locale: 'es', text: 'e', kinds: null, crisis: true }
];

// a: finds request, misses pressure, adds blame. b: false crisis. c: finds the crisis and kinds that are not scored.
// d: exact. e: misses the crisis.
const quiet = { level: null, safety: false };
const predict: Predict = (text) =>
	(
		({
			a: { crisis: false, kinds: ['request', 'blame'], ...quiet },
			b: { crisis: true, kinds: [], level: 'urgent', safety: false },
			c: { crisis: true, kinds: ['guilt'], level: 'concern', safety: false },
			d: { crisis: false, kinds: ['apology'], ...quiet },
			e: { crisis: false, kinds: [], ...quiet }
		}) satisfies Record<string, Prediction>
	)[text]!;

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
		const report = scoreMessages([messages[1]!], () => ({ crisis: false, kinds: [], ...quiet }));
		expect(report.micro).toEqual({ tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
	});
});

// Real-voice messages carry a level, a category, a safety flag and a split.
const real = (id: string, labels: Partial<LabelledMessage>): LabelledMessage => ({
	id,
	locale: 'en',
	text: id,
	kinds: null,
	crisis: labels.level != null,
	level: null,
	safety: false,
	split: 'train',
	...labels
});
const voices: LabelledMessage[] = [
	real('u1', { level: 'urgent', category: 'farewell' }),
	real('u2', { level: 'urgent', category: 'farewell' }),
	real('u3', { level: 'urgent', category: 'overdose', split: 'held-out' }),
	real('c1', { level: 'concern', category: 'burden' }),
	real('c2', { level: 'concern', category: 'burden' }),
	real('h1', { category: 'hyperbole' }),
	real('h2', { category: 'hyperbole' }),
	real('s1', { category: 'hurt_by_others', safety: true }),
	real('s2', { category: 'hurt_by_others', safety: true }),
	real('n1', { category: 'news' })
];
// u1: urgent, found. u2: found as concern. u3: missed. c1: found as urgent. c2: found. h1: a false alarm at
// concern. h2: quiet. s1: safety found, and a false alarm. s2: safety missed. n1: a false safety call.
const calls: Record<string, Partial<Prediction>> = {
	u1: { crisis: true, level: 'urgent' },
	u2: { crisis: true, level: 'concern' },
	c1: { crisis: true, level: 'urgent' },
	c2: { crisis: true, level: 'concern' },
	h1: { crisis: true, level: 'concern' },
	s1: { crisis: true, level: 'urgent', safety: true },
	n1: { safety: true }
};
const predictVoice: Predict = (text) => ({ crisis: false, kinds: [], ...quiet, ...calls[text] });

describe('scoring levels, categories, false alarms and safety', () => {
	const report = scoreMessages(voices, predictVoice);

	it('per level: recall of crisis on messages labelled it, precision of calls at it, and the exact level', () => {
		expect(report.crisis).toMatchObject({ tp: 4, fp: 2, fn: 1 });
		expect(report.levels.urgent.recall).toEqual({ hits: 2, of: 3, share: 2 / 3 });
		expect(report.levels.urgent.precision).toEqual({ hits: 2, of: 3, share: 2 / 3 });
		expect(report.levels.urgent.exact).toEqual({ hits: 1, of: 3, share: 1 / 3 });
		expect(report.levels.concern.recall).toEqual({ hits: 2, of: 2, share: 1 });
		expect(report.levels.concern.precision).toEqual({ hits: 2, of: 3, share: 2 / 3 });
		expect(report.levels.concern.exact).toEqual({ hits: 1, of: 2, share: 0.5 });
	});

	it('per crisis category the recall, and per quiet category the false-alarm rate', () => {
		expect(report.categories.farewell).toEqual({ hits: 2, of: 2, share: 1 });
		expect(report.categories.overdose).toEqual({ hits: 0, of: 1, share: 0 });
		expect(report.categories.burden).toEqual({ hits: 2, of: 2, share: 1 });
		expect(report.categories.intent).toEqual({ hits: 0, of: 0, share: 1 });
		expect(report.falseAlarms.hyperbole).toEqual({ hits: 1, of: 2, share: 0.5 });
		expect(report.falseAlarms.hurt_by_others).toEqual({ hits: 1, of: 2, share: 0.5 });
		expect(report.falseAlarms.news).toEqual({ hits: 0, of: 1, share: 0 });
		expect(report.falseAlarms.recovery).toEqual({ hits: 0, of: 0, share: 0 });
	});

	it('scores the safety call on messages labelled for it', () => {
		expect(report.safety).toMatchObject({ tp: 1, fp: 1, fn: 1, recall: 0.5, precision: 0.5 });
		expect(scoreMessages(messages, predict).safety).toMatchObject({ tp: 0, fp: 0, fn: 0 });
	});

	it('lists a wrong level and a wrong safety call as mistakes, with the category and split', () => {
		const byId = Object.fromEntries(report.mistakes.map((mistake) => [mistake.id, mistake]));
		expect(Object.keys(byId)).toEqual(['u2', 'u3', 'c1', 'h1', 's1', 's2', 'n1']);
		expect(byId.u2).toMatchObject({ level: { expected: 'urgent', predicted: 'concern' }, category: 'farewell' });
		expect(byId.u3).toMatchObject({ crisisExpected: true, split: 'held-out' });
		expect(byId.s1).toMatchObject({ crisisExpected: false });
		expect(byId.s1?.safetyExpected).toBeUndefined();
		expect(byId.s2).toMatchObject({ safetyExpected: true });
		expect(byId.n1).toMatchObject({ safetyExpected: false });
	});

	it('does not score the level or safety of a predictor that gives neither', () => {
		const bare = scoreMessages(voices, (text) => ({ crisis: calls[text]?.crisis ?? false, kinds: [] }));
		expect(bare.levels.urgent.recall).toEqual({ hits: 2, of: 3, share: 2 / 3 });
		expect(bare.levels.urgent.exact).toEqual({ hits: 0, of: 0, share: 1 });
		expect(bare.levels.urgent.precision.of).toBe(0);
		expect(bare.safety).toMatchObject({ tp: 0, fp: 0, fn: 0 });
	});

	it('splits messages, counting the older ones without a split as train', () => {
		expect(inSplit(voices, 'held-out').map((message) => message.id)).toEqual(['u3']);
		expect(inSplit([...voices, ...messages], 'train')).toHaveLength(voices.length - 1 + messages.length);
	});
});

describe('parsing labelled messages', () => {
	it('reads the labels of real-voice messages, and older lines without them', () => {
		expect(parseLabelled(line(labelled))).toEqual([labelled]);
		expect(parseLabelled(line({ ...quietLine, category: 'hurt_by_others', safety: true }))[0]).toMatchObject({
			category: 'hurt_by_others',
			safety: true
		});
		expect(parseLabelled(line({ id: 'x', locale: 'en', text: 'hi', kinds: [], crisis: false }))[0]).not.toHaveProperty(
			'split'
		);
	});

	it('reads one message a line and skips blank lines', () => {
		const text = `${line({ id: 'x', locale: 'es', text: 'hola', kinds: [], crisis: false })}\n\n`;
		expect(parseLabelled(text)).toEqual([{ id: 'x', locale: 'es', text: 'hola', kinds: [], crisis: false }]);
	});

	it.each([
		['not json', 'f.jsonl:1: not valid JSON'],
		[line({ id: 'x', locale: 'fr', text: '', kinds: [], crisis: false }), 'f.jsonl:1: "locale" must be en or es'],
		[line({ id: 'x', locale: 'en', text: '', kinds: ['shouting'], crisis: false }), 'f.jsonl:1: "kinds" must be'],
		[line({ id: 'x', locale: 'en', text: '', kinds: null, crisis: false }), 'only on a crisis message'],
		[line({ locale: 'en', text: '', kinds: [], crisis: false }), '"id" must be a non-empty string'],
		[line({ ...labelled, level: 'severe' }), '"level" must be null, urgent or concern'],
		[line({ ...labelled, crisis: false, kinds: [] }), '"level" must be set exactly when "crisis" is true'],
		[line({ ...labelled, level: null }), '"level" must be set exactly when "crisis" is true'],
		[line({ ...labelled, category: 'burden' }), '"category" of a crisis (urgent) must be intent, method'],
		[line({ ...labelled, category: 'hyperbole' }), '"category" of a crisis (urgent) must be'],
		[line({ ...quietLine, category: 'farewell' }), 'not a crisis must be hyperbole, bounded_wish'],
		[line({ ...quietLine, category: 'hurt_by_others' }), '"hurt_by_others" must have "safety": true'],
		[line({ ...labelled, safety: 'yes' }), '"safety" must be true or false'],
		[line({ ...labelled, split: 'test' }), '"split" must be train or held-out']
	])('refuses a bad line with where it is: %s', (text, message) => {
		expect(() => parseLabelled(text, 'f.jsonl')).toThrow(message);
	});
});
