/** An e-mail Porchlight sends: only links and neutral words, never anything a person wrote. */
export interface OutgoingMail {
	to: string;
	subject: string;
	text: string;
}

/** The port every use-case sends mail through; SMTP in production, an outbox folder without SMTP, a fake in tests. */
export interface Mailer {
	send(mail: OutgoingMail): Promise<void>;
}
