import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxMailer, smtpMailer } from './mailer.ts';

const mail = {
	to: 'ana@example.org',
	subject: 'Confirm your e-mail',
	text: 'Open this link: http://localhost/confirm#abc'
};

describe('mail', () => {
	const received: Array<{ to: string[]; data: string }> = [];
	let server: SMTPServer;
	let port = 0;

	beforeAll(async () => {
		server = new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS'],
			onData(stream, session, done) {
				let data = '';
				stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
				stream.on('end', () => {
					received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
					done();
				});
			}
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		port = (server.server.address() as { port: number }).port;
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	it('reaches a real SMTP server', async () => {
		await smtpMailer(`smtp://127.0.0.1:${port}?ignoreTLS=true`, 'Porchlight <no-reply@localhost>').send(mail);
		expect(received).toHaveLength(1);
		expect(received[0]?.to).toEqual(['ana@example.org']);
		expect(received[0]?.data).toContain('Subject: Confirm your e-mail');
		expect(received[0]?.data).toContain('http://localhost/confirm#abc');
	});

	it('without SMTP, lands as a private .eml file in the outbox folder', async () => {
		const folder = join(mkdtempSync(join(tmpdir(), 'outbox-')), 'outbox');
		await outboxMailer(folder, 'Porchlight <no-reply@localhost>').send(mail);
		const files = readdirSync(folder);
		expect(files).toHaveLength(1);
		expect(files[0]).toMatch(/\.eml$/);
		expect(readFileSync(join(folder, files[0]!), 'utf8')).toContain('To: ana@example.org');
	});
});
