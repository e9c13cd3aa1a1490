// Bytes a first-time visitor downloads for the home page and then the first guide step, per language.
// Run: npm run build && node bench/first-visit-bytes.ts   (prints figures, asserts nothing)
//
// Page requests are counted with CDP on the page (Network.loadingFinished encodedDataLength: headers plus the
// compressed body as received). Requests the service worker makes itself are counted with the same CDP figure
// from Playwright's own session on the worker target (request.sizes()); CDP on the page never sees them.
//
// Each language is visited twice, each time in a fresh browser context: with the service worker (the step is
// opened once the worker is active, so it comes from the worker's cache, and the worker's precache is reported
// as background bytes) and with service workers blocked (what the two pages cost on their own).
import { chromium, type Browser, type Request } from '@playwright/test';
import { requireBuild, startServer, timeLimit } from './servers.ts';

const target = 35 * 1024;
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'];
chromiumArgs.push('--disable-background-networking', '--disable-component-update', '--disable-sync');

type View = 'home' | 'step';
interface Row {
	view: View;
	path: string;
	status: number;
	bytes: number;
	headers: number; // the part of `bytes` that is response headers
	source: 'network' | 'browser cache' | 'service worker' | 'worker fetch';
}

const kb = (bytes: number): string => `${bytes.toLocaleString('en')} B (${(bytes / 1024).toFixed(1)} KB)`;

interface Summary {
	label: string;
	home: number;
	step: number;
	headers: number;
	script: number;
	precache: number;
	precacheHeaders: number;
	precached: number;
}

async function visit(browser: Browser, origin: string, lang: string, worker: boolean): Promise<Summary> {
	const context = await browser.newContext({ serviceWorkers: worker ? 'allow' : 'block' });
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		let view: View = 'home';
		const rows: Row[] = [];
		const open = new Map<string, Omit<Row, 'bytes'>>();
		const pathOf = (url: string): string => (url.startsWith(origin) ? url.slice(origin.length) : url);

		cdp.on('Network.requestWillBeSent', (event) => {
			if (event.request.url.startsWith('data:')) return;
			open.set(event.requestId, { view, path: pathOf(event.request.url), status: 0, headers: 0, source: 'network' });
		});
		cdp.on('Network.requestServedFromCache', (event) => {
			const request = open.get(event.requestId);
			if (request) request.source = 'browser cache';
		});
		cdp.on('Network.responseReceived', (event) => {
			const request = open.get(event.requestId);
			if (!request) return;
			request.status = event.response.status;
			request.headers = event.response.encodedDataLength; // Bytes received so far: the headers.
			if (event.response.fromServiceWorker) request.source = 'service worker';
			else if (event.response.fromDiskCache) request.source = 'browser cache';
		});
		cdp.on('Network.loadingFinished', (event) => {
			const request = open.get(event.requestId);
			if (!request) return;
			open.delete(event.requestId);
			const bytes = event.encodedDataLength;
			rows.push({ ...request, bytes, headers: Math.min(request.headers, bytes) });
		});

		// The worker's own requests: either its install-time precache or fetches it makes on behalf of a page.
		type WorkerRequest = Omit<Row, 'source'> & { scriptBody: number };
		const workerRequests: Promise<WorkerRequest>[] = [];
		context.on('requestfinished', (request: Request) => {
			if (!request.serviceWorker()) return;
			const at = view;
			workerRequests.push(
				Promise.all([request.sizes(), request.response()]).then(([sizes, response]) => {
					const bytes = Math.max(0, sizes.responseHeadersSize + sizes.responseBodySize);
					return {
						view: at,
						path: pathOf(request.url()),
						status: response?.status() ?? 0,
						bytes,
						headers: Math.min(sizes.responseHeadersSize, bytes),
						// CDP reports only the headers for the worker's own script; its body size comes from content-length.
						scriptBody: Number(response?.headers()['content-length'] ?? 0)
					};
				})
			);
		});

		await page.goto(`${origin}/${lang}`, { waitUntil: 'networkidle', timeout: 20_000 });
		if (worker) {
			// Open the step once the worker is active, as on any later visit: the step then comes from its cache.
			const ready = await page.evaluate(() =>
				Promise.race([
					navigator.serviceWorker.ready.then(() => true),
					new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 15_000))
				])
			);
			if (!ready) console.log(`  (${lang}: the service worker did not become active within 15 s)`);
		}
		view = 'step';
		await page.goto(`${origin}/${lang}/guide/pause`, { waitUntil: 'networkidle', timeout: 20_000 });

		// A worker request belongs to a view when that view's page got the same path from the worker; the rest is
		// its own script and the background precache.
		const background = { script: 0, precache: 0, precacheHeaders: 0, precached: 0 };
		for (const request of await Promise.all(workerRequests)) {
			const onBehalf = rows.some(
				(row) => row.view === request.view && row.path === request.path && row.source === 'service worker'
			);
			if (onBehalf) rows.push({ ...request, source: 'worker fetch' });
			else if (request.path === '/service-worker.js') background.script += request.bytes + request.scriptBody;
			else {
				background.precache += request.bytes;
				background.precacheHeaders += request.headers;
				background.precached += 1;
			}
		}

		const label = `${lang}, service worker ${worker ? 'allowed' : 'blocked'}`;
		console.log(`\n${label}: /${lang} then /${lang}/guide/pause in a fresh context`);
		console.log('  view  status      bytes  source          path');
		for (const row of rows) {
			const [status, bytes] = [String(row.status).padStart(6), String(row.bytes).padStart(9)];
			console.log(`  ${row.view}  ${status}  ${bytes}  ${row.source.padEnd(14)}  ${row.path}`);
		}
		const ofView = (which: View): Row[] => rows.filter((row) => row.view === which);
		const sum = (list: Row[], key: 'bytes' | 'headers' = 'bytes'): number =>
			list.reduce((total, row) => total + row[key], 0);
		const [home, step] = [sum(ofView('home')), sum(ofView('step'))];
		const headers = sum(ofView('home'), 'headers') + sum(ofView('step'), 'headers');
		for (const which of ['home', 'step'] as const) {
			const list = ofView(which);
			const served = list.filter((row) => row.source === 'service worker').length;
			const requests = list.filter((row) => row.source !== 'worker fetch').length;
			console.log(`  ${which} view: ${kb(sum(list))}; ${requests} requests, ${served} served by the service worker`);
		}
		// What the worker had to fetch for a page was not in its precache, so it would be missing offline.
		const missed = rows.filter((row) => row.source === 'worker fetch').map((row) => row.path);
		if (missed.length) console.log(`  not in the worker's precache: ${[...new Set(missed)].join(', ')}`);
		return { label, home, step, headers, ...background };
	} finally {
		await context.close();
	}
}

async function main(): Promise<void> {
	requireBuild();
	timeLimit(120);
	const server = await startServer('node server/main.ts', process.execPath, ['server/main.ts'], { probePath: '/en' });
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
	try {
		console.log(`Porchlight at ${server.url}; bytes are as received (headers + compressed body).`);
		const results: Summary[] = [];
		for (const lang of ['en', 'es'])
			for (const worker of [true, false]) results.push(await visit(browser, server.url, lang, worker));

		console.log(`\nSummary (bytes over the network; target for home + step: under ${kb(target)})`);
		const line = (label: string, bytes: number, note = ''): void =>
			console.log(`    ${label.padEnd(24)}${kb(bytes)}${note}`);
		for (const r of results) {
			const both = r.home + r.step;
			console.log(`  ${r.label}`);
			line('home page view', r.home);
			line('first step view', r.step);
			line('home + step', both, `   ${both < target ? 'under' : 'OVER'} the ${kb(target)} target`);
			line('  of which headers', r.headers);
			if (r.script + r.precache === 0) continue;
			line('worker script', r.script);
			line('worker precache', r.precache, ` in ${r.precached} background requests`);
			line('  of which headers', r.precacheHeaders);
			line('everything on the wire', both + r.script + r.precache);
		}
	} finally {
		await browser.close();
		await server.stop();
	}
}

main().then(
	() => process.exit(0),
	(error: unknown) => {
		console.error(error);
		process.exit(1);
	}
);
