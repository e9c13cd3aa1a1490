import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser. The app is built once (npm run build) before this runs.
const port = Number(process.env.E2E_PORT ?? 4173);
// A fresh data folder per run: the embedded database, and the outbox where e-mails land without SMTP.
export const dataDir = (process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'porchlight-e2e-')));

export default defineConfig({
	testDir: 'e2e',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'off',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		// The production server, sending its e-mail to a real local SMTP server (e2e/serve-with-smtp.ts).
		command: 'node e2e/serve-with-smtp.ts',
		url: `http://localhost:${port}/healthz`,
		// Every journey signs in from 127.0.0.1: the per-address limits would soon refuse the many members they make.
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			// The address the journeys open: any other Host is answered 421.
			ORIGIN: `http://localhost:${port}`,
			LOG_LEVEL: 'warn',
			DATA_DIR: dataDir,
			ADDRESS_LIMIT_MULTIPLIER: '100'
		},
		reuseExistingServer: false,
		timeout: 30_000
	}
});
