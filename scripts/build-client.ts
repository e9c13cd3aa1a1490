// Bundles the small page scripts (src/lib/enhance) into static/js, where the prerendered pages load them.
// Shared code (the device store, idb) lands in chunks that every page reuses from the browser cache.
import { build, context, type BuildOptions } from 'esbuild';
import { rmSync } from 'node:fs';

const outdir = 'static/js';
const watch = process.argv.includes('--watch');

rmSync(outdir, { recursive: true, force: true });
const options: BuildOptions = {
	entryPoints: ['app', 'guide', 'saved', 'device', 'passkeys', 'timeline', 'plan', 'messages', 'session-zone'].map(
		(name) => `src/lib/enhance/${name}.ts`
	),
	outdir,
	bundle: true,
	splitting: true,
	format: 'esm',
	target: ['es2022', 'chrome109', 'safari15.4', 'firefox115'],
	minify: true,
	chunkNames: 'chunk-[hash]',
	legalComments: 'none',
	logLevel: 'warning'
};

if (watch) {
	await (await context(options)).watch();
	console.log(`watching src/lib/enhance → ${outdir}`);
} else {
	await build(options);
}
