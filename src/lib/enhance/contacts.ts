import { checkContact, type SupportContact } from '#lib/core/guide/contact.ts';
import { smsHref, telHref } from '#lib/core/shared/phone.ts';
import { addContact, listContacts, removeContact } from '#lib/device/store.ts';
import { $, announce, cloneTemplate, text } from './dom.ts';
import { track } from './pending.ts';

/** The person's support contacts on Step 1: call or text each (prefilled message), add and remove. */
export async function bindContacts(section: HTMLElement): Promise<void> {
	const list = $('[data-contacts-list]', section)!;
	const empty = $('[data-contacts-empty]', section)!;
	const template = $('[data-contact-template]', section) as HTMLTemplateElement;
	const form = $('[data-contact-form]', section) as HTMLFormElement;
	const status = $('[data-contacts-status]', section);
	const message = section.dataset.message ?? '';

	function render(contacts: SupportContact[]): void {
		list.replaceChildren(
			...contacts.map((contact) => {
				const row = cloneTemplate(template);
				$('[data-field="name"]', row)!.textContent = contact.name;
				const call = $('[data-call]', row) as HTMLAnchorElement;
				call.href = telHref(contact.phone);
				call.textContent = text(section, 'call', { name: contact.name });
				const sms = $('[data-text]', row) as HTMLAnchorElement;
				sms.href = smsHref(contact.phone, message);
				sms.textContent = text(section, 'text', { name: contact.name });
				const remove = $('[data-remove]', row)!;
				remove.textContent = text(section, 'remove', { name: contact.name });
				remove.addEventListener('click', async () => {
					await track(removeContact(contact.id));
					render(await listContacts());
					announce(status, text(section, 'removed', { name: contact.name }));
					(form.elements.namedItem('name') as HTMLInputElement).focus();
				});
				return row;
			})
		);
		empty.hidden = contacts.length > 0;
	}

	function showProblems(problems: string[]): void {
		for (const field of ['name', 'phone']) {
			const input = form.elements.namedItem(field) as HTMLInputElement;
			const error = $(`[data-error-for="${field}"]`, form)!;
			const bad = problems.includes(field);
			error.textContent = bad ? text(form, field === 'name' ? 'errorName' : 'errorPhone') : '';
			if (bad) input.setAttribute('aria-invalid', 'true');
			else input.removeAttribute('aria-invalid');
		}
		const first = problems[0];
		if (first) (form.elements.namedItem(first) as HTMLInputElement).focus();
	}

	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const data = new FormData(form);
		const checked = checkContact(String(data.get('name') ?? ''), String(data.get('phone') ?? ''));
		if (!checked.ok) return showProblems(checked.problems);
		showProblems([]);
		await track(addContact(checked.name, checked.phone));
		form.reset();
		render(await listContacts());
		announce(status, text(section, 'added', { name: checked.name }));
		(form.elements.namedItem('name') as HTMLInputElement).focus();
	});

	form.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled = false;
	render(await listContacts());
}
