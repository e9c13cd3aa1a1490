// Production server: prerendered pages and static files from memory, everything else through SvelteKit.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import pino from 'pino';
import {
	securityHeaders,
	strictTransportSecurity,
	subresourceHeaders
} from '../src/lib/server/http/security-headers.ts';
import { variables } from '../src/env.ts';
import { chooseEncoding, loadStaticFiles, type StaticFile } from './static-files.ts';

// Everything the server writes (database, WAL, key file, outbox) is for its own user only; start-up warns
// about anything in DATA_DIR made looser before (src/lib/server/data-dir.ts).
process.umask(0o077);

const log = pino({ base: undefined, level: process.env.LOG_LEVEL ?? 'info' });

type Settings = { PORT: number; HOST: string; HSTS: boolean };

/** Reads one variable with the schema src/env.ts declares for it; a bad value stops start-up with its reason. */
function setting<K extends keyof Settings>(name: K): Settings[K] {
	const schema = variables[name].schema as StandardSchemaV1<string | undefined, Settings[K]>;
	const result = schema['~standard'].validate(process.env[name]);
	if (result instanceof Promise) throw new Error(`${name} has an asynchronous schema`);
	if (result.issues) {
		log.fatal({ variable: name }, `${name} is not valid: ${result.issues.map((issue) => issue.message).join('; ')}`);
		process.exit(1);
	}
	return result.value;
}

const port = setting('PORT');
const host = setting('HOST');
const buildDir = join(import.meta.dirname, '..', 'build');
// HSTS only where the service is known to be reached over https (behind a TLS-terminating proxy).
const https = setting('HSTS');

// adapter-node assumes https unless told the protocol. This server speaks plain http, so unless a trusted proxy
// names the protocol (PROTOCOL_HEADER) every request says http itself: e-mailed links and the cross-site form
// check then see the origin the browser sees.
const protocolHeader = 'x-porchlight-protocol';
const ownProtocolHeader = process.env.PROTOCOL_HEADER === undefined;
if (ownProtocolHeader) process.env.PROTOCOL_HEADER = protocolHeader;

const files = loadStaticFiles(buildDir);
const { handler } = (await import(pathToFileURL(join(buildDir, 'handler.js')).href)) as {
	handler: (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;
};

const documentHeaders: Record<string, string> = { ...securityHeaders };
const assetHeaders: Record<string, string> = { ...subresourceHeaders };
if (https)
	documentHeaders['strict-transport-security'] = assetHeaders['strict-transport-security'] = strictTransportSecurity;

function serveFile(req: IncomingMessage, res: ServerResponse, file: StaticFile): void {
	const encoding = chooseEncoding(req.headers['accept-encoding'], file);
	const variant = file.variants[encoding]!;
	const headers: Record<string, string | number> = {
		...(file.isDocument ? documentHeaders : assetHeaders),
		'content-type': file.contentType,
		'cache-control': file.cacheControl,
		etag: variant.etag,
		vary: 'accept-encoding'
	};
	if (encoding !== 'identity') headers['content-encoding'] = encoding;
	if (req.headers['if-none-match'] === variant.etag) {
		res.writeHead(304, headers);
		res.end();
		return;
	}
	headers['content-length'] = variant.body.length;
	res.writeHead(200, headers);
	res.end(req.method === 'HEAD' ? undefined : variant.body);
}

const server = createServer((req, res) => {
	if (req.method === 'GET' || req.method === 'HEAD') {
		const url = req.url ?? '/';
		const query = url.indexOf('?');
		const file = files.get(query === -1 ? url : url.slice(0, query));
		if (file) return serveFile(req, res, file);
	}
	if (https) res.setHeader('strict-transport-security', strictTransportSecurity);
	if (ownProtocolHeader) req.headers[protocolHeader] = 'http';
	handler(req, res);
});

server.listen(port, host, () => {
	log.info(
		{ host, port, files: files.size },
		`Porchlight is listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`
	);
});

function shutdown(signal: string): void {
	log.info({ signal }, 'shutting down');
	server.close(() => process.exit(0));
	server.closeIdleConnections();
	setTimeout(() => server.closeAllConnections(), 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
