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
import {
	hasClientAddress,
	isOriginHost,
	proxyAddressWarning,
	publicOriginOf,
	sendsHsts
} from '../src/lib/server/http/origin.ts';
import { variables } from '../src/env.ts';
import { chooseEncoding, loadStaticFiles, type StaticFile } from './static-files.ts';

// Everything the server writes (database, WAL, key file, outbox) is for its own user only; start-up warns
// about anything in DATA_DIR made looser before (src/lib/server/data-dir.ts).
process.umask(0o077);

const log = pino({ base: undefined, level: process.env.LOG_LEVEL ?? 'info' });

type Settings = {
	PORT: number;
	HOST: string;
	ORIGIN: string | undefined;
	HSTS: boolean | undefined;
	ADDRESS_HEADER: string | undefined;
	XFF_DEPTH: number;
};

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
// The one public origin, read now (not at build time): links, the passkey relying party and the cookie follow it.
const origin = publicOriginOf(setting('ORIGIN'), port);
const hsts = sendsHsts(origin, setting('HSTS'));
const addressHeader = setting('ADDRESS_HEADER')?.toLowerCase();
const xffDepth = setting('XFF_DEPTH');
// The header the Host is read from: Host itself, or the one a proxy is configured to send (adapter-node's HOST_HEADER).
const requestHostHeader = (process.env.HOST_HEADER || 'host').toLowerCase();

// adapter-node builds each request's URL from the protocol and host headers it is told to trust. This server checks
// the Host against ORIGIN and then names the origin itself in two headers of its own, overwriting whatever a client
// sent in them, so that SvelteKit's event.url.origin is always ORIGIN (e-mailed links, the cross-site form check).
const protocolHeader = 'x-porchlight-protocol';
const originHostHeader = 'x-porchlight-host';
process.env.PROTOCOL_HEADER = protocolHeader;
process.env.HOST_HEADER = originHostHeader;
delete process.env.PORT_HEADER;
const originProtocol = origin.protocol.slice(0, -1);

const files = loadStaticFiles(buildDir);
// eslint-disable-next-line no-unsanitized/method -- our own build's handler, by a path fixed here
const { handler } = (await import(pathToFileURL(join(buildDir, 'handler.js')).href)) as {
	handler: (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;
};

const documentHeaders: Record<string, string> = { ...securityHeaders };
const assetHeaders: Record<string, string> = { ...subresourceHeaders };
if (hsts)
	documentHeaders['strict-transport-security'] = assetHeaders['strict-transport-security'] = strictTransportSecurity;

/** An RFC 9457 problem, answered before the app sees the request (so it carries the headers every page does). */
function refuse(res: ServerResponse, status: number, title: string, detail: string): void {
	res.writeHead(status, {
		...documentHeaders,
		'content-type': 'application/problem+json',
		'cache-control': 'no-store'
	});
	res.end(JSON.stringify({ type: 'about:blank', status, title, detail }));
}

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
	const url = req.url ?? '/';
	const query = url.indexOf('?');
	const path = query === -1 ? url : url.slice(0, query);
	// A health check may come from anywhere (a load balancer, a container runtime), by any name and address.
	if (path !== '/healthz') {
		const requestHost = req.headers[requestHostHeader];
		if (!isOriginHost(typeof requestHost === 'string' ? requestHost : undefined, origin))
			return refuse(res, 421, 'Misdirected Request', `This server answers only for ${origin.host}.`);
		if (addressHeader && !hasClientAddress(req.headers, addressHeader, xffDepth))
			return refuse(
				res,
				400,
				'Bad Request',
				`The request did not come through the proxy: its ${addressHeader} header is missing or short.`
			);
	}
	if (req.method === 'GET' || req.method === 'HEAD') {
		const file = files.get(path);
		if (file) return serveFile(req, res, file);
	}
	// What the app answers carries these from the hooks; what adapter-node answers by itself (a file it serves, a
	// 404 under /_app) carries them from here.
	for (const [name, value] of Object.entries(documentHeaders)) res.setHeader(name, value);
	req.headers[protocolHeader] = originProtocol;
	req.headers[originHostHeader] = origin.host;
	handler(req, res);
});

server.listen(port, host, () => {
	log.info(
		{ host, port, origin: origin.origin, hsts, files: files.size },
		`Porchlight is listening on ${host}:${port} for ${origin.origin}${process.env.ORIGIN ? '' : ' (ORIGIN is not set)'}`
	);
	const warning = proxyAddressWarning(origin, host, addressHeader);
	if (warning) log.warn({ origin: origin.origin, host }, warning);
});

function shutdown(signal: string): void {
	log.info({ signal }, 'shutting down');
	server.close(() => process.exit(0));
	server.closeIdleConnections();
	setTimeout(() => server.closeAllConnections(), 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
