// What the plan journeys share: the lists a member writes, the text of a plan PDF, and the accessibility check
// in light and dark.

import type { Page } from '@playwright/test';
import { pdfText } from '../test/pdf-text.ts';
import { expectNoViolations } from './axe.ts';

export const lists = {
	conditions: ['Sober when we talk', '¿Honesto? ¡Sí!'],
	boundaries: ['No visits when using'],
	expectations: ['Call ahead'],
	supports: ['My sister joins the first meeting'],
	signs: ['Weekly meetings', 'Keeps a job']
};

export const pdfOf = async (bytes: Uint8Array | Buffer) =>
	(await pdfText(new Uint8Array(bytes))).map((p) => p.replace(/\s+/g, ' '));

export async function checkAxe(page: Page, where: string): Promise<void> {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await expectNoViolations(page, `${where}, ${colorScheme}`);
	}
	await page.emulateMedia({ colorScheme: 'light' });
}
