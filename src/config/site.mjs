import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// The site's name and one-line description in both languages: Starlight's title and
// description (astro.config.mjs) and the link-preview cards (src/pages/og) read them here.

export const siteTitle = { ko: '쿠버네티스 기초', en: 'Kubernetes Basics' };

export const siteDescription = '설치 없이 브라우저에서 바로 배우는 쿠버네티스 기초: 개념 설명, 컨트롤 루프를 흉내 내는 위젯, 섹션마다 해설이 있는 퀴즈.';

/** The build a result summary came from: package version and build day, e.g. "0.1.0 (2026-12-04)". */
export function siteVersion(now = new Date()) {
	// Read from the project root: this runs inside Astro's bundled build chunks.
	const { version } = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8'));
	return `${version} (${now.toISOString().slice(0, 10)})`;
}
