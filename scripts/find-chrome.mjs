// Finds the Chromium that the end-to-end tests drive: $CHROME_PATH, then
// /usr/bin/chromium; when neither exists and we are root on a machine with apt,
// installs Debian's chromium; otherwise stops saying exactly what to install.
// (Playwright's own browser download is not used: it cannot be fetched here.)
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Returns the path of a usable Chromium, installing Debian's package if allowed. */
export function findChrome({ install = true } = {}) {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
	}
	if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (install && isRoot && existsSync('/usr/bin/apt-get')) {
		console.log("Chromium not found: installing Debian's chromium package (apt-get)...");
		execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
		if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
	}
	throw new Error(
		"No Chromium found for the end-to-end tests. Install Debian's package with\n" +
			'  sudo apt-get update && sudo apt-get install -y chromium\n' +
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
		console.log(findChrome());
	} catch (e) {
		console.error(e.message);
		process.exit(1);
	}
}
