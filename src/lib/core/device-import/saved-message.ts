import { format } from '../i18n/format.ts';
import { plural, type Plural } from '../i18n/plural.ts';

/** What one "Save to my account" added to the account. */
export interface AddedTotals {
	reachOuts: number;
	contacts: number;
	items: number;
}

/** The catalogue's `account.bringIn` words the message is built from (the page script reads them from markup). */
export interface SavedWords {
	done: string;
	added: Record<keyof AddedTotals, Plural>;
}

/** "Saved to your account: 1 new reach-out, 2 new contacts, …": each count agrees with its own noun. */
export function savedToAccount(words: SavedWords, totals: AddedTotals, locale: string): string {
	return format(words.done, {
		reachOuts: plural(words.added.reachOuts, totals.reachOuts, locale),
		contacts: plural(words.added.contacts, totals.contacts, locale),
		items: plural(words.added.items, totals.items, locale)
	});
}
