// Offline after the first visit: an Astro integration that writes a Workbox service
// worker (workbox-build's generateSW) into the built site once Starlight has written the
// Pagefind index. It precaches every page, script, style, font and the search index under
// the site's base, so reading and searching work with no network. Link-preview cards
// (og/) are for other sites' unfurlers and are left out.
//
// Updates never mix versions: the new worker precaches the new build beside the old one
// and waits (no skipWaiting) until every tab of the old version is closed, so a page
// always gets the scripts and index of its own build; the next visit gets the new build.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

/** The file name of the service worker, at the root of the site's base. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** Inline script that registers the worker after the page has loaded (nothing before first paint). */
export function registrationScript(base) {
	const url = `${base.replace(/\/?$/, '/')}${SERVICE_WORKER_FILE}`;
	return `addEventListener('load',function(){if('serviceWorker'in navigator)navigator.serviceWorker.register(${JSON.stringify(url)},{scope:${JSON.stringify(base.replace(/\/?$/, '/'))}}).catch(function(){})})`;
}

/** The integration; add it after Starlight so the Pagefind index exists when it runs. */
export function serviceWorker() {
	let base = '/';
	return {
		name: 'k8s-basics:service-worker',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const { count, size, warnings } = await generateSW({
					globDirectory: out,
					globPatterns: ['**/*.{html,css,js,mjs,svg,woff2,wasm,json,txt}', 'pagefind/**/*.{pf_meta,pf_index,pf_fragment}', 'pagefind/**/*.pagefind'],
					globIgnores: [
						'og/**',
						SERVICE_WORKER_FILE,
						// Pagefind UIs that Starlight does not load.
						'pagefind/pagefind-component-ui.*',
						'pagefind/pagefind-modular-ui.*',
						'pagefind/pagefind-highlight.js',
					],
					swDest: join(out, SERVICE_WORKER_FILE),
					modifyURLPrefix: { '': base },
					// Pages are cached as .../index.html and asked for as .../ (Workbox maps both);
					// query strings (assignment links, widget settings, Pagefind's cache-busting
					// ?ts=) never make a second copy.
					directoryIndex: 'index.html',
					ignoreURLParametersMatching: [/.*/],
					maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
					inlineWorkboxRuntime: true,
					sourcemap: false,
					mode: 'production',
					cleanupOutdatedCaches: true,
					skipWaiting: false,
					clientsClaim: false,
				});
				for (const w of warnings) logger.warn(w);
				logger.info(`service worker: ${count} files (${(size / 1024 / 1024).toFixed(1)} MB before compression) precached for offline use`);
			},
		},
	};
}
