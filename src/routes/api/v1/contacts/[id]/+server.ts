import { removeContact } from '#lib/core/contacts/contacts.ts';
import { apiCall } from '#lib/server/http/api.ts';
import { contactStore, requireMember } from '#lib/server/http/member.ts';

export const DELETE = (event) =>
	apiCall(event, async () => {
		await removeContact(await contactStore(), requireMember(event), event.params.id);
		return new Response(null, { status: 204 });
	});
