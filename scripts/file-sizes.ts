// How big the code's files are, against the limits of issue 13: source files (src/**/*.ts and *.svelte, tests,
// the i18n catalogues and the generated weights aside) at a median of 60 lines or under and a 90th percentile of
// 150 or under, and no source or test file anywhere (src, test, e2e, bench, scripts) over 300 lines.
// Run: npm run sizes     (prints the figures and any file over 300; exits 1 when a limit is broken)
// test/structure/file-sizes.test.ts holds the same limits in the unit tests.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const limits = { median: 60, p90: 150, max: 300 };

/** The folders searched for files over `limits.max`; only `src` counts toward the median and the 90th percentile. */
export const roots = ['src', 'test', 'e2e', 'bench', 'scripts'];

export interface FileSize {
	/** Relative to the repository, with forward slashes. */
	path: string;
	lines: number;
}

export interface SizeReport {
	/** How many source files the median and the 90th percentile are taken over. */
	sources: number;
	median: number;
	p90: number;
	/** The largest source file. */
	largest: FileSize;
	/** Source and test files over `limits.max` lines, largest first. */
	over: FileSize[];
	/** Source files over the 90th percentile limit, largest first: what moves the median and the p90. */
	overP90: FileSize[];
}

const code = /\.(?:ts|svelte)$/;
const isTest = (path: string) => /\.(?:test|spec)\.ts$/.test(path);
// Words, not code (every sentence a person reads, in two languages), and numbers a script writes.
const isSet = (path: string) => path.startsWith('src/lib/core/i18n/') || /(?:^|\/)weights\.[^/]+\.ts$/.test(path);

/** Lines as `wc -l` counts them: newline characters. */
const lineCount = (file: string) => readFileSync(file, 'utf8').split('\n').length - 1;

function filesUnder(repository: string, folder: string): FileSize[] {
	const found: FileSize[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.isFile() && code.test(entry.name)) {
				const path = relative(repository, full).split(sep).join('/');
				if (!isSet(path)) found.push({ path, lines: lineCount(full) });
			}
		}
	};
	walk(join(repository, folder));
	return found;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(sorted: number[]): number {
	if (sorted.length === 0) return 0;
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The nearest-rank percentile: the smallest value with at least `share` of the values at or below it. */
export function percentile(sorted: number[], share: number): number {
	if (sorted.length === 0) return 0;
	return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)]!;
}

const largestFirst = (a: FileSize, b: FileSize) => b.lines - a.lines || a.path.localeCompare(b.path);

export function measure(repository: string): SizeReport {
	const all = roots.flatMap((folder) => filesUnder(repository, folder));
	const sources = all.filter((file) => file.path.startsWith('src/') && !isTest(file.path)).sort(largestFirst);
	const counts = sources.map((file) => file.lines).sort((a, b) => a - b);
	return {
		sources: sources.length,
		median: median(counts),
		p90: percentile(counts, 0.9),
		largest: sources[0] ?? { path: '', lines: 0 },
		over: all.filter((file) => file.lines > limits.max).sort(largestFirst),
		overP90: sources.filter((file) => file.lines > limits.p90)
	};
}

/** What breaks a limit, one sentence each; empty when every limit holds. */
export function problems(report: SizeReport): string[] {
	const found: string[] = [];
	const names = (files: FileSize[]) => files.map((file) => `${file.path} (${file.lines})`).join(', ');
	if (report.median > limits.median) found.push(`the source median is ${report.median} lines, over ${limits.median}`);
	if (report.p90 > limits.p90)
		found.push(`the source p90 is ${report.p90} lines, over ${limits.p90}; over it: ${names(report.overP90)}`);
	if (report.over.length > 0) found.push(`over ${limits.max} lines: ${names(report.over)}`);
	return found;
}

function main(): void {
	const report = measure(resolve(dirname(fileURLToPath(import.meta.url)), '..'));
	console.log(`source files: ${report.sources} (src/**/*.{ts,svelte}; tests, catalogues and weights aside)`);
	console.log(`  median ${report.median} lines (limit ${limits.median})`);
	console.log(`  p90    ${report.p90} lines (limit ${limits.p90})`);
	console.log(`  max    ${report.largest.lines} lines: ${report.largest.path} (limit ${limits.max})`);
	console.log(`files over ${limits.max} lines in ${roots.join(', ')}: ${report.over.length || 'none'}`);
	for (const file of report.over) console.log(`  ${String(file.lines).padStart(5)}  ${file.path}`);
	if (problems(report).length > 0) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
