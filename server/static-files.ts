// Prerendered pages and built static files, read once into memory with their brotli and gzip twins, so they
// are answered without touching the disk (adapter-node streams each from disk on every request).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import Negotiator from 'negotiator';

export type Encoding = 'br' | 'gzip' | 'identity';

export interface StaticFile {
	contentType: string;
	cacheControl: string;
	/** Documents, data (the OpenAPI document) and the worker carry the full security headers; subresources fewer. */
	isDocument: boolean;
	variants: Partial<Record<Encoding, { body: Buffer; etag: string }>>;
}

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.txt': 'text/plain; charset=utf-8',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.webmanifest': 'application/manifest+json'
};

function* walk(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* walk(path);
		else yield path;
	}
}

function etagOf(body: Buffer, encoding: Encoding): string {
	const hash = createHash('sha256').update(body).digest('base64url').slice(0, 22);
	return `"${hash}${encoding === 'identity' ? '' : `-${encoding}`}"`;
}

function cacheControlFor(urlPath: string): string {
	// Hashed build output never changes under its name; everything else is revalidated (cheaply, by etag).
	return urlPath.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function add(table: Map<string, StaticFile>, urlPath: string, file: string): void {
	const contentType = contentTypes[extname(file)];
	if (!contentType) return;
	const variants: StaticFile['variants'] = {};
	const identity = readFileSync(file);
	variants.identity = { body: identity, etag: etagOf(identity, 'identity') };
	for (const [encoding, suffix] of [
		['br', '.br'],
		['gzip', '.gz']
	] as const) {
		try {
			const body = readFileSync(file + suffix);
			variants[encoding] = { body, etag: etagOf(identity, encoding) };
		} catch {
			// No precompressed twin (adapter-node skips tiny or incompressible files).
		}
	}
	// A script, stylesheet or image is only ever a subresource of a page that carries the policies; anything else
	// (a page, JSON such as the OpenAPI document, text) can be opened on its own.
	const isSubresource = /^(text\/css|text\/javascript|application\/javascript|image\/|font\/)/.test(contentType);
	const isDocument = !isSubresource || urlPath === '/service-worker.js';
	table.set(urlPath, { contentType, cacheControl: cacheControlFor(urlPath), isDocument, variants });
}

/** Reads build/client and build/prerendered into a table keyed by URL path. */
export function loadStaticFiles(buildDir: string): Map<string, StaticFile> {
	const table = new Map<string, StaticFile>();
	const client = join(buildDir, 'client');
	for (const file of walk(client)) {
		if (file.endsWith('.br') || file.endsWith('.gz')) continue;
		add(table, '/' + relative(client, file).split(sep).join('/'), file);
	}
	const prerendered = join(buildDir, 'prerendered');
	for (const file of walk(prerendered)) {
		if (!file.endsWith('.html')) continue;
		const path =
			'/' +
			relative(prerendered, file)
				.split(sep)
				.join('/')
				.replace(/\.html$/, '');
		add(table, path === '/index' ? '/' : path, file);
	}
	return table;
}

/** The best encoding the client accepts among those the file has: br, then gzip, then none. */
export function chooseEncoding(acceptEncoding: string | undefined, file: StaticFile): Encoding {
	if (!acceptEncoding) return 'identity';
	const accepted = acceptedEncodings(acceptEncoding);
	return (['br', 'gzip'] as const).find((encoding) => file.variants[encoding] && accepted.has(encoding)) ?? 'identity';
}

const acceptCache = new Map<string, Set<string>>();

function acceptedEncodings(header: string): Set<string> {
	let accepted = acceptCache.get(header);
	if (accepted) return accepted;
	accepted = new Set(new Negotiator({ headers: { 'accept-encoding': header } }).encodings(['br', 'gzip']));
	// Browsers send a handful of distinct headers; bound the memo so odd clients cannot grow it.
	if (acceptCache.size < 100) acceptCache.set(header, accepted);
	return accepted;
}
