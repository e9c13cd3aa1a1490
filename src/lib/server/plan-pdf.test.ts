import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { catalogue, locales } from '#lib/core/i18n/catalogue.ts';
import { planListNames, type PlanVersion } from '#lib/core/plan/plan.ts';
import { pdfText } from '../../../test/pdf-text.ts';
import { planPdf, toWinAnsi } from './plan-pdf.ts';

const sentence = (n: number, words: string) => `${words} ${'and keeps it up, week after week'.repeat(n % 2)}`.trim();

/** A plan of ordinary size: five lists of five items, some a couple of lines long. */
const normalPlan = (items: string[]): PlanVersion => ({
	version: 3,
	savedAt: '2026-11-30T10:15:00.000Z',
	lists: Object.fromEntries(
		planListNames.map((name, l) => [name, items.map((item, i) => sentence(i + l, `${item} (${name} ${i + 1})`))])
	) as unknown as PlanVersion['lists']
});

describe('the plan as a PDF', () => {
	for (const locale of locales) {
		it(`${locale}: one page with the title, the version, each heading and every item, as selectable text`, async () => {
			const t = catalogue(locale).account.plan;
			const items = [
				'¿Está sobrio cuando hablamos?',
				'¡Sí! Llama antes de venir',
				'Mañana “sin prisa”',
				'It’s okay',
				'Weekly'
			];
			const plan = normalPlan(items);
			const bytes = await planPdf(plan, locale);
			expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
			const pages = await pdfText(bytes);
			expect(pages).toHaveLength(1);
			const text = pages[0]!.replace(/\s+/g, ' ');
			expect(text).toContain(t.pdf.title);
			expect(text).toContain(locale === 'es' ? 'Versión 3' : 'Version 3');
			expect(text).toContain('2026');
			for (const name of planListNames) {
				expect(text).toContain(t.lists[name].heading);
				for (const item of plan.lists[name]) expect(text).toContain(item.slice(0, 30));
			}
			expect(text).toContain('¿Está sobrio cuando hablamos?');
			expect(text).toContain('¡Sí! Llama antes de venir');
			expect(text).toContain('Mañana “sin prisa”');
			expect(text).toContain('It’s okay');
		});
	}

	it('says when a list is empty, and when the plan was never saved', async () => {
		const t = catalogue('es').account.plan;
		const empty: PlanVersion = {
			version: 0,
			savedAt: null,
			lists: { conditions: [], boundaries: [], expectations: [], supports: [], signs: [] }
		};
		const [page] = await pdfText(await planPdf(empty, 'es'));
		expect(page).toContain(t.pdf.notSaved);
		expect(page).toContain(t.pdf.nothing);
	});

	it('is tagged for screen readers: its language, a title, a heading per list and real lists', async () => {
		const plan = normalPlan(['One', 'Two']);
		const task = getDocument({ data: await planPdf(plan, 'es') });
		const pdf = await task.promise;
		// Typed as an object, though this version of pdf.js answers a Map.
		const markInfo = (await pdf.getMarkInfo()) as unknown as Map<string, boolean> | null;
		expect(markInfo?.get('Marked')).toBe(true);
		const { info } = (await pdf.getMetadata()) as { info: Record<string, unknown> };
		expect(info).toMatchObject({ Language: 'es', Title: catalogue('es').account.plan.pdf.title });
		type Node = { role?: string; children?: Node[] };
		const roles = (node: Node): string[] => [node.role ?? '', ...(node.children ?? []).flatMap(roles)];
		const found = roles((await (await pdf.getPage(1)).getStructTree()) as Node);
		expect(found.filter((role) => role === 'H1')).toHaveLength(1);
		expect(found.filter((role) => role === 'H2')).toHaveLength(5);
		expect(found.filter((role) => role === 'L')).toHaveLength(5);
		expect(found.filter((role) => role === 'LBody')).toHaveLength(10);
		await task.destroy();
	});

	it('draws what Helvetica has and maps the rest to its nearest form', () => {
		expect(toWinAnsi('¿Qué? ¡Ñandú! “Sí” — it’s… €5')).toBe('¿Qué? ¡Ñandú! “Sí” — it’s… €5');
		expect(toWinAnsi('Walk → talk ‐ now')).toBe('Walk -> talk - now');
		expect(toWinAnsi('Łódź ő 🙂 ok')).toBe('?ódz o ? ok');
		expect(toWinAnsi('e\u0301')).toBe('é');
	});
});
