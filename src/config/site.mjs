// The site's name and one-line description in both languages: Starlight's title and
// description (astro.config.mjs) and the link-preview cards (src/pages/og) read them here.

export const siteTitle = { ko: '쿠버네티스 기초', en: 'Kubernetes Basics' };

export const siteDescription =
	'설치 없이 브라우저에서 바로 배우는 쿠버네티스 기초: 개념 설명, 컨트롤 루프를 흉내 내는 위젯, 섹션마다 해설이 있는 퀴즈.';
