import { defineEnvVars } from '@sveltejs/kit/env';
import { z } from 'zod';

// Every environment variable the app reads, with its schema; a bad value stops start-up (or the build).
// PORT, HOST, ORIGIN, HSTS and the proxy's headers are read by server/main.ts (the production server) with these
// same schemas.

export const variables = defineEnvVars({
	PORT: {
		description: 'TCP port to listen on.',
		schema: z.string().default('3000').transform(Number).pipe(z.number().int().min(1).max(65535))
	},
	HOST: {
		description: 'Address to listen on.',
		schema: z.string().min(1).default('0.0.0.0')
	},
	ORIGIN: {
		description:
			'The public origin people reach the service at (https://porchlight.example.org), read at start: e-mailed links, the passkey relying party and the session cookie follow it, and a request for any other Host gets 421. Unset: http://localhost:PORT.',
		schema: z
			.url({ protocol: /^https?$/, error: 'ORIGIN must be an http:// or https:// URL' })
			.refine((value) => new URL(value).origin === value.replace(/\/$/, '').toLowerCase(), {
				error: 'ORIGIN must be an origin only (scheme, host and port), with no path, query or credentials'
			})
			.transform((value) => new URL(value).origin)
			.optional()
	},
	DATA_DIR: {
		description:
			'Folder for the database and other files the server keeps: made 0700, its files 0600; start-up warns when they are looser.',
		schema: z.string().min(1).default('./data')
	},
	DATABASE_URL: {
		description: 'PostgreSQL connection URL. Unset: the embedded SQLite file DATA_DIR/porchlight.sqlite.',
		schema: z.url({ protocol: /^postgres(ql)?$/, error: 'DATABASE_URL must be a postgres:// URL' }).optional()
	},
	PORCHLIGHT_KEY: {
		description:
			'Keys for sensitive fields at rest: "id:base64" pairs of 32 bytes, comma-separated, the first current. Unset: the key file (KEY_FILE), made on first start. Read once: a new key here needs a restart.',
		schema: z.string().min(1).optional()
	},
	KEY_FILE: {
		description:
			'Path of the key file when PORCHLIGHT_KEY is unset (a secrets mount, say). Unset: DATA_DIR/keys.json. A running server reads it again when it changes.',
		schema: z.string().min(1).optional()
	},
	SMTP_URL: {
		description: 'smtp:// or smtps:// URL of the mail server. Unset: e-mails are written to DATA_DIR/outbox.',
		schema: z.url({ protocol: /^smtps?$/, error: 'SMTP_URL must be an smtp:// or smtps:// URL' }).optional()
	},
	MAIL_FROM: {
		description: 'The From address of e-mails.',
		schema: z.string().min(3).default('Porchlight <no-reply@localhost>')
	},
	SESSION_IDLE_MINUTES: {
		description: 'A session ends after this many minutes without a request.',
		schema: z
			.string()
			.default('30')
			.transform(Number)
			.pipe(
				z
					.number()
					.int()
					.min(5)
					.max(24 * 60)
			)
	},
	SESSION_MAX_HOURS: {
		description: 'A session ends this many hours after sign-in, whatever the activity.',
		schema: z
			.string()
			.default('12')
			.transform(Number)
			.pipe(
				z
					.number()
					.int()
					.min(1)
					.max(24 * 30)
			)
	},
	ADDRESS_LIMIT_MULTIPLIER: {
		description:
			'Multiplies the limits counted per client address (sign-ins, sign-ups, passkey requests): for many people behind one address (a clinic, a shelter’s Wi-Fi) and for test runs. Limits per e-mail address and per account stay as they are.',
		schema: z.string().default('1').transform(Number).pipe(z.number().int().min(1).max(1000))
	},
	JOB_INTERVAL_SECONDS: {
		description:
			'How often each instance looks for due jobs (e-mails, session reminders, "a message is waiting" notices), in seconds; an instance that queues an e-mail runs it at once.',
		schema: z.string().default('15').transform(Number).pipe(z.number().int().min(1).max(3600))
	},
	QUICK_EXIT_URL: {
		description: 'The neutral site that quick exit opens. Fixed at build time, since pages are prerendered.',
		static: true,
		schema: z.url({ protocol: /^https?$/ }).default('https://weather.com/')
	},
	CRISIS_RESOURCES_FILE: {
		description: 'JSON file with the crisis resources for this region. Read at build time.',
		schema: z.string().min(1).default('config/crisis-resources.json')
	},
	HSTS: {
		description:
			'Send Strict-Transport-Security. Unset: sent exactly when ORIGIN is https; "false" turns it off (a test setup behind a self-signed proxy).',
		schema: z
			.enum(['true', 'false'])
			.optional()
			.transform((value) => (value === undefined ? undefined : value === 'true'))
	},
	ADDRESS_HEADER: {
		description:
			"adapter-node's header naming the client's address, set by the proxy in front (X-Forwarded-For, X-Real-IP). Unset: the connection's address.",
		schema: z.string().min(1).optional()
	},
	XFF_DEPTH: {
		description:
			'With ADDRESS_HEADER=X-Forwarded-For: how many trusted proxies there are, counting from the server (adapter-node).',
		schema: z.string().default('1').transform(Number).pipe(z.number().int().min(1).max(10))
	},
	LOG_LEVEL: {
		description: 'pino log level.',
		schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')
	}
});
