// Lighthouse scores (performance, accessibility, best practices) for the prerendered pages, 3 runs each.
// Run: npm run build && node bench/lighthouse.ts [--signed-in | --guidance] [/path ...]   (prints figures only)
// --guidance audits personalized guidance as its member, specialist and admin see it (bench/guidance-cast.ts).
//
// Mobile form factor with Lighthouse's default (simulated) throttling, against our own server on loopback and
// Debian's Chromium: no browser is downloaded and nothing outside this machine is fetched. Medians are compared
// with the targets; for a page that misses one, the failing audits of the median run are listed.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killAll, launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { mondayOf } from '../src/lib/core/timeline/weeks.ts';
import { guidancePages } from './guidance-cast.ts';
import { host, requireBuild, startServer, timeLimit } from './servers.ts';

const defaultPaths = ['/en', '/en/guide', '/en/guide/safety', '/en/guide/pause', '/en/guide/ask-yourself'];
defaultPaths.push('/en/guide/ask-them', '/en/guide/conditions', '/en/guide/safe', '/en/guide/decide');
defaultPaths.push('/en/reach-outs', '/en/device', '/en/crisis', '/es', '/es/guide/pause');
// With --signed-in: the member's own pages, as a member with a plan, a reach-out and a check-in sees them.
const memberPaths = ['/en/account', '/en/account/plan', '/en/account/timeline', '/en/account/check-in'];
memberPaths.push('/en/account/consistency', '/en/account/data', '/es/account/plan', '/es/account/timeline');
const runs = 3;
const chromeFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'];
chromeFlags.push('--disable-background-networking', '--disable-component-update', '--disable-sync');

type CategoryId = 'performance' | 'accessibility' | 'best-practices';
const targets: Record<CategoryId, number> = { performance: 95, accessibility: 100, 'best-practices': 95 };
const categoryIds = Object.keys(targets) as CategoryId[];

// The few parts of Lighthouse's result used here; its own types are much wider than we need.
interface Audit {
	id: string;
	title: string;
	score: number | null;
	scoreDisplayMode: string;
	displayValue?: string;
	errorMessage?: string;
	details?: { items?: { node?: { selector?: string }; url?: string }[] };
}
interface Category {
	score: number | null;
	auditRefs: { id: string; weight: number }[];
}
interface Report {
	lighthouseVersion: string;
	environment: { hostUserAgent: string };
	runWarnings: string[];
	runtimeError?: { code: string; message: string };
	categories: Record<string, Category | undefined>;
	audits: Record<string, Audit | undefined>;
}

const percent = (score: number | null | undefined): number =>
	typeof score === 'number' ? Math.round(score * 100) : NaN;
const cell = (value: number | string, width = 7): string => String(Number.isNaN(value) ? 'err' : value).padStart(width);

/** One Lighthouse navigation of `url` in the already running Chromium. */
async function audit(url: string, port: number, cookie?: string): Promise<Report> {
	const result = await lighthouse(url, {
		port,
		// The session cookie as a header: Lighthouse clears the browser's storage before each run.
		...(cookie ? { extraHeaders: { cookie } } : {}),
		output: 'json',
		logLevel: 'error',
		onlyCategories: [...categoryIds],
		// Every run a first visit: the default reset keeps IndexedDB and local storage, which our pages write.
		clearStorageTypes: ['all'],
		formFactor: 'mobile' // Lighthouse's default, said out loud; screen emulation and throttling stay default.
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	return result.lhr as unknown as Report;
}

/** Why a run has no score for a category: the run's own error, else the first audit of it that errored. */
function why(report: Report, id: CategoryId): string {
	if (report.runtimeError) return `: ${report.runtimeError.code}: ${report.runtimeError.message}`;
	const errored = report.categories[id]?.auditRefs
		.map((ref) => report.audits[ref.id])
		.find((a) => a?.scoreDisplayMode === 'error');
	return errored ? `: ${errored.id}: ${errored.errorMessage ?? '?'}` : '';
}

/** Audits of `category` that Lighthouse itself would show as failed (below 0.9) or errored. */
function failing(report: Report, category: Category): string[] {
	const lines: string[] = [];
	for (const ref of category.auditRefs) {
		const a = report.audits[ref.id];
		if (!a || ['notApplicable', 'manual', 'informative'].includes(a.scoreDisplayMode)) continue;
		const errored = a.scoreDisplayMode === 'error';
		if (!errored && (a.score === null || a.score >= 0.9)) continue;
		const detail = errored ? `error: ${a.errorMessage ?? '?'}` : (a.displayValue ?? '');
		const weight = ref.weight > 0 ? `  [weight ${ref.weight}]` : '';
		lines.push(`      ${a.id.padEnd(34)} ${cell(errored ? 'err' : a.score!.toFixed(2), 5)}  ${a.title}`);
		if (detail || weight) lines.push(`      ${''.padEnd(34)}        ${detail}${weight}`);
		// Where to look: the first few elements or URLs the audit names (nested insight tables are left out).
		const where = new Set((a.details?.items ?? []).map((item) => item.node?.selector ?? item.url).filter(Boolean));
		for (const place of [...where].slice(0, 3)) lines.push(`      ${''.padEnd(34)}        at ${place}`);
	}
	return lines;
}

/** Signs up, confirms (by the link in the outbox) and signs in a member with a little of everything; answers the cookie. */
async function signedInMember(url: string, dataDir: string): Promise<string> {
	const email = `lighthouse-${Date.now()}@example.org`;
	const password = 'tomatoes on the porch at noon';
	const json = (body: unknown, cookie = '') => ({
		method: 'POST',
		headers: { 'content-type': 'application/json', cookie },
		body: JSON.stringify(body)
	});
	await fetch(`${url}/api/v1/auth/signup`, json({ email, password }));
	const outbox = join(dataDir, 'outbox');
	const mail = readFileSync(join(outbox, readdirSync(outbox)[0]!), 'utf8')
		.replace(/=\r?\n/g, '')
		.replace(/=3D/g, '=');
	const token = /token=([\w-]+)/.exec(mail)![1]!;
	await fetch(`${url}/en/account/confirm?token=${token}`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
		body: new URLSearchParams({ token })
	});
	const signIn = await fetch(`${url}/api/v1/auth/signin`, json({ email, password }));
	const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
	if (!cookie) throw new Error(`sign-in for the member pages failed: ${signIn.status}`);
	const put = (path: string, body: unknown) => fetch(url + path, { ...json(body, cookie), method: 'PUT' });
	const lists = { conditions: ['Sober when we meet'], boundaries: ['No money'], expectations: ['Call first'] };
	await put('/api/v1/plan', { ...lists, supports: ['My sister'], signs: ['Goes to meetings', 'Calls on time'] });
	await fetch(
		`${url}/api/v1/reach-outs`,
		json({ occurredAt: new Date().toISOString(), channel: 'text', said: 'I promise' }, cookie)
	);
	const answers = [
		{ sign: 'Goes to meetings', status: 'seen', note: '' },
		{ sign: 'Calls on time', status: 'notSure', note: '' }
	];
	await put(`/api/v1/check-ins/${mondayOf(new Date())}`, { answers });
	// The pages must open as the member's, not send Lighthouse to the sign-in page.
	const account = await fetch(`${url}/en/account/plan`, { headers: { cookie }, redirect: 'manual' });
	if (account.status !== 200) throw new Error(`the member's plan page answered ${account.status}`);
	if (!(await account.text()).includes('Goes to meetings')) throw new Error('the plan page does not show the plan');
	return cookie;
}

async function main(): Promise<void> {
	const signedIn = process.argv.includes('--signed-in');
	const guidance = process.argv.includes('--guidance');
	const given = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
	const paths = given.length > 0 ? given : signedIn ? memberPaths : defaultPaths;
	const bad = paths.filter((path) => !path.startsWith('/'));
	if (bad.length > 0) throw new Error(`paths must start with "/": ${bad.join(', ')}`);
	// A local mobile run takes 5-10 s on two cores; a minute each (and one repeat a page) leaves room to spare.
	timeLimit(60 + (guidance ? 20 : paths.length) * (runs + 1) * 60);
	requireBuild();

	const dataDir = mkdtempSync(join(tmpdir(), 'porchlight-lighthouse-'));
	const server = await startServer('porchlight', process.execPath, ['server/main.ts'], {
		probePath: '/healthz',
		env: { DATA_DIR: dataDir }
	});
	const cookie = signedIn ? await signedInMember(server.url, dataDir) : undefined;
	// Each page with the cookie of the person who sees it.
	const pages = guidance
		? await guidancePages(server.url, dataDir)
		: paths.map((path) => ({ path, cookie: cookie ?? '' }));
	// One Chromium for every run: Lighthouse opens a fresh tab and clears the origin's storage and cache each time.
	// killAll() is synchronous (SIGKILL to each Chromium's process group, then its temporary profile is removed), so
	// it works from the 'exit' handler, which servers.ts reaches on errors, Ctrl-C and the time limit alike; it
	// also covers a Chromium whose launch was still waiting for its debugging port.
	process.on('exit', () => killAll());
	const chrome = await launch({
		chromePath: '/usr/bin/chromium',
		chromeFlags,
		handleSIGINT: false,
		logLevel: 'silent'
	});

	const missed: string[] = [];
	let header = false;
	for (const { path, cookie } of pages) {
		const reports: Report[] = [];
		const details: string[] = [];
		for (let run = 1; run <= runs; run++) {
			let report = await audit(server.url + path, chrome.port, cookie || undefined);
			// Lighthouse now and then loses the trace (NO_NAVSTART): such a run is done once more, and says so.
			const unscored = categoryIds.find((id) => typeof report.categories[id]?.score !== 'number');
			if (unscored) {
				details.push(`    run ${run} repeated, ${unscored} had no score${why(report, unscored)}`);
				report = await audit(server.url + path, chrome.port, cookie || undefined);
			}
			reports.push(report);
		}
		if (!header) {
			const first = reports[0]!;
			console.log(`Lighthouse ${first.lighthouseVersion}, mobile, default throttling, ${runs} runs per page`);
			console.log(`Browser: ${first.environment.hostUserAgent}`);
			console.log(`Server: ${server.url}`);
			console.log(`Targets (median): performance ≥ 95, best-practices ≥ 95, accessibility = 100\n`);
			header = true;
		}
		const runLabels = reports.map((_, i) => cell(`run ${i + 1}`)).join('');
		console.log(`${path}\n  ${''.padEnd(16)}${runLabels}${cell('median', 8)}${cell('target', 8)}`);
		for (const id of categoryIds) {
			const scores = reports.map((report) => percent(report.categories[id]?.score));
			// The median is a real run's score (the lower middle of the runs that have one), so that run's
			// audits explain it; a run without a score (NaN) is left out and explained below.
			const order = scores.map((_, i) => i).filter((i) => !Number.isNaN(scores[i]));
			order.sort((a, b) => scores[a]! - scores[b]!);
			const medianRun = order[Math.floor((order.length - 1) / 2)] ?? 0;
			const median = scores[medianRun]!;
			reports.forEach((report, i) => {
				if (Number.isNaN(scores[i])) details.push(`    ${id}: no score in run ${i + 1}${why(report, id)}`);
			});
			const target = targets[id];
			const ok = median >= target;
			const targetText = `${target === 100 ? '=' : '≥'} ${target}`;
			const row = `  ${id.padEnd(16)}${scores.map((s) => cell(s)).join('')}${cell(median, 8)}${cell(targetText, 8)}`;
			console.log(`${row}  ${ok ? 'ok' : 'MISSED'}`);
			if (ok) continue;
			missed.push(`${path} ${id} ${Number.isNaN(median) ? 'err' : median}`);
			const report = reports[medianRun]!;
			const category = report.categories[id];
			details.push(`    ${id}: failing audits in run ${medianRun + 1}`);
			if (report.runtimeError) details.push(`      ${report.runtimeError.code}: ${report.runtimeError.message}`);
			if (category) details.push(...failing(report, category));
		}
		const warnings = [...new Set(reports.flatMap((report) => report.runWarnings))];
		for (const warning of warnings) details.push(`    warning: ${warning}`);
		console.log(details.length > 0 ? `${details.join('\n')}\n` : '');
	}
	console.log(missed.length === 0 ? 'Every median meets its target.' : `Missed targets:\n  ${missed.join('\n  ')}`);
	await server.stop();
	await closeGracefully(chrome.port, chrome.process);
}

/** Asks Chromium to quit over CDP, so it reaps its own helpers; the 'exit' handler's SIGKILL is the fallback. */
async function closeGracefully(port: number, browser: ChildProcess): Promise<void> {
	const exited = new Promise((resolve) => browser.once('exit', resolve));
	const version = (await (await fetch(`http://${host}:${port}/json/version`)).json()) as {
		webSocketDebuggerUrl: string;
	};
	const socket = new WebSocket(version.webSocketDebuggerUrl);
	socket.onopen = () => socket.send(JSON.stringify({ id: 1, method: 'Browser.close' }));
	await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
}

main().then(
	() => process.exit(0),
	(error: unknown) => {
		console.error(error instanceof Error ? (error.stack ?? error.message) : error);
		process.exit(1);
	}
);
