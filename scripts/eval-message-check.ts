// Scores the message check on hand-labelled messages and prints, per file and language, crisis recall and
// precision, per level and per category, false alarms on the hard negatives, safety, and the pattern kinds.
// "raised by the word list": crises the learned list raised where the rules found none, and how many were right.
// Run: npm run eval:message-check -- [--all] [--split train|held-out] [--mistakes] [--story] [file.jsonl ...]
//   no files     test/fixtures/message-check/real-voice{,-2,-3}.{en,es}.jsonl, and long-posts.{en,es}.jsonl (long
//                forum-style posts, all held out: a second blind check)
//   --all        also dev.jsonl and crisis-dev.jsonl from ../shared/message-check (or their copies in fixtures)
//   --split      only the train or the held-out split (messages without a split count as train); without it,
//                files with splits are shown as train, held-out and all
//   --mistakes   also list what the check got wrong, in the TRAIN split and files without splits only: the
//                held-out split is the honest test and rules must never be written from it. Its mistakes are
//                listed only with an explicit --split held-out, for the final report, not for tuning.
//   --story      crisis as the guidance requests and messages read it: readStory in message-check/story.ts,
//                e.g. --story test/fixtures/message-check/story-crisis.jsonl
// Each file is scored on its own; with several files, all of them together as well.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	inSplit,
	parseLabelled,
	quietCategories,
	splits,
	type LabelledMessage,
	type Split
} from '../src/lib/core/message-check/labelled.ts';
import {
	predictWithCheck,
	scoreMessages,
	type Mistake,
	type Predict,
	type Report,
	type Score,
	type Share
} from '../src/lib/core/message-check/score.ts';
import { findCrisis } from '../src/lib/core/message-check/crisis.ts';
import { fold } from '../src/lib/core/message-check/normalize.ts';
import { readStory } from '../src/lib/core/message-check/story.ts';
import { allCrisisCategories, crisisLevels, messageLocales, signalKinds } from '../src/lib/core/message-check/types.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'test', 'fixtures', 'message-check');
// The shared copies sit beside the repository; a worktree elsewhere uses the fixtures' copies of them.
const beside = join(root, '..', 'shared', 'message-check');
const shared = existsSync(beside) ? beside : fixtures;

function usage(problem: string): never {
	console.error(`${problem}\nUse --all, --split train|held-out, --mistakes, --story and file paths.`);
	process.exit(2);
}

const args = process.argv.slice(2);
let split: Split | undefined;
const flags = new Set<string>();
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
	const arg = args[i]!;
	if (arg === '--split' || arg.startsWith('--split=')) {
		const value = arg === '--split' ? args[++i] : arg.slice('--split='.length);
		if (!splits.includes(value as Split)) usage(`--split takes train or held-out, not ${value ?? 'nothing'}.`);
		split = value as Split;
	} else if (['--all', '--mistakes', '--story'].includes(arg)) flags.add(arg);
	else if (arg.startsWith('--')) usage(`Unknown option ${arg}.`);
	else files.push(resolve(arg));
}
if (files.length === 0)
	files.push(
		...[
			'real-voice.en',
			'real-voice.es',
			'real-voice-2.en',
			'real-voice-2.es',
			'real-voice-3.en',
			'real-voice-3.es',
			'long-posts.en',
			'long-posts.es'
		].map((name) => join(fixtures, `${name}.jsonl`))
	);
if (flags.has('--all')) files.push(join(shared, 'dev.jsonl'), join(shared, 'crisis-dev.jsonl'));
/** Mistakes are listed from the train split (and files without splits) unless held-out is asked for by name. */
const mistakesOf: Split = split ?? 'train';

const read: Predict = flags.has('--story')
	? (text, locale) => {
			const story = readStory(text, locale);
			return { ...predictWithCheck(text, locale), crisis: story.crisis, level: story.level };
		}
	: predictWithCheck;
// Each message is scored in several tables (per split, per language, together): read it once.
const predictions = new Map<string, ReturnType<Predict>>();
const predict: Predict = (text, locale) => {
	const key = `${locale}\u0000${text}`;
	if (!predictions.has(key)) predictions.set(key, read(text, locale));
	return predictions.get(key)!;
};

// A table: a label column, then one column per split.
const labelWidth = 26;
const cellWidth = 18;
const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;
const cell = ({ hits, of, share }: Share): string =>
	(of === 0 ? '—' : `${pct(share).padStart(6)} ${`${hits}/${of}`.padEnd(7)}`).padStart(cellWidth - 2).padEnd(cellWidth);
const fromScore = (score: Score, measure: 'recall' | 'precision'): Share => {
	const of = measure === 'recall' ? score.tp + score.fn : score.tp + score.fp;
	return { hits: score.tp, of, share: score[measure] };
};

interface Column {
	name: string;
	report: Report;
	/** Crises the learned word list raised where the rules found none, and how many of them are labelled crisis. */
	list: Share;
}

const rulesFind = (message: LabelledMessage): boolean =>
	findCrisis(message.text, fold(message.text, message.locale)).length > 0;

function raisedByList(set: LabelledMessage[]): Share {
	const raised = set.filter((message) => predict(message.text, message.locale).crisis && !rulesFind(message));
	const hits = raised.filter((message) => message.crisis).length;
	return { hits, of: raised.length, share: raised.length === 0 ? 0 : hits / raised.length };
}

function row(label: string, shares: Share[]): string {
	return `  ${label.padEnd(labelWidth)}${shares.map(cell).join('')}`.trimEnd();
}

function printTable(title: string, columns: Column[]): void {
	const reports = columns.map((column) => column.report);
	const all = reports[reports.length - 1]!;
	console.log(
		`\n  ${title.padEnd(labelWidth)}${columns.map((c) => c.name.padStart(cellWidth - 2).padEnd(cellWidth)).join('')}`
	);
	console.log(
		`  ${'messages'.padEnd(labelWidth)}${reports.map((r) => `${r.messages}`.padStart(cellWidth - 8).padEnd(cellWidth)).join('')}`
	);
	console.log(
		row(
			'crisis recall',
			reports.map((r) => fromScore(r.crisis, 'recall'))
		)
	);
	console.log(
		row(
			'crisis precision',
			reports.map((r) => fromScore(r.crisis, 'precision'))
		)
	);
	console.log(
		row(
			'  raised by the word list',
			columns.map((column) => column.list)
		)
	);
	for (const level of crisisLevels) {
		console.log(
			row(
				`${level} recall`,
				reports.map((r) => r.levels[level].recall)
			)
		);
		console.log(
			row(
				`${level} precision`,
				reports.map((r) => r.levels[level].precision)
			)
		);
		console.log(
			row(
				`${level} exact level`,
				reports.map((r) => r.levels[level].exact)
			)
		);
	}
	const categories = allCrisisCategories.filter((category) => all.categories[category].of > 0);
	if (categories.length > 0) console.log('  recall by category');
	for (const category of categories)
		console.log(
			row(
				`  ${category}`,
				reports.map((r) => r.categories[category])
			)
		);
	const quiet = quietCategories.filter((category) => all.falseAlarms[category].of > 0);
	if (quiet.length > 0) console.log('  false alarms (lower is better)');
	for (const category of quiet)
		console.log(
			row(
				`  ${category}`,
				reports.map((r) => r.falseAlarms[category])
			)
		);
	if (all.safety.tp + all.safety.fp + all.safety.fn > 0) {
		console.log(
			row(
				'safety recall',
				reports.map((r) => fromScore(r.safety, 'recall'))
			)
		);
		console.log(
			row(
				'safety precision',
				reports.map((r) => fromScore(r.safety, 'precision'))
			)
		);
	}
}

/** The pattern kinds, on messages that label them (the older fixtures), for the whole set only. */
function printKinds(report: Report): void {
	const counts = (s: Score): string => `tp ${s.tp} fp ${s.fp} fn ${s.fn}`;
	const figure = (value: number): string => pct(value).padStart(7);
	console.log(`  ${'kind'.padEnd(16)}precision  recall      F1   counts`);
	for (const kind of [...signalKinds, 'micro' as const]) {
		const s = kind === 'micro' ? report.micro : report.kinds[kind];
		console.log(`  ${kind.padEnd(16)}${figure(s.precision)}  ${figure(s.recall)}  ${figure(s.f1)}   ${counts(s)}`);
	}
}

const wrap = (text: string, width: number, indent: string): string =>
	(text.replace(/\s+/g, ' ').match(new RegExp(`.{1,${width}}(?:\\s|$)|\\S+`, 'g')) ?? [])
		.map((line) => indent + line.trim())
		.join('\n');

function printMistakes(mistakes: Mistake[]): void {
	const listed = mistakes.filter((mistake) => (mistake.split ?? 'train') === mistakesOf);
	const which = mistakesOf === 'held-out' ? 'held-out split' : 'train split and files without splits';
	console.log(`\n  mistakes in the ${which}: ${listed.length}`);
	for (const mistake of listed) {
		const notes = [
			mistake.crisisExpected === true ? 'missed crisis' : '',
			mistake.crisisExpected === false ? 'false crisis' : '',
			mistake.level ? `level ${mistake.level.predicted}, labelled ${mistake.level.expected}` : '',
			mistake.safetyExpected === true ? 'missed safety' : '',
			mistake.safetyExpected === false ? 'false safety' : '',
			mistake.missing.length ? `missing ${mistake.missing.join(',')}` : '',
			mistake.extra.length ? `extra ${mistake.extra.join(',')}` : ''
		].filter(Boolean);
		const category = mistake.category ? ` (${mistake.category})` : '';
		console.log(`  ${mistake.id}${category}: ${notes.join('; ')}`);
		console.log(wrap(mistake.text, 96, '      '));
	}
}

const column = (name: string, set: LabelledMessage[]): Column => ({
	name,
	report: scoreMessages(set, predict),
	list: raisedByList(set)
});

/** Tables for the given locales (and both together when there are two), columns per split. */
function printSet(title: string, messages: LabelledMessage[], locales: string[], mistakes: boolean): void {
	const chosen = split ? inSplit(messages, split) : messages;
	const hasSplits = messages.some((message) => message.split !== undefined);
	const counts = hasSplits
		? ` (${splits.map((name) => `${name} ${inSplit(messages, name).length}`).join(', ')})`
		: ' (no splits)';
	console.log(`\n${title}: ${messages.length} messages${counts}${split ? `, showing ${split} only` : ''}`);
	const columnsFor = (set: LabelledMessage[]): Column[] =>
		hasSplits && !split
			? [...splits.map((name) => column(name, inSplit(set, name))), column('all', set)]
			: [column(split ?? 'all', set)];
	const present = messageLocales.filter((locale) => chosen.some((message) => message.locale === locale));
	const blocks = locales.filter((locale) => present.includes(locale as (typeof present)[number]));
	if (present.length > 1) blocks.push(present.join('+'));
	for (const block of blocks) {
		const set = block.includes('+') ? chosen : chosen.filter((message) => message.locale === block);
		const columns = columnsFor(set);
		printTable(block, columns);
		if (set.some((message) => message.kinds !== null && !message.crisis)) printKinds(columns.at(-1)!.report);
	}
	if (mistakes) printMistakes(scoreMessages(inSplit(messages, mistakesOf), predict).mistakes);
}

const loaded: { file: string; messages: LabelledMessage[] }[] = [];
for (const file of files) {
	try {
		loaded.push({ file, messages: parseLabelled(readFileSync(file, 'utf8'), basename(file)) });
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
}
if (flags.has('--story')) console.log('crisis read as a family member’s story (readStory)');
for (const { file, messages } of loaded) {
	printSet(relative(process.cwd(), file) || file, messages, [...messageLocales], flags.has('--mistakes'));
}
if (loaded.length > 1) {
	// Per language again only where a language spans several files; otherwise the files already showed it.
	const inFiles = (locale: string) => loaded.filter((set) => set.messages.some((m) => m.locale === locale)).length;
	const again = messageLocales.filter((locale) => inFiles(locale) > 1);
	printSet(
		'all files together',
		loaded.flatMap((set) => set.messages),
		again,
		false
	);
}
