import type { DomainError } from '../shared/errors.ts';
import { planListNames, type PlanListName } from './plan.ts';

// The plan's edit form works without scripting: one textarea per list, one item per line. These helpers turn the
// posted text into the same input the API takes, and the core's refusals back into a message for each textarea.

export interface ParsedLines {
	items: string[];
	/** For each item, the line of the textarea it came from (1-based), so an error can point at it. */
	lines: number[];
}

/** One item per line: each line trimmed, blank lines left out. */
export function linesToItems(text: string): ParsedLines {
	const items: string[] = [];
	const lines: number[] = [];
	text.split(/\r\n|\r|\n/).forEach((line, index) => {
		const item = line.trim();
		if (item === '') return;
		items.push(item);
		lines.push(index + 1);
	});
	return { items, lines };
}

export const itemsToLines = (items: readonly string[]): string => items.join('\n');

export type PlanFormText = Record<PlanListName, string>;

export interface PlanFormInput {
	/** What savePlan takes: the five lists and the version the form was opened at. */
	input: Record<PlanListName, string[]> & { baseVersion?: unknown };
	lines: Record<PlanListName, number[]>;
}

/** Reads the posted form: a missing textarea is an empty list; a missing base version checks nothing. */
export function planFormInput(text: Partial<PlanFormText>, baseVersion: string | null | undefined): PlanFormInput {
	const input = {} as PlanFormInput['input'];
	const lines = {} as PlanFormInput['lines'];
	for (const name of planListNames) {
		const parsed = linesToItems(text[name] ?? '');
		input[name] = parsed.items;
		lines[name] = parsed.lines;
	}
	const base = (baseVersion ?? '').trim();
	if (base !== '') input.baseVersion = /^\d{1,7}$/.test(base) ? Number(base) : base;
	return { input, lines };
}

export interface FormProblem {
	/** A list's textarea, or `form` for what concerns the whole form (a save made elsewhere first). */
	field: PlanListName | 'form';
	/** A catalogue key under `errors`. */
	problem: string;
	/** The textarea line the problem is on, when it is about one item. */
	line?: number;
}

/** The core's field problems (`signs.2`), as the form shows them: on the list's textarea, with the line. */
export function formProblems(error: DomainError, lines: Record<PlanListName, number[]>): FormProblem[] {
	return error.fields.map(({ field, problem }) => {
		const [name, index] = field.split('.');
		const list = planListNames.find((n) => n === name);
		if (!list) return { field: 'form', problem };
		const line = index === undefined ? undefined : lines[list][Number(index)];
		return line === undefined ? { field: list, problem } : { field: list, problem, line };
	});
}

/** A version number from a URL; anything but plain digits is no version at all (NaN, answered as not found). */
export const versionNumber = (text: string): number => (/^\d{1,7}$/.test(text) ? Number(text) : NaN);
