import { createHash } from 'node:crypto';

// Subresource integrity for the page scripts (src/lib/enhance, bundled into static/js by scripts/build-client.ts):
// each `<script src="/js/….js">` a page renders gets the sha384 of the file it names, so a script altered on the
// way or on disk does not run. The files are read into the server bundle when it is built, after build-client.

const sources = import.meta.glob<string>('/static/js/*.js', { query: '?raw', import: 'default', eager: true });

/** sha384 of each bundled script, by its URL path (`/js/guide.js`). */
export const scriptIntegrity: ReadonlyMap<string, string> = integrityOf(sources);

export function integrityOf(files: Record<string, string>): Map<string, string> {
	const table = new Map<string, string>();
	for (const [file, text] of Object.entries(files))
		table.set(file.replace(/^\/static/, ''), `sha384-${createHash('sha384').update(text, 'utf8').digest('base64')}`);
	return table;
}

const scriptTag = /<script type="module" src="(\/js\/[\w-]+\.js)"><\/script>/g;

/** Adds `integrity` to each page script whose file is known; a script this build does not have is left alone. */
export function withScriptIntegrity(html: string, table: ReadonlyMap<string, string> = scriptIntegrity): string {
	return html.replace(scriptTag, (tag, src: string) => {
		const integrity = table.get(src);
		return integrity ? `<script type="module" src="${src}" integrity="${integrity}"></script>` : tag;
	});
}
