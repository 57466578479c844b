import { defineStrings } from './index';

/** The version stamp of a concept page (under its title and on its link-preview card). */
export const strings = defineStrings({
	ko: {
		checkedLine: (version: string, date: string) => `쿠버네티스 v${version} 기준으로 ${date}에 확인했습니다`,
		checkedCard: (version: string, date: string) => `쿠버네티스 v${version} 기준 · ${date} 확인`,
	},
	en: {
		checkedLine: (version: string, date: string) => `Checked against Kubernetes v${version} on ${date}`,
		checkedCard: (version: string, date: string) => `Kubernetes v${version} · checked ${date}`,
	},
});
