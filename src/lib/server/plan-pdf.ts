import PDFDocument from 'pdfkit';
import { catalogue, type Locale } from '#lib/core/i18n/catalogue.ts';
import { format } from '#lib/core/i18n/format.ts';
import { planListNames, type PlanVersion } from '#lib/core/plan/plan.ts';
import { formatSavedAt } from '#lib/core/plan/plan-text.ts';

// The member's plan as a one-page PDF, with selectable text. pdfkit's standard Helvetica needs no font file of
// ours and covers every character of English and Spanish (¿ ¡ ñ á “ ” ’ — …) through WinAnsi encoding; anything
// beyond it is written as its nearest WinAnsi form, so a stray emoji never prints as garbage.

/** Characters outside Latin-1 that WinAnsi (Windows-1252) still has, and so Helvetica can draw. */
const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const nearest: Record<string, string> = {
	'\u2010': '-',
	'\u2011': '-',
	'\u2012': '–',
	'\u2015': '—',
	'\u2212': '-',
	'\u2032': '’',
	'\u2033': '”',
	'\u201b': '‘',
	'\u201f': '“',
	'\u2039': '‹',
	'\u203a': '›',
	'\u2192': '->',
	'\u2190': '<-',
	'\u2022': '•',
	'\u2023': '•',
	'\u2043': '-',
	'\u00a0': ' ',
	'\u202f': ' ',
	'\u2009': ' ',
	'\u200a': ' ',
	'\u2002': ' ',
	'\u2003': ' ',
	'\t': ' '
};

/** Zero-width joiners, spaces and the emoji variation selector: nothing to draw. */
const invisible = new Set(['\u200b', '\u200c', '\u200d', '\ufe0f', '\ufeff']);

function drawable(char: string): boolean {
	const code = char.codePointAt(0)!;
	if (code >= 0x20 && code <= 0x7e) return true;
	if (code >= 0xa0 && code <= 0xff) return true;
	return winAnsiExtras.has(char);
}

/** The text as Helvetica can draw it: accents and typographic quotes kept, the rest mapped or replaced by “?”. */
export function toWinAnsi(text: string): string {
	let out = '';
	for (const char of text.normalize('NFC')) {
		if (char in nearest) out += nearest[char];
		else if (drawable(char)) out += char;
		else {
			// A letter with a mark WinAnsi lacks (ő, ł́…) keeps its base letter; zero-width marks are dropped.
			const base = char.normalize('NFD').replace(/\p{M}/gu, '');
			if (base === '' || invisible.has(char)) continue;
			out += [...base].every(drawable) ? base : '?';
		}
	}
	return out;
}

const page = { size: 'LETTER', margin: 54 } as const;
const ink = '#000000';
const quiet = '#333333';

/** The plan in the member's language, as PDF bytes. */
export function planPdf(plan: PlanVersion, locale: Locale): Promise<Uint8Array<ArrayBuffer>> {
	const t = catalogue(locale).account.plan;
	const doc = new PDFDocument({
		size: page.size,
		margin: page.margin,
		lang: locale === 'es' ? 'es' : 'en-US',
		displayTitle: true,
		// Tagged: headings, paragraphs and lists a screen reader can follow, in reading order.
		tagged: true,
		pdfVersion: '1.7',
		info: { Title: t.pdf.title, Creator: 'Porchlight', Producer: 'Porchlight' },
		bufferPages: false
	});
	const chunks: Uint8Array[] = [];
	doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
	const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
		doc.on('end', () => resolve(Uint8Array.from(Buffer.concat(chunks))));
		doc.on('error', reject);
	});

	const width = doc.page.width - 2 * page.margin;
	const root = doc.struct('Document');
	doc.addStructure(root);
	const tag = (structType: string) => ({ width, structParent: root, structType });
	doc.fillColor(ink).font('Helvetica-Bold').fontSize(20).text(toWinAnsi(t.pdf.title), tag('H1'));
	const when = plan.savedAt
		? format(t.pdf.version, { version: plan.version, date: formatSavedAt(locale, plan.savedAt) })
		: t.pdf.notSaved;
	doc.moveDown(0.2).fillColor(quiet).font('Helvetica').fontSize(10).text(toWinAnsi(when), tag('P'));

	for (const name of planListNames) {
		doc.moveDown(0.9).fillColor(ink).font('Helvetica-Bold').fontSize(13);
		doc.text(toWinAnsi(t.lists[name].heading), tag('H2'));
		doc.moveDown(0.25).font('Helvetica').fontSize(11);
		const items = plan.lists[name];
		if (items.length === 0) {
			doc.fillColor(quiet).font('Helvetica-Oblique').text(toWinAnsi(t.pdf.nothing), tag('P'));
		} else {
			const list = doc.struct('L');
			root.add(list);
			doc.list(items.map(toWinAnsi), {
				width,
				bulletRadius: 2,
				bulletIndent: 4,
				textIndent: 14,
				paragraphGap: 3,
				structParent: list
			});
			list.end();
		}
	}

	doc.moveDown(1.5).fillColor(quiet).font('Helvetica').fontSize(9).text(toWinAnsi(t.pdf.footer), tag('P'));
	root.end();
	doc.end();
	return done;
}
