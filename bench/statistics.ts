// Two-sample comparisons for the benches: does one set of times differ from another?

/** The standard normal distribution's cumulative probability (Abramowitz and Stegun 7.1.26, error < 1.5e-7). */
function normalCdf(z: number): number {
	const x = Math.abs(z) / Math.SQRT2;
	const t = 1 / (1 + 0.3275911 * x);
	const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
	const erf = 1 - poly * Math.exp(-x * x);
	return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * The Mann-Whitney U test of two independent samples: U for the first sample, and the two-sided p-value from the
 * normal approximation with the correction for ties (fine from about 20 values a side). A small p says the
 * times of one sample tend to be larger than the other's.
 */
export function mannWhitney(a: number[], b: number[]): { u: number; z: number; p: number } {
	const all = [...a.map((value) => ({ value, first: true })), ...b.map((value) => ({ value, first: false }))].sort(
		(x, y) => x.value - y.value
	);
	const n = all.length;
	let rankSumA = 0;
	let tieTerm = 0;
	for (let i = 0; i < n;) {
		let j = i;
		while (j + 1 < n && all[j + 1]!.value === all[i]!.value) j++;
		const rank = (i + j) / 2 + 1;
		for (let k = i; k <= j; k++) if (all[k]!.first) rankSumA += rank;
		const tied = j - i + 1;
		tieTerm += tied ** 3 - tied;
		i = j + 1;
	}
	const [n1, n2] = [a.length, b.length];
	const u = rankSumA - (n1 * (n1 + 1)) / 2;
	const mean = (n1 * n2) / 2;
	const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
	const z = variance > 0 ? (u - mean) / Math.sqrt(variance) : 0;
	return { u, z, p: 2 * (1 - normalCdf(Math.abs(z))) };
}

function median(values: number[]): number {
	const sorted = [...values].sort((x, y) => x - y);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** median(a) − median(b), with a 95% percentile bootstrap interval from `rounds` resamples of each side. */
export function medianDifference(
	a: number[],
	b: number[],
	rounds = 2000
): { estimate: number; low: number; high: number } {
	const resample = (values: number[]) => values.map(() => values[Math.floor(Math.random() * values.length)]!);
	const differences = Array.from({ length: rounds }, () => median(resample(a)) - median(resample(b))).sort(
		(x, y) => x - y
	);
	return {
		estimate: median(a) - median(b),
		low: differences[Math.floor(0.025 * rounds)]!,
		high: differences[Math.ceil(0.975 * rounds) - 1]!
	};
}
