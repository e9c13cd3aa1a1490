import { checkContact, type SupportContact } from '#lib/core/guide/contact.ts';
import { smsHref, telHref } from '#lib/core/shared/phone.ts';
import { addContact, listContacts, removeContact } from '#lib/device/store.ts';
import { ContactsMark, type ContactField, type ContactFormData, type ContactsData } from './contacts.contract.ts';
import { $, announce, cloneTemplate, dataOf, text } from './dom.ts';
import { track } from './pending.ts';

/** The person's support contacts on Step 1: call or text each (prefilled message), add and remove. */
export async function bindContacts(section: HTMLElement): Promise<void> {
	const list = $(`[${ContactsMark.list}]`, section)!;
	const empty = $(`[${ContactsMark.empty}]`, section)!;
	const template = $(`[${ContactsMark.template}]`, section) as HTMLTemplateElement;
	const form = $(`[${ContactsMark.form}]`, section) as HTMLFormElement;
	const status = $(`[${ContactsMark.status}]`, section);
	const message = dataOf<ContactsData>(section).message ?? '';

	function render(contacts: SupportContact[]): void {
		list.replaceChildren(
			...contacts.map((contact) => {
				const row = cloneTemplate(template);
				$(`[${ContactsMark.field}="name"]`, row)!.textContent = contact.name;
				const call = $(`[${ContactsMark.call}]`, row) as HTMLAnchorElement;
				call.href = telHref(contact.phone);
				call.textContent = text<ContactsData>(section, 'call', { name: contact.name });
				const sms = $(`[${ContactsMark.text}]`, row) as HTMLAnchorElement;
				sms.href = smsHref(contact.phone, message);
				sms.textContent = text<ContactsData>(section, 'text', { name: contact.name });
				const remove = $(`[${ContactsMark.remove}]`, row)!;
				remove.textContent = text<ContactsData>(section, 'remove', { name: contact.name });
				remove.addEventListener('click', async () => {
					await track(removeContact(contact.id));
					render(await listContacts());
					announce(status, text<ContactsData>(section, 'removed', { name: contact.name }));
					(form.elements.namedItem('name') as HTMLInputElement).focus();
				});
				return row;
			})
		);
		empty.hidden = contacts.length > 0;
	}

	function showProblems(problems: string[]): void {
		for (const field of ['name', 'phone'] satisfies ContactField[]) {
			const input = form.elements.namedItem(field) as HTMLInputElement;
			const error = $(`[${ContactsMark.errorFor}="${field}"]`, form)!;
			const bad = problems.includes(field);
			error.textContent = bad ? text<ContactFormData>(form, field === 'name' ? 'errorName' : 'errorPhone') : '';
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
		announce(status, text<ContactsData>(section, 'added', { name: checked.name }));
		(form.elements.namedItem('name') as HTMLInputElement).focus();
	});

	form.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled = false;
	render(await listContacts());
}
