import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { limits, measure, median, percentile, problems } from '../../scripts/file-sizes.ts';

// Small files, one concern each (issue 13): the limits scripts/file-sizes.ts prints, held here so a file that
// grows past them fails the unit tests, naming it. There is no list of files let off.

const report = measure(fileURLToPath(new URL('../..', import.meta.url)));
const named = (files: { path: string; lines: number }[]) => files.map((file) => `${file.path} (${file.lines})`);

describe('file sizes', () => {
	it(`keeps the median source file at ${limits.median} lines or under`, () => {
		expect(report.median, problems(report).join('; ')).toBeLessThanOrEqual(limits.median);
	});

	it(`keeps the 90th percentile of source files at ${limits.p90} lines or under`, () => {
		expect(report.p90, `over ${limits.p90}: ${named(report.overP90).join(', ')}`).toBeLessThanOrEqual(limits.p90);
	});

	it(`keeps every source and test file at ${limits.max} lines or under`, () => {
		expect(named(report.over)).toEqual([]);
	});

	it('measures something: the source files are found and counted', () => {
		expect(report.sources).toBeGreaterThan(100);
		expect(report.largest.lines).toBeGreaterThan(0);
	});
});

describe('the figures', () => {
	it('take the median as the middle value, or the mean of the two middle ones', () => {
		expect(median([1, 2, 9])).toBe(2);
		expect(median([1, 2, 4, 9])).toBe(3);
		expect(median([])).toBe(0);
	});

	it('take the 90th percentile by nearest rank', () => {
		const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
		expect(percentile(ten, 0.9)).toBe(9);
		expect(percentile([...ten, 11], 0.9)).toBe(10);
		expect(percentile([5], 0.9)).toBe(5);
	});

	it('name each broken limit with the files behind it', () => {
		const file = { path: 'src/big.ts', lines: 400 };
		expect(problems({ sources: 3, median: 61, p90: 151, largest: file, over: [file], overP90: [file] })).toEqual([
			'the source median is 61 lines, over 60',
			'the source p90 is 151 lines, over 150; over it: src/big.ts (400)',
			'over 300 lines: src/big.ts (400)'
		]);
		expect(problems({ sources: 3, median: 10, p90: 20, largest: file, over: [], overP90: [] })).toEqual([]);
	});
});
