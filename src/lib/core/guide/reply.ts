import type { Catalogue } from '../i18n/catalogue.ts';
import { format } from '../i18n/format.ts';
import type { AllowedTo } from './reach-out.ts';

export type ReplyTemplates = Catalogue['replies'];

export interface ReplyInput {
	choice: AllowedTo;
	conditions: readonly string[];
	boundaries: readonly string[];
}

/**
 * Builds the draft reply for a "You're allowed to" choice, carrying the person's own conditions (and, for
 * "Yes — with boundaries and support", their boundaries). Plain text, ready to paste into any message app.
 */
export function buildReply(templates: ReplyTemplates, input: ReplyInput): string {
	const template = templates[input.choice];
	const bulletList = (items: readonly string[]) =>
		items
			.map((item) => item.trim())
			.filter((item) => item !== '')
			.map((item) => format(templates.bullet, { item }))
			.join('\n');

	const parts: string[] = [template.body];
	const conditions = bulletList(input.conditions);
	if (conditions) parts.push(`${template.withConditions}\n${conditions}`);
	if ('withBoundaries' in template) {
		const boundaries = bulletList(input.boundaries);
		if (boundaries) parts.push(`${template.withBoundaries}\n${boundaries}`);
	}
	return parts.join('\n\n');
}

/** The Step 3 questions as one message, ready to send. */
export function buildQuestionsMessage(intro: string, questions: readonly string[]): string {
	return [intro, ...questions.map((question, index) => `${index + 1}. ${question}`)].join('\n');
}
