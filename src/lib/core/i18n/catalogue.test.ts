import { describe, expect, it } from 'vitest';
import { allowedTo } from '../guide/reach-out.ts';
import { summaryKeys } from '../message-check/summary.ts';
import { signalKinds } from '../message-check/types.ts';
import { catalogue, locales, localeOfPath, pathInLocale } from './catalogue.ts';

type Tree = string | Tree[] | { [key: string]: Tree };

/** Every leaf path of a catalogue, with arrays indexed: "guide.pause.points.0". */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	if (typeof tree === 'string') out.set(prefix, tree);
	else
		for (const [key, value] of Object.entries(tree))
			for (const [path, text] of leaves(value, prefix ? `${prefix}.${key}` : key)) out.set(path, text);
	return out;
}

const pluralCategories = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);

/** Paths of plural messages (objects keyed only by plural categories) that lack `one` or `other`. */
function pluralsMissingForms(tree: Tree, prefix = ''): string[] {
	if (typeof tree === 'string' || Array.isArray(tree)) return [];
	const keys = Object.keys(tree);
	if (keys.length > 0 && keys.every((key) => pluralCategories.has(key)))
		return 'one' in tree && 'other' in tree ? [] : [prefix];
	return Object.entries(tree).flatMap(([key, value]) => pluralsMissingForms(value, prefix ? `${prefix}.${key}` : key));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
	const english = leaves(catalogue('en') as unknown as Tree);

	for (const locale of locales) {
		const other = leaves(catalogue(locale) as unknown as Tree);

		it(`${locale} has exactly the keys English has, no more and no fewer`, () => {
			expect([...other.keys()].filter((key) => !english.has(key))).toEqual([]);
			expect([...english.keys()].filter((key) => !other.has(key))).toEqual([]);
		});

		it(`${locale} has no empty text`, () => {
			expect([...other].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
		});

		it(`${locale} gives every plural message at least its one and other forms`, () => {
			expect(pluralsMissingForms(catalogue(locale) as unknown as Tree)).toEqual([]);
		});

		it(`${locale} uses the same placeholders as English in every text`, () => {
			const mismatched = [...english].filter(
				([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(other.get(key) ?? ''))
			);
			expect(mismatched.map(([key]) => key)).toEqual([]);
		});
	}

	it('holds every line of the guide, in both languages', () => {
		for (const locale of locales) {
			const guide = catalogue(locale).guide;
			expect(guide.pause.points).toHaveLength(4);
			expect(guide.askThem.questions).toHaveLength(4);
			expect(guide.conditions.examples).toHaveLength(3);
			expect(Object.keys(guide.safe.lists)).toEqual(['boundaries', 'expectations', 'supports', 'signs']);
			expect(Object.keys(guide.decide.choices)).toEqual([...allowedTo]);
			expect(guide.decide.reminder).toHaveLength(4);
			expect(guide.decide.closing).toHaveLength(2);
		}
		const en = catalogue('en').guide;
		expect(en.askThem.questions).toContain('How will you take responsibility without putting it on me?');
		expect(en.decide.reminder).toContain('Trust is rebuilt through consistency, not emotion.');
		expect(en.decide.choices.notAvailable).toContain('I love you, and I’m still not available');
	});
});

describe('the message check’s words', () => {
	for (const locale of locales) {
		it(`in ${locale} name every pattern and every summary the analyzer can return`, () => {
			const words = catalogue(locale).messageCheck;
			expect(Object.keys(words.kinds).sort()).toEqual([...signalKinds].sort());
			expect(Object.keys(words.summary).sort()).toEqual([...summaryKeys].sort());
		});
	}
});

describe('language paths', () => {
	it('reads the language from the first path segment, defaulting to English', () => {
		expect(localeOfPath('/es/guide/pause')).toBe('es');
		expect(localeOfPath('/en')).toBe('en');
		expect(localeOfPath('/healthz')).toBe('en');
		expect(localeOfPath('/fr/guide')).toBe('en');
	});

	it('maps a page to the same page in another language', () => {
		expect(pathInLocale('/en/guide/pause', 'es')).toBe('/es/guide/pause');
		expect(pathInLocale('/es', 'en')).toBe('/en');
	});
});
