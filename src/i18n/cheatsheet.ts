import { defineStrings } from './index';

/** Strings of the printable cheat sheet (src/components/CheatSheet.astro). */
export const strings = defineStrings({
	ko: {
		commandsTitle: 'kubectl 명령',
		termsTitle: '핵심 용어',
		printHint: '브라우저의 인쇄(Ctrl+P, Mac은 ⌘P)로 A4 한 장에 인쇄됩니다. 사이트 머리글과 메뉴는 인쇄되지 않습니다.',
		placeholders: '<pod>, <node>는 실제 이름으로 바꿔 씁니다.',
		source: (site: string) => `${site} · 치트 시트`,
	},
	en: {
		commandsTitle: 'kubectl commands',
		termsTitle: 'Key terms',
		printHint: "Print it from your browser (Ctrl+P, ⌘P on a Mac): it fits one A4 page, without the site's header and menus.",
		placeholders: 'Replace <pod> and <node> with real names.',
		source: (site: string) => `${site} · cheat sheet`,
	},
});
