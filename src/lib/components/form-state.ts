/** What a form action answered, for the page: each field's error and what the person had typed. */
export function formState(form: unknown): { errors: Record<string, string>; values: Record<string, string> } {
	const answer = (form ?? {}) as { errors?: Record<string, string>; values?: Record<string, string> };
	return { errors: answer.errors ?? {}, values: answer.values ?? {} };
}
