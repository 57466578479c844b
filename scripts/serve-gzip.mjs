// A tiny static server for the built site, with gzip, the way a real static host serves
// it: the benchmark measures transfer sizes, and `astro preview` does not compress.
// Usage: node scripts/serve-gzip.mjs [dir=dist] [--port 4340] [--base /k8s-basics/]
import { createServer } from 'node:http';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
};
// Pagefind's .pf_* files are already gzipped binary: served as they are.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.txt', '.svg']);

/** Normalises a base path to "/" or "/x/y/". */
function normaliseBase(base = '/') {
	const trimmed = base.replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/** Maps a URL path to a file under root, or null when it is outside the base or root. */
function resolveFile(root, base, urlPath) {
	let path;
	try {
		path = decodeURIComponent(urlPath);
	} catch {
		return null;
	}
	if (!path.startsWith(base)) return path === base.slice(0, -1) ? { redirect: base } : null;
	const rel = normalize(path.slice(base.length));
	const file = resolve(root, rel);
	if (file !== root && !file.startsWith(root + sep)) return null;
	if (existsSync(file) && statSync(file).isDirectory()) {
		if (!path.endsWith('/')) return { redirect: `${path}/` };
		const index = join(file, 'index.html');
		return existsSync(index) ? { file: index } : null;
	}
	if (existsSync(file)) return { file };
	// Astro's static output also answers /page as /page/index.html.
	const index = join(file, 'index.html');
	return existsSync(index) ? { redirect: `${path}/` } : null;
}

/**
 * Starts a gzip-serving static server for `dir` under `base`; port 0 picks a free port.
 * Resolves to { url, close } where url ends with the base path.
 */
export function startServer({ dir = 'dist', port = 0, host = '127.0.0.1', base = '/' } = {}) {
	const root = resolve(dir);
	const basePath = normaliseBase(base);
	// Compressed bodies are cached; the file's mtime in the key keeps a rebuilt file fresh.
	const cache = new Map();
	const read = (file, gzip) => {
		const key = `${file}|${gzip}|${statSync(file).mtimeMs}`;
		if (!cache.has(key)) {
			const raw = readFileSync(file);
			cache.set(key, gzip ? gzipSync(raw) : raw);
		}
		return cache.get(key);
	};
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let found = resolveFile(root, basePath, url.pathname);
		let status = 200;
		if (found?.redirect) {
			res.writeHead(301, { Location: found.redirect + url.search });
			res.end();
			return;
		}
		if (!found) {
			const notFound = join(root, '404.html');
			if (!existsSync(notFound)) {
				res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
				res.end('Not found');
				return;
			}
			found = { file: notFound };
			status = 404;
		}
		const ext = extname(found.file).toLowerCase();
		const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		const body = read(found.file, gzip);
		const headers = {
			'Content-Type': TYPES[ext] ?? 'application/octet-stream',
			'Content-Length': body.length,
			Vary: 'Accept-Encoding',
			// Hashed build assets never change; pages must be revalidated.
			'Cache-Control': url.pathname.startsWith(`${basePath}_astro/`) ? 'public, max-age=31536000, immutable' : 'no-cache',
		};
		if (gzip) headers['Content-Encoding'] = 'gzip';
		res.writeHead(status, headers);
		res.end(req.method === 'HEAD' ? undefined : body);
	});
	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const address = server.address();
			const actualPort = typeof address === 'object' && address ? address.port : port;
			resolvePromise({
				url: `http://${host}:${actualPort}${basePath}`,
				close: () => new Promise((done) => server.close(() => done())),
			});
		});
	});
}

// Run as a command (the real path, so a symlinked checkout works too).
if (process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) {
	const args = process.argv.slice(2);
	const option = (name, fallback) => {
		const i = args.indexOf(name);
		if (i === -1) return fallback;
		const value = args[i + 1];
		args.splice(i, 2);
		return value;
	};
	const port = Number(option('--port', '4340'));
	const base = option('--base', '/');
	const dir = args[0] ?? 'dist';
	if (!existsSync(dir)) {
		console.error(`No directory ${dir}: build the site first (npm run build).`);
		process.exit(1);
	}
	const { url } = await startServer({ dir, port, base });
	console.log(`Serving ${dir} with gzip on ${url}`);
}
