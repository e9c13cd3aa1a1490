// How fast the message check reads a realistic 500-character message, and how much it weighs in the browser.
// Run: node bench/message-check.ts   (prints figures, asserts nothing)
//
// Time: median and p99 of single checks after a warm-up, per locale. Size: check.ts bundled on its own with
// esbuild (minified ESM, as the browser would load it), then gzip and brotli at their highest settings.
import { build } from 'esbuild';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { checkMessage } from '../src/lib/core/message-check/check.ts';
import type { MessageLocale } from '../src/lib/core/message-check/types.ts';

const warmUp = 500;
const iterations = 5000;

// Realistic: several sentences, a request, a promise, some action, a deflection, pressure, emoji and typos.
const messages: Record<MessageLocale, string> = {
	en: 'hey mom its me. i know i messed up bad and im so sorry for everything, i promise this time is different. ive been going to NA meetings every day and i got a sponsor, im 23 days clean today 🙏 i know you said no more money but my phone gets cut off friday and i really need $80 to keep it on so my PO can reach me. if you hadnt kicked me out i wouldnt be in this mess but whatever, its not a big deal. please answer me tonight, i need to know. love you',
	es: 'hola ma, soy yo. se que la regué mucho y lo siento de verdad, te prometo que esta vez es diferente. llevo 3 semanas sin tomar y voy a las juntas de AA todos los dias, ya tengo padrino 🙏 se que dijiste que no mas dinero pero me van a cortar el telefono el viernes y necesito que me prestes 800 pesos para que mi agente me pueda localizar. si no me hubieras corrido de la casa no estaria asi, pero bueno, tampoco es para tanto. contestame hoy porfa, te quiero'
};

function time(locale: MessageLocale): { median: number; p99: number } {
	const text = messages[locale];
	for (let i = 0; i < warmUp; i++) checkMessage(text, locale);
	const samples: number[] = [];
	for (let i = 0; i < iterations; i++) {
		const start = performance.now();
		checkMessage(text, locale);
		samples.push(performance.now() - start);
	}
	samples.sort((a, b) => a - b);
	return { median: samples[Math.floor(samples.length / 2)]!, p99: samples[Math.floor(samples.length * 0.99)]! };
}

console.log(`message check speed (${iterations} checks after ${warmUp} warm-up, target well under 1 ms)`);
for (const locale of ['en', 'es'] as const) {
	const { median, p99 } = time(locale);
	const found = checkMessage(messages[locale], locale).signals.map((signal) => signal.kind);
	console.log(
		`  ${locale}: ${messages[locale].length} chars  median ${median.toFixed(3)} ms  p99 ${p99.toFixed(3)} ms  ` +
			`(${found.length} signals: ${[...new Set(found)].join(', ')})`
	);
}

const bundle = await build({
	entryPoints: [new URL('../src/lib/core/message-check/check.ts', import.meta.url).pathname],
	bundle: true,
	minify: true,
	format: 'esm',
	write: false,
	logLevel: 'silent'
});
const code = bundle.outputFiles[0]!.contents;
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes: number): string => `${bytes.toLocaleString('en')} B (${(bytes / 1024).toFixed(1)} KB)`;
console.log('message check size (check.ts bundled alone, target well under 10 KB gzip)');
console.log(`  minified ${kb(code.length)}  gzip ${kb(gzip)}  brotli ${kb(brotli)}`);
