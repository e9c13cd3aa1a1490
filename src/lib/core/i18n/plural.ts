import { format } from './format.ts';

/**
 * A message that agrees with a number: one text per `Intl.PluralRules` category the language uses. Every
 * language gives at least `one` and `other`; the rest (`zero`, `two`, `few`, `many`) only where its grammar has
 * them, and a category a language leaves out reads as `other`.
 */
export type Plural = { one: string; other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** The form of `message` that agrees with `count` in `locale`, with `{count}` (and any other values) filled in. */
export function plural(
	message: Plural,
	count: number,
	locale: string,
	values: Record<string, string | number> = {}
): string {
	const form = message[new Intl.PluralRules(locale).select(count)] ?? message.other;
	return format(form, { count, ...values });
}
