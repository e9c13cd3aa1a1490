// A learned word list, the second reader of crisis. The rules (crisis.ts) name what crisis language looks like and
// miss what they were not written for; this list weighs word stems and pairs of stems, fitted on the labelled
// messages (scripts/train-crisis-weights.ts), and catches the same meaning in other words. It reads only when the
// rules found no crisis, and every flag it raises names the words whose weights raised it.

import type { Folded } from './normalize.ts';
import { allCrisisCategories, crisisLevelOf, type CrisisCategory, type CrisisLevel } from './types.ts';

/** Stems are a word's first letters: "overdosed" and "overdosing", "matarme" and "matarte" share one. */
const stemLength = 5;
/** At most this many words are marked for one flag: the run of words that weighs most towards crisis. */
const maxMarkedWords = 8;
/**
 * The list is read on stretches of whole sentences no longer than most of the messages it was fitted on (nine in
 * ten have at most about 60 words): a long post read at once piles up many faint weights into a false alarm.
 */
const stretchWords = 60;

/**
 * One language's fitted weights, as generated. A list is "feature weight" pairs joined by "|", weights in
 * hundredths, so the browser downloads a short string and reads it once.
 */
export interface CrisisWeights {
	/** Log-odds that the message is a crisis: bias, then the features. */
	crisis: { bias: number; weights: string };
	/** The crisis is read as this many hundredths or more of probability. Chosen on the train split's folds. */
	threshold: number;
	/** Which category a flagged message is, one list per category (allCrisisCategories' order). */
	categories: { bias: number; weights: string }[];
}

/** Weights as read and as fitted: a bias, and a weight per feature name. */
export interface Model {
	bias: number;
	weights: ReadonlyMap<string, number>;
}

interface Parsed {
	crisis: Model;
	threshold: number;
	categories: Model[];
}

/** A word of the folded text and where it sits. */
export interface Token {
	stem: string;
	start: number;
	end: number;
}

/** A feature and the tokens it covers: a stem, or two neighbouring stems. */
export interface Feature {
	name: string;
	first: number;
	last: number;
}

/** The words of the folded text, each with its stem. */
export function tokens(folded: string): Token[] {
	return [...folded.matchAll(/[a-z0-9]+/g)].map((match) => ({
		stem: match[0].slice(0, stemLength),
		start: match.index,
		end: match.index + match[0].length
	}));
}

/** Every distinct feature of the words, each at its first place. */
export function features(words: Token[]): Feature[] {
	const seen = new Map<string, Feature>();
	const add = (name: string, first: number, last: number) => {
		if (!seen.has(name)) seen.set(name, { name, first, last });
	};
	words.forEach((word, i) => {
		add(word.stem, i, i);
		const next = words[i + 1];
		if (next) add(`${word.stem}_${next.stem}`, i, i + 1);
	});
	return [...seen.values()];
}

/** Packs weights for the generated file: "name weight" pairs, weights in hundredths, joined by "|". */
export function packWeights(weights: Map<string, number>): string {
	return [...weights]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([name, weight]) => `${name} ${Math.round(weight * 100)}`)
		.join('|');
}

function unpack({ bias, weights }: { bias: number; weights: string }): Model {
	const map = new Map<string, number>();
	if (weights !== '')
		for (const pair of weights.split('|')) {
			const space = pair.indexOf(' ');
			map.set(pair.slice(0, space), Number(pair.slice(space + 1)) / 100);
		}
	return { bias, weights: map };
}

const parsedOnce = new WeakMap<CrisisWeights, Parsed>();

function parsed(weights: CrisisWeights): Parsed {
	let model = parsedOnce.get(weights);
	if (!model) {
		model = {
			crisis: unpack(weights.crisis),
			threshold: weights.threshold / 100,
			categories: weights.categories.map(unpack)
		};
		parsedOnce.set(weights, model);
	}
	return model;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The bias plus the weights of the features named: the log-odds of a logistic model, a class's score in a softmax. */
export function logOdds(names: readonly string[], model: Model): number {
	let z = model.bias;
	for (const name of names) z += model.weights.get(name) ?? 0;
	return z;
}

/** The probability, by the fitted weights, that words with these features are a crisis. */
export function crisisProbability(names: readonly string[], model: Model): number {
	return sigmoid(logOdds(names, model));
}

/** A learned flag: the folded range of the words that raised it, with the level and category read from them. */
export interface LearnedFlag {
	start: number;
	end: number;
	level: CrisisLevel;
	category: CrisisCategory;
	probability: number;
	/** The folded range of the stretch of sentences the flag was read in. */
	stretch: [number, number];
}

/**
 * The learned reading of a folded message: a flag when its strongest stretch reads as a crisis, otherwise null.
 */
export function readLearned(folded: Folded, weights: CrisisWeights): LearnedFlag | null {
	const model = parsed(weights);
	let strongest: { words: Token[]; found: Feature[]; names: string[]; probability: number } | null = null;
	for (const words of stretches(folded.text)) {
		const found = features(words);
		const names = found.map((feature) => feature.name);
		const probability = crisisProbability(names, model.crisis);
		if (!strongest || probability > strongest.probability) strongest = { words, found, names, probability };
	}
	if (!strongest || strongest.probability < model.threshold) return null;
	const { words, found, names, probability } = strongest;
	const category = strongestCategory(names, model.categories);
	const [first, last] = markedWords(words.length, found, model.crisis.weights);
	return {
		start: words[first]!.start,
		end: words[last]!.end,
		level: crisisLevelOf(category),
		category,
		probability,
		stretch: [words[0]!.start, words[words.length - 1]!.end]
	};
}

/** The words in stretches of whole sentences of at most stretchWords words (a longer sentence is cut). */
export function stretches(folded: string): Token[][] {
	const words = tokens(folded);
	const sentences: Token[][] = [];
	words.forEach((word, i) => {
		const between = i === 0 ? '' : folded.slice(words[i - 1]!.end, word.start);
		const current = sentences[sentences.length - 1];
		if (!current || /[.!?;\n]/.test(between) || current.length >= stretchWords) sentences.push([word]);
		else current.push(word);
	});
	const joined: Token[][] = [];
	for (const sentence of sentences) {
		const last = joined[joined.length - 1];
		if (last && last.length + sentence.length <= stretchWords) last.push(...sentence);
		else joined.push([...sentence]);
	}
	return joined;
}

function strongestCategory(names: readonly string[], models: Model[]): CrisisCategory {
	let best = 0;
	let bestScore = -Infinity;
	models.forEach((model, index) => {
		const score = logOdds(names, model);
		if (score > bestScore) [best, bestScore] = [index, score];
	});
	return allCrisisCategories[best]!;
}

/**
 * The words that raised the flag: the run of at most maxMarkedWords words whose features weigh most towards crisis,
 * without words at its ends that weigh nothing or against. A pair's weight is shared by its two words.
 */
function markedWords(count: number, found: Feature[], weights: ReadonlyMap<string, number>): [number, number] {
	const weight = new Array<number>(count).fill(0);
	for (const feature of found) {
		const value = weights.get(feature.name) ?? 0;
		const share = value / (feature.last - feature.first + 1);
		for (let i = feature.first; i <= feature.last; i++) weight[i]! += share;
	}
	let best: [number, number] = [0, 0];
	let bestSum = -Infinity;
	for (let first = 0; first < count; first++) {
		let sum = 0;
		for (let last = first; last < Math.min(count, first + maxMarkedWords); last++) {
			sum += weight[last]!;
			if (sum > bestSum) [best, bestSum] = [[first, last], sum];
		}
	}
	let [first, last] = best;
	while (first < last && weight[first]! <= 0) first++;
	while (last > first && weight[last]! <= 0) last--;
	return [first, last];
}
