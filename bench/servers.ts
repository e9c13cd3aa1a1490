// Helpers shared by the bench scripts: free loopback ports, child servers that are always stopped, a time limit.
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..');
export const host = '127.0.0.1';

const children = new Set<ChildProcess>();

function stopAll(): void {
	for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
	children.clear();
}
/** Registers a child process to be killed when the script ends, however it ends. */
export function track(child: ChildProcess): ChildProcess {
	children.add(child);
	child.once('exit', () => children.delete(child));
	return child;
}
// Whatever happens (error, Ctrl-C, time limit), no server outlives the script.
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

/** Stops the script (and every child) if it runs longer than `seconds`. */
export function timeLimit(seconds: number): void {
	setTimeout(() => {
		console.error(`bench: gave up after ${seconds} s`);
		process.exit(1);
	}, seconds * 1000).unref();
}

export function requireBuild(): void {
	if (!existsSync(join(root, 'build', 'handler.js'))) {
		console.error('build/ is missing: run `npm run build` first.');
		process.exit(1);
	}
}

/** A port nothing listens on right now (the OS picks it; it is released before the server claims it). */
export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, host, () => {
			const address = probe.address();
			probe.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))
			);
		});
	});
}

export const hasTaskset = spawnSync('taskset', ['-V'], { stdio: 'ignore' }).status === 0;

/** `taskset -c <cpu>` when the machine has it, so server and load generator do not compete for one core. */
export function pinned(cpu: number, command: string, args: string[]): [string, string[]] {
	return hasTaskset ? ['taskset', ['-c', String(cpu), command, ...args]] : [command, args];
}

export interface Server {
	name: string;
	url: string;
	pid: number | undefined;
	stop(): Promise<void>;
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); undefined elsewhere. */
export function cpuSeconds(pid: number | undefined): number | undefined {
	try {
		// Fields after the ")" that closes the command name: utime and stime are the 12th and 13th, in
		// clock ticks (USER_HZ, 100 on Linux).
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').pop()!.trim().split(' ');
		return (Number(fields[11]) + Number(fields[12])) / 100;
	} catch {
		return undefined;
	}
}

/** Starts `command args` with PORT/HOST/ORIGIN set and resolves once `probePath` answers; its stderr is shown on failure. */
export async function startServer(
	name: string,
	command: string,
	args: string[],
	options: { env?: Record<string, string>; probePath?: string; cpu?: number } = {}
): Promise<Server> {
	const port = await freePort();
	const [cmd, argv] = options.cpu === undefined ? [command, args] : pinned(options.cpu, command, args);
	const spawnOptions: SpawnOptions = {
		cwd: root,
		// ORIGIN names the address the bench requests: the server answers other hosts with 421.
		env: {
			...process.env,
			LOG_LEVEL: 'warn',
			ORIGIN: `http://${host}:${port}`,
			...options.env,
			PORT: String(port),
			HOST: host
		},
		stdio: ['ignore', 'ignore', 'pipe']
	};
	const child = track(spawn(cmd, argv, spawnOptions));
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const url = `http://${host}:${port}`;
	const deadline = Date.now() + 15_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${stderr}`);
		try {
			const response = await fetch(url + (options.probePath ?? '/'));
			await response.arrayBuffer();
			if (response.ok) break;
		} catch {
			// Not listening yet.
		}
		if (Date.now() > deadline) throw new Error(`${name} did not answer within 15 s:\n${stderr}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return {
		name,
		url,
		pid: child.pid, // taskset execs the command, so this is the server's own pid either way.
		stop: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null || child.signalCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGKILL');
			})
	};
}
