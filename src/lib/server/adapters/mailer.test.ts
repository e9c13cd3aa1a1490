import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LEASE_MS } from '../db/repositories/jobs.ts';
import { messageIdFor, outboxTransport, smtpSendBoundMs, smtpTransport } from './mailer.ts';

const mail = {
	to: 'ana@example.org',
	subject: 'Confirm your e-mail',
	text: 'Open this link: http://localhost/confirm#abc'
};
const from = 'Porchlight <no-reply@porchlight.test>';

describe('mail', () => {
	const received: Array<{ to: string[]; data: string }> = [];
	let server: SMTPServer;
	let port = 0;

	beforeAll(async () => {
		server = new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS'],
			logger: false,
			onRcptTo(address, _session, done) {
				if (address.address.startsWith('nobody')) {
					const refused = new Error(`<${address.address}>: Recipient address rejected`) as Error & {
						responseCode: number;
					};
					refused.responseCode = 550;
					return done(refused);
				}
				done();
			},
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

	it('reaches a real SMTP server, with the Message-ID its key gives', async () => {
		await smtpTransport(`smtp://127.0.0.1:${port}?ignoreTLS=true`, from).deliver(mail, 'key-1');
		expect(received).toHaveLength(1);
		expect(received[0]?.to).toEqual(['ana@example.org']);
		expect(received[0]?.data).toContain('Subject: Confirm your e-mail');
		expect(received[0]?.data).toContain('http://localhost/confirm#abc');
		expect(received[0]?.data).toContain(`Message-ID: ${messageIdFor('key-1', from)}`);
	});

	it('says why a send was refused by codes only, never quoting the address', async () => {
		const refused = smtpTransport(`smtp://127.0.0.1:${port}?ignoreTLS=true`, from).deliver(
			{ ...mail, to: 'nobody@example.org' },
			'key-2'
		);
		await expect(refused).rejects.toThrow(/^not accepted: .*550/);
		await expect(refused).rejects.not.toThrow(/nobody/);
	});

	it('gives one Message-ID per key, on the sender’s domain, that does not show the key', () => {
		expect(messageIdFor('reset:abc', from)).toBe(messageIdFor('reset:abc', from));
		expect(messageIdFor('reset:abd', from)).not.toBe(messageIdFor('reset:abc', from));
		expect(messageIdFor('reset:abc', from)).toMatch(/^<[0-9a-f]{40}@porchlight\.test>$/);
	});

	it('leases a job for at least twice the longest a send may take under the explicit SMTP timeouts', () => {
		expect(smtpSendBoundMs).toBeGreaterThan(0);
		expect(DEFAULT_LEASE_MS).toBeGreaterThanOrEqual(2 * smtpSendBoundMs);
	});

	it('without SMTP, lands as a private .eml file in the outbox folder', async () => {
		const folder = join(mkdtempSync(join(tmpdir(), 'outbox-')), 'outbox');
		await outboxTransport(folder, from).deliver(mail, 'key-3');
		const files = readdirSync(folder);
		expect(files).toHaveLength(1);
		expect(files[0]).toMatch(/\.eml$/);
		const text = readFileSync(join(folder, files[0]!), 'utf8');
		expect(text).toContain('To: ana@example.org');
		expect(text).toContain(`Message-ID: ${messageIdFor('key-3', from)}`);
	});
});
