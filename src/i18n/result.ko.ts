import type { ResultWords } from '../onboarding/result';

/** Korean strings of the result summary and the /result/ page (see ./result.ts). Only Korean pages' islands import this module. */
export const ko = {
	shareHeading: '결과 공유하기',
	shareIntro:
		'온보딩 이슈나 메시지에 붙여 넣을 결과 요약입니다. 계정이 없으므로 학습자가 스스로 보고하는 결과이며, 링크에는 내용이 손으로 바뀌었는지 알 수 있는 체크섬이 들어 있습니다.',
	learnerLabel: '이름 (선택, 요약에 들어갑니다)',
	copyMarkdown: 'Markdown 복사',
	copyText: '텍스트 복사',
	copyLink: '결과 링크 복사',
	openLink: '결과 링크 열기',
	copied: '복사했습니다.',
	copyFailed: '복사하지 못했습니다. 아래 미리 보기를 직접 선택해 복사하세요.',
	preview: '미리 보기 (Markdown)',
	viewHeading: '공유된 학습 결과',
	viewSelfReported: '계정 없이 학습자가 스스로 보고한 결과입니다. 점수는 학습자의 브라우저에 저장된 퀴즈 기록에서 왔습니다.',
	viewEdited: '이 링크의 내용이 체크섬과 맞지 않습니다. 링크를 만든 뒤에 누군가 내용을 손으로 고쳤을 수 있습니다.',
	viewIntact: (checksum: string) => `체크섬 ${checksum} 이 내용과 맞습니다(링크를 만든 뒤 바뀌지 않았습니다).`,
	errorMissing: '이 주소에는 결과가 없습니다. 학습자가 "내 학습 현황"이나 과제 페이지에서 결과 링크를 복사해 보내야 합니다.',
	errorOtherVersion: '이 결과 링크는 다른 형식 버전으로 만들어져 읽을 수 없습니다. 학습자에게 다시 만들어 달라고 요청하세요.',
	errorUnreadable: '결과 링크가 잘렸거나 손상되어 읽을 수 없습니다. 링크 전체가 복사되었는지 확인하세요.',
	noScript: 'JavaScript가 꺼져 있어 결과를 만들거나 읽을 수 없습니다.',
};

/** The Korean words of the result summary's Markdown and text. */
export const words: ResultWords = {
	heading: '학습 결과',
	learner: '이름',
	section: '섹션',
	best: '최고 점수',
	result: '결과',
	date: '날짜',
	passed: '통과',
	notPassed: '미통과',
	notTaken: '안 풂',
	languages: { ko: '한국어', en: '영어' },
	checkedAgainst: (version: string) => `쿠버네티스 v${version} 기준`,
	footer: (site: string, made: string, checksum: string) => `사이트 버전 ${site}, ${made} 작성, 체크섬 ${checksum}`,
	selfReported: '이 브라우저에 저장된 퀴즈 결과를 학습자가 스스로 보고한 결과입니다.',
	count: (passed: number, total: number) => `${total}개 중 ${passed}개 통과`,
	lab: 'kubectl 실습',
	labDone: (done: number, total: number) => `${done}/${total}`,
};
