import type { Catalogue } from '../i18n/catalogue.ts';
import { format } from '../i18n/format.ts';
import type { AllowedTo } from './reach-out.ts';

export interface ReplyTemplates {
	replies: Catalogue['replies'];
	safetyReplies: Catalogue['safetyReplies'];
}

export interface ReplyInput {
	choice: AllowedTo;
	conditions: readonly string[];
	boundaries: readonly string[];
	/** After the safety card: short words that ask for space, with no conditions for reconnecting. */
	safetyCardShown?: boolean;
}

/**
 * Builds the draft reply for a "You're allowed to" choice, carrying the person's own conditions (and, for
 * "Yes — with boundaries and support", their boundaries). Plain text, ready to paste into any message app.
 * Where the safety card was shown, no reply carries conditions for reconnecting.
 */
export function buildReply({ replies, safetyReplies }: ReplyTemplates, input: ReplyInput): string {
	if (input.safetyCardShown || input.choice === 'noContact') {
		return input.choice === 'noContact' ? safetyReplies.noContact : safetyReplies.notYet;
	}
	const template = replies[input.choice];
	const bulletList = (items: readonly string[]) =>
		items
			.map((item) => item.trim())
			.filter((item) => item !== '')
			.map((item) => format(replies.bullet, { item }))
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
