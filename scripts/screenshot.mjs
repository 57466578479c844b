// Takes screenshots of built pages for a human look: desktop and a 390 px phone, light
// and dark. Usage: node scripts/screenshot.mjs <base-url> <out-dir> <path>...
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromeArgs, findChrome } from './find-chrome.mjs';

const [base, out, ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
for (const path of paths) {
	for (const [device, viewport] of [
		['desktop', { width: 1280, height: 900 }],
		['phone', { width: 390, height: 844 }],
	]) {
		for (const theme of ['light', 'dark']) {
			const page = await browser.newPage({ viewport, colorScheme: theme, deviceScaleFactor: 1 });
			await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			await page.goto(base + path, { waitUntil: 'networkidle' });
			const name = `${out}/${path.replace(/\W+/g, '_') || 'root'}-${device}-${theme}.png`;
			await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
			await page.close();
			console.log(name);
		}
	}
}
await browser.close();
