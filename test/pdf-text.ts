import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const standardFontDataUrl = join(
	dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
	'standard_fonts/'
);

/** Every page's text as pdf.js reads it: what a person selecting it, or a screen reader, gets. */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
	const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, standardFontDataUrl });
	const pdf = await task.promise;
	const pages: string[] = [];
	for (let n = 1; n <= pdf.numPages; n++) {
		const content = await (await pdf.getPage(n)).getTextContent();
		pages.push(
			content.items
				.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
				.join('')
				.replace(/[ \t]+/g, ' ')
		);
	}
	await task.destroy();
	return pages;
}
