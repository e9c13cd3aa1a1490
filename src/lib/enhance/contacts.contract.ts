// The support contacts on the pause step: SupportContacts.svelte ↔ contacts.ts.
export enum ContactsMark {
	root = 'data-contacts',
	list = 'data-contacts-list',
	empty = 'data-contacts-empty',
	template = 'data-contact-template',
	form = 'data-contact-form',
	status = 'data-contacts-status',
	/** In the template: the contact's name, and its three actions. */
	field = 'data-field',
	call = 'data-call',
	text = 'data-text',
	remove = 'data-remove',
	/** The error line under each of the form's fields. */
	errorFor = 'data-error-for'
}

export type ContactField = 'name' | 'phone';

/** The root's words (each has {name}) and the prefilled text message. */
export interface ContactsData {
	message: string;
	call: string;
	text: string;
	remove: string;
	added: string;
	removed: string;
}

export interface ContactFormData {
	errorName: string;
	errorPhone: string;
}
