// The journeys' server: a real local SMTP server (smtp-server) that receives every e-mail Porchlight sends and
// files it under DATA_DIR/inbox, then the production server, told to send its mail there (SMTP_URL).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

const dataDir = process.env.DATA_DIR!;
const inbox = join(dataDir, 'inbox');
mkdirSync(inbox, { recursive: true });
let received = 0;

const smtp = new SMTPServer({
	authOptional: true,
	disabledCommands: ['STARTTLS'],
	logger: false,
	onData(stream, _session, done) {
		const chunks: Buffer[] = [];
		stream.on('data', (chunk: Buffer) => chunks.push(chunk));
		stream.on('end', () => {
			const name = `${String(++received).padStart(5, '0')}-${Date.now()}.eml`;
			writeFileSync(join(inbox, name), Buffer.concat(chunks));
			done();
		});
	}
});
await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
const { port } = smtp.server.address() as { port: number };

const server = spawn(process.execPath, ['server/main.ts'], {
	stdio: 'inherit',
	env: { ...process.env, SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Porchlight <no-reply@porchlight.test>' }
});
const stop = () => server.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => smtp.close(() => process.exit(code ?? 0)));
