// Scores the message check on hand-labelled messages and prints a table per locale and overall.
// Run: npm run eval:message-check [--all] [--mistakes] [file.jsonl ...]
//   no files     ../shared/message-check/dev.jsonl (relative to the repository root)
//   --all        dev.jsonl and crisis-dev.jsonl from ../shared/message-check, scored together
//   --mistakes   also list every message the check got wrong, with what was missing or extra
//   --story      crisis as the guidance requests and messages read it: the check or a family member's story
//                (message-check/story.ts), e.g. --story test/fixtures/message-check/story-crisis.jsonl
// Each file is scored on its own; with several files, all of them together as well.
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	parseLabelled,
	predictWithCheck,
	scoreByLocale,
	type Predict,
	type LabelledMessage,
	type Report,
	type Score
} from '../src/lib/core/message-check/score.ts';
import { storyCrisis } from '../src/lib/core/message-check/story.ts';
import { signalKinds } from '../src/lib/core/message-check/types.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared', 'message-check');

const args = process.argv.slice(2);
const showMistakes = args.includes('--mistakes');
const options = ['--all', '--mistakes', '--story'];
const unknown = args.filter((arg) => arg.startsWith('--') && !options.includes(arg));
if (unknown.length > 0) {
	console.error(`Unknown option ${unknown.join(', ')}. Use --all, --mistakes, --story and file paths.`);
	process.exit(2);
}
const files = args.filter((arg) => !arg.startsWith('--')).map((file) => resolve(file));
if (args.includes('--all')) files.push(join(shared, 'dev.jsonl'), join(shared, 'crisis-dev.jsonl'));
if (files.length === 0) files.push(join(shared, 'dev.jsonl'));

const predict: Predict = args.includes('--story')
	? (text, locale) => {
			const prediction = predictWithCheck(text, locale);
			return { ...prediction, crisis: prediction.crisis || storyCrisis(text, locale) };
		}
	: predictWithCheck;

const pct = (value: number): string => `${(value * 100).toFixed(1).padStart(5)}%`;
const counts = (s: Score): string => `tp ${s.tp} fp ${s.fp} fn ${s.fn}`;

function printReport(label: string, report: Report): void {
	console.log(`  ${label} (${report.messages} messages)`);
	const c = report.crisis;
	console.log(`    crisis      recall ${pct(c.recall)}  precision ${pct(c.precision)}  (${counts(c)})`);
	console.log(`    kind            precision  recall      F1   counts`);
	for (const kind of signalKinds) {
		const s = report.kinds[kind];
		console.log(`    ${kind.padEnd(15)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}   ${counts(s)}`);
	}
	const m = report.micro;
	console.log(`    ${'micro'.padEnd(15)} ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}   ${counts(m)}`);
}

function printAll(title: string, messages: LabelledMessage[]): void {
	const reports = scoreByLocale(messages, predict);
	console.log(`\n${title}`);
	if (reports.en) printReport('en', reports.en);
	if (reports.es) printReport('es', reports.es);
	printReport('overall', reports.overall);
	if (!showMistakes) return;
	console.log(`  mistakes: ${reports.overall.mistakes.length}`);
	for (const mistake of reports.overall.mistakes) {
		const notes = [
			mistake.crisisExpected === true ? 'missed crisis' : '',
			mistake.crisisExpected === false ? 'false crisis' : '',
			mistake.missing.length ? `missing ${mistake.missing.join(',')}` : '',
			mistake.extra.length ? `extra ${mistake.extra.join(',')}` : ''
		].filter(Boolean);
		console.log(`    ${mistake.id} [${notes.join('; ')}] ${mistake.text}`);
	}
}

const all: LabelledMessage[] = [];
for (const file of files) {
	let messages: LabelledMessage[];
	try {
		messages = parseLabelled(readFileSync(file, 'utf8'), basename(file));
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
	all.push(...messages);
	printAll(file, messages);
}
if (files.length > 1) printAll('all files together', all);
