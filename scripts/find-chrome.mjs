// Finds the Chromium that the end-to-end tests drive: $CHROME_PATH, then Debian's headless
// shell (for tests) or /usr/bin/chromium; when none exists and we are root on a machine with
// apt, installs the Debian package; otherwise stops saying exactly what to install.
// (Playwright's own browser download is not used: it cannot be fetched here.)
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
// Debian's build of the headless shell, the browser Playwright itself runs headless tests in:
// full Chromium's headless mode also starts its browser-UI renderers. Same tests, same run,
// alternated twice: 84 and 72 s with the shell, 99 and 96 s with full Chromium.
const DEBIAN_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * Returns the path of a usable Chromium, installing Debian's package if allowed. Tests ask for
 * `headlessShell` (faster; full Chromium is the fallback); Lighthouse and screenshots use full
 * Chromium.
 */
export function findChrome({ install = true, headlessShell = false } = {}) {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
	}
	const [path, pkg] = headlessShell ? [DEBIAN_HEADLESS_SHELL, 'chromium-headless-shell'] : [DEBIAN_CHROMIUM, 'chromium'];
	if (existsSync(path)) return path;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (install && isRoot && existsSync('/usr/bin/apt-get')) {
		console.log(`${path} not found: installing Debian's ${pkg} package (apt-get)...`);
		execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`, { stdio: 'inherit' });
		if (existsSync(path)) return path;
	}
	if (headlessShell && existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
	throw new Error(
		`No Chromium found for the end-to-end tests. Install Debian's package with\n` +
			`  sudo apt-get update && sudo apt-get install -y ${pkg}\n` +
			'or point CHROME_PATH at a Chromium/Chrome binary.',
	);
}

/** Flags for headless Chromium on these machines (root, no GPU, closed network). */
export const chromeArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

if (import.meta.url === `file://${process.argv[1]}`) {
	try {
		console.log(findChrome({ headlessShell: process.argv.includes('--headless-shell') }));
	} catch (e) {
		console.error(e.message);
		process.exit(1);
	}
}
