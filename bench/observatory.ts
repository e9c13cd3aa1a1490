// The MDN HTTP Observatory's grade and score for each page, signed out and signed in, as it would see the site
// behind a TLS proxy. The built server runs with ORIGIN=https://localhost:<port>; a small proxy in this script
// terminates TLS with a throwaway self-signed certificate (openssl) and passes requests on with X-Forwarded-For,
// and a plain-http listener redirects to https, as a real deployment's would. The Observatory's own scanner
// (@mdn/mdn-http-observatory, installed on first run into ~/.cache/porchlight, not a project dependency: it brings
// a web framework and a database client) scores each page; its CLI scans only a host's root, so this calls its
// retriever and tests with a path, and trusts the certificate through NODE_EXTRA_CA_CERTS.
// Run: npm run build && node bench/observatory.ts      (prints figures; exits 1 if a page is below A+ / 130)
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { readFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { freePort, requireBuild, root, startServer, timeLimit } from './servers.ts';

const run = promisify(execFile);
const version = '1.4.8';
const cache = join(homedir(), '.cache', 'porchlight', `observatory-${version}`);
const scanner = join(cache, 'node_modules', '@mdn', 'mdn-http-observatory', 'src');

const anonymousPages = [
	'/',
	'/en',
	'/es',
	'/en/guide',
	'/en/guide/safety',
	'/en/crisis',
	'/en/account/sign-in',
	'/en/device'
];
const memberPages = ['/en/account', '/en/account/plan', '/en/account/timeline', '/en/account/guidance/messages'];

interface Scored {
	grade: string;
	score: number;
	failed: string[];
}

if (process.argv[2] === '--scan') {
	// In a child process, so that NODE_EXTRA_CA_CERTS (read only at start) makes it trust the throwaway certificate.
	const [, , , httpsPort, httpPort, cookie, ...paths] = process.argv;
	// eslint-disable-next-line no-unsanitized/method -- the scanner's own modules, installed by this script
	const load = (...path: string[]) => import(pathToFileURL(join(scanner, ...path)).href);
	const { retrieve } = await load('retriever', 'retriever.js');
	const { ALL_TESTS } = await load('constants.js');
	const grader = await load('grader', 'grader.js');
	const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } = await load('grader', 'charts.js');
	const results: Record<string, Scored> = {};
	for (const path of paths) {
		const headers = ['Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'];
		if (cookie !== '-') headers.push(`Cookie: ${cookie}`);
		const retrieved = await retrieve('localhost', { httpsPort, httpPort, path, headers });
		if (!retrieved.responses.auto) throw new Error(`${path}: the site could not be reached`);
		// As the Observatory's scan(): 100, plus each test's modifier; bonuses count only when the rest is an A.
		let withBonus = 100;
		let penalties = 100;
		const failed: string[] = [];
		for (const test of ALL_TESTS) {
			const output = test(retrieved);
			if (!output.result) continue;
			const modifier = grader.getScoreModifier(output.result) as number;
			withBonus += modifier;
			if (modifier < 0) penalties += modifier;
			if (!output.pass || modifier < 0) failed.push(output.result);
		}
		const { grade, score } = grader.getGradeForScore(
			penalties >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withBonus : penalties
		) as Scored;
		results[path] = { grade, score, failed };
	}
	console.log(JSON.stringify(results));
	process.exit(0);
}

timeLimit(600);
requireBuild();
if (!existsSync(scanner)) {
	console.log(`Installing @mdn/mdn-http-observatory@${version} into ${cache} (once)…`);
	mkdirSync(cache, { recursive: true });
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const installed = spawnSync(
		npm,
		[
			'install',
			'--prefix',
			cache,
			'--ignore-scripts',
			'--no-audit',
			'--no-fund',
			`@mdn/mdn-http-observatory@${version}`
		],
		{ stdio: 'inherit' }
	);
	if (installed.status !== 0) throw new Error('could not install the Observatory');
}

// The scanner's install step would download Chromium's HSTS preload list (skipped here with its other scripts):
// localhost is on no such list, so an empty one scores exactly as the full one would.
const preloadList = join(scanner, '..', 'conf', 'hsts-preload.json');
if (!existsSync(preloadList)) writeFileSync(preloadList, '{}');

// A certificate for localhost, valid for a day, made fresh each run.
const work = mkdtempSync(join(tmpdir(), 'porchlight-observatory-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const keyFile = join(work, 'key.pem');
const certFile = join(work, 'cert.pem');
execFileSync(
	'openssl',
	[
		'req',
		'-x509',
		'-newkey',
		'ec',
		'-pkeyopt',
		'ec_paramgen_curve:prime256v1',
		'-nodes',
		'-subj',
		'/CN=localhost',
		'-addext',
		'subjectAltName=DNS:localhost',
		'-days',
		'1',
		'-keyout',
		keyFile,
		'-out',
		certFile
	],
	{ stdio: 'ignore' }
);

const httpsPort = await freePort();
const httpPort = await freePort();
const origin = `https://localhost:${httpsPort}`;
const dataDir = mkdtempSync(join(tmpdir(), 'porchlight-observatory-data-'));
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
const app = await startServer('porchlight', process.execPath, ['server/main.ts'], {
	env: { ORIGIN: origin, ADDRESS_HEADER: 'X-Forwarded-For', XFF_DEPTH: '1', DATA_DIR: dataDir },
	probePath: '/healthz'
});
const appPort = Number(new URL(app.url).port);

// The TLS proxy: the browser's Host passed through, the client's address appended to X-Forwarded-For.
const proxy = createHttpsServer({ key: readFileSync(keyFile), cert: readFileSync(certFile) }, (req, res) => {
	const forwarded = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
	const upstream = httpRequest(
		{
			host: '127.0.0.1',
			port: appPort,
			method: req.method,
			path: req.url,
			headers: { ...req.headers, 'x-forwarded-for': forwarded }
		},
		(answer) => {
			res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
			answer.pipe(res);
		}
	);
	upstream.on('error', () => res.writeHead(502).end());
	req.pipe(upstream);
});
const redirect = createHttpServer((req, res) => {
	res.writeHead(301, { location: `${origin}${req.url ?? '/'}` }).end();
});
await new Promise<void>((resolve) => proxy.listen(httpsPort, '127.0.0.1', resolve));
await new Promise<void>((resolve) => redirect.listen(httpPort, '127.0.0.1', resolve));

/** Signs a member up, confirms and signs in through the proxy; the session cookie's name=value. */
async function memberCookie(): Promise<string> {
	const { outbox, password } = await import('../test/api/members.ts');
	const email = `observatory-${Date.now()}@example.org`;
	const post = (path: string, body: string, type: string, cookie?: string) =>
		new Promise<{ status: number; cookies: string[] }>((resolve, reject) => {
			const req = httpRequest(
				{
					host: '127.0.0.1',
					port: appPort,
					method: 'POST',
					path,
					headers: {
						host: `localhost:${httpsPort}`,
						'x-forwarded-for': '203.0.113.10',
						'content-type': type,
						origin,
						accept: type.includes('json') ? 'application/json' : 'text/html',
						...(cookie ? { cookie } : {})
					}
				},
				(res) => {
					res.resume();
					res.on('end', () => resolve({ status: res.statusCode ?? 0, cookies: res.headers['set-cookie'] ?? [] }));
				}
			);
			req.on('error', reject);
			req.end(body);
		});
	const json = 'application/json';
	await post('/api/v1/auth/signup', JSON.stringify({ email, password }), json);
	let link: string | undefined;
	for (let tries = 0; !link && tries < 100; tries++) {
		link = outbox(dataDir)
			.find((mail) => mail.to === email)
			?.text.match(/https?:\/\/\S+/)?.[0];
		if (!link) await new Promise((resolve) => setTimeout(resolve, 100));
	}
	const token = new URL(link!).searchParams.get('token')!;
	await post(
		`/en/account/confirm?token=${encodeURIComponent(token)}`,
		new URLSearchParams({ token }).toString(),
		'application/x-www-form-urlencoded'
	);
	const signedIn = await post('/api/v1/auth/signin', JSON.stringify({ email, password }), json);
	const cookie = signedIn.cookies.find((c) => c.startsWith('__Host-porchlight_session='));
	if (!cookie) throw new Error(`sign-in gave no __Host- session cookie (status ${signedIn.status})`);
	return cookie.split(';')[0]!;
}

/** Scans in a child process; asynchronously, since the proxy it talks to runs in this one. */
async function scan(cookie: string | undefined, paths: string[]): Promise<Record<string, Scored>> {
	const { stdout } = await run(
		process.execPath,
		[import.meta.filename, '--scan', String(httpsPort), String(httpPort), cookie ?? '-', ...paths],
		{ cwd: root, env: { ...process.env, NODE_EXTRA_CA_CERTS: certFile }, timeout: 300_000, maxBuffer: 1 << 24 }
	);
	return JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, Scored>;
}

try {
	const cookie = await memberCookie();
	const rows = [
		...Object.entries(await scan(undefined, anonymousPages)).map(([path, r]) => ({ who: 'signed out', path, ...r })),
		...Object.entries(await scan(cookie, memberPages)).map(([path, r]) => ({ who: 'signed in', path, ...r }))
	];
	console.log(`MDN HTTP Observatory ${version}, behind a local TLS proxy (${origin})`);
	for (const row of rows)
		console.log(
			`${row.who.padEnd(10)} ${row.path.padEnd(34)} ${row.grade.padEnd(3)} ${String(row.score).padStart(4)}${row.failed.length ? `  (${row.failed.join(', ')})` : ''}`
		);
	const weak = rows.filter((row) => row.grade !== 'A+' || row.score < 130);
	if (weak.length) {
		console.log(`${weak.length} page(s) below A+ / 130`);
		process.exitCode = 1;
	}
} finally {
	proxy.close();
	redirect.close();
	await app.stop();
}
