// The geometry the two consistency charts share: twelve week columns under the same heads, so a week sits at
// the same place in both. Drawn in SVG units; the chart scales to the width of the page.

export const chart = { left: 28, column: 30, right: 8, headHeight: 44 } as const;
export const chartWidth = (weeks: number) => chart.left + weeks * chart.column + chart.right;
export const columnCentre = (i: number) => chart.left + i * chart.column + chart.column / 2;

/** Long signs are cut short in the picture; the table below holds every word. */
export const shortened = (text: string, max = 42) =>
	text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
