/** An e-mail Porchlight sends: only links and neutral words, never anything a person wrote. */
export interface OutgoingMail {
	to: string;
	subject: string;
	text: string;
	/** Whose e-mail it is, when they have an account: it is deleted with the account if not sent by then. */
	memberId?: string;
}

/**
 * The port every use-case sends mail through. On the server it queues the e-mail as a job of its own
 * (server/jobs/mail.ts), so a request never waits for the mail server; a fake in tests.
 */
export interface Mailer {
	send(mail: OutgoingMail): Promise<void>;
}
