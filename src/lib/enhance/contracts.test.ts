// The page scripts and the Svelte markup agree only through these contracts: a script names no data attribute of
// its own, and every mark and dataset a contract declares is written by the markup that imports it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const enhance = join(root, 'src/lib/enhance');
const markupDirs = ['src/routes', 'src/lib/components'].map((dir) => join(root, dir));

/** dom.ts's text and dataOf read the keys a contract's type names. */
const notUnderContract = new Set(['dom.ts']);

const stripComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');

/** The lines of a script that name a data attribute or touch a dataset directly, instead of through a contract. */
export function literalDataUses(source: string): string[] {
	return stripComments(source)
		.split('\n')
		.filter((line) => !/^\s*import\b/.test(line) && /data-|\bdataset\b/.test(line))
		.map((line) => line.trim());
}

type Marks = Record<string, string>;

/** A contract's enums of marks, read from its source: `export enum BreathingMark { phase = 'data-phase', … }`. */
export function marksOf(contractSource: string): Array<[string, Marks]> {
	return [...contractSource.matchAll(/export enum (\w+) \{([^}]*)\}/g)].map(([, name, body]) => [
		name!,
		Object.fromEntries([...body!.matchAll(/^\s*(\w+) = '([^']*)',?$/gm)].map(([, part, value]) => [part!, value!]))
	]);
}

/** Marks that none of the markup spreads (`mark(BreathingMark.phase…)`), as `BreathingMark.phase`. */
export function marksMissing(exportName: string, marks: Marks, markup: string): string[] {
	return Object.keys(marks)
		.filter((part) => !new RegExp(`\\bmark\\(\\s*${exportName}\\.${part}\\b`).test(markup))
		.map((part) => `${exportName}.${part}`);
}

/** Dataset types (exported interfaces named …Data) that none of the markup writes with `dataAttributes<…Data>`. */
export function datasetsMissing(contractSource: string, markup: string): string[] {
	return [...contractSource.matchAll(/export interface (\w+Data)\b/g)]
		.map(([, name]) => name!)
		.filter((name) => !new RegExp(`\\bdataAttributes<${name}>\\(`).test(markup));
}

function filesUnder(dir: string, ending: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith(ending))
		.map((file) => join(dir, file));
}

const isContract = (file: string) => file.endsWith('.contract.ts') || file === 'attributes.ts';
const scripts = readdirSync(enhance)
	.filter(
		(file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !isContract(file) && !notUnderContract.has(file)
	)
	.map((file) => ({ file, source: readFileSync(join(enhance, file), 'utf8') }));
const svelteFiles = markupDirs
	.flatMap((dir) => filesUnder(dir, '.svelte'))
	.map((path) => ({ path, source: readFileSync(path, 'utf8') }));
const contractFiles = readdirSync(enhance).filter((file) => file.endsWith('.contract.ts'));

describe('the checks themselves', () => {
	it('see a data attribute named in a script, and a dataset read directly', () => {
		const script = [
			"import { BreathingMark } from './breathing.contract.ts';",
			'// [data-comment] in a comment is fine',
			"const a = $('[data-phase]', section);",
			'const b = section.dataset.locale;',
			'const c = $(`[${BreathingMark.phase}]`);'
		].join('\n');
		expect(literalDataUses(script)).toEqual([
			"const a = $('[data-phase]', section);",
			'const b = section.dataset.locale;'
		]);
	});

	it('read the marks an enum declares', () => {
		const source = "export enum BreathingMark {\n\troot = 'data-breathing',\n\t/** Why. */\n\tphase = 'data-phase'\n}";
		expect(marksOf(source)).toEqual([['BreathingMark', { root: 'data-breathing', phase: 'data-phase' }]]);
	});

	it('see a mark or a dataset the markup leaves out', () => {
		const markup = '<p {...mark(BreathingMark.phase)}></p><p data-round-text></p>';
		expect(marksMissing('BreathingMark', { phase: 'data-phase', round: 'data-round-text' }, markup)).toEqual([
			'BreathingMark.round'
		]);
		expect(datasetsMissing('export interface BreathingData {}', markup)).toEqual(['BreathingData']);
		expect(datasetsMissing('export interface BreathingData {}', '{...dataAttributes<BreathingData>({})}')).toEqual([]);
	});
});

describe('page scripts and markup share their data attributes through contracts', () => {
	it('every page script names data attributes only through a contract', () => {
		const found = scripts.flatMap(({ file, source }) => literalDataUses(source).map((line) => `${file}: ${line}`));
		expect(found).toEqual([]);
	});

	it.each(contractFiles)('%s is imported by markup that writes every mark and dataset it declares', (file) => {
		const importer = new RegExp(`from '#lib/enhance/${file.replaceAll('.', '\\.')}'`);
		const importers = svelteFiles.filter(({ source }) => importer.test(source));
		expect(importers.map(({ path }) => relative(root, path))).not.toEqual([]);
		const markup = importers.map(({ source }) => source).join('\n');

		const source = readFileSync(join(enhance, file), 'utf8');
		const marks = marksOf(source);
		expect(marks).not.toEqual([]);
		const names = marks.flatMap(([, value]) => Object.values(value));
		expect(names.filter((name) => !/^data-[a-z]+(-[a-z]+)*$/.test(name))).toEqual([]);
		expect(marks.flatMap(([name, value]) => marksMissing(name, value, markup))).toEqual([]);
		expect(datasetsMissing(source, markup)).toEqual([]);

		// And a script uses each mark: a contract holds no name that nothing looks for.
		const scriptSource = scripts.map(({ source }) => source).join('\n');
		const unused = marks.flatMap(([name, value]) =>
			Object.keys(value).filter((part) => !new RegExp(`\\b${name}\\.${part}\\b`).test(scriptSource))
		);
		expect(unused).toEqual([]);
	});
});
