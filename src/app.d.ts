declare global {
	namespace App {
		interface Error {
			message: string;
			id?: string;
		}
		interface Locals {
			/** The signed-in member, or null. */
			memberId: string | null;
			/** The hash of the current session's token, to end it on sign-out. */
			sessionIdHash: string | null;
			/** Whether this session was proven with a second factor (a passkey); staff pages require it. */
			secondFactor: boolean;
			/** When the member last proved who they are on this session (ISO 8601): credentials change only soon after. */
			provedAt: string | null;
		}
	}
}

export {};
