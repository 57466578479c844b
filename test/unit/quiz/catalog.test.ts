import { describe, expect, it } from 'vitest';
import { findLabTasks, listQuizSections } from '../../../src/quiz/catalog';

const pages = [
	{ id: 'overview', title: '쿠버네티스란?', order: 2 },
	{ id: 'pods', title: '파드', order: 5 },
	{ id: 'cluster', title: '클러스터', order: 3 },
	{ id: 'misc', title: '기타', order: undefined },
	{ id: 'en/overview', title: 'What is Kubernetes?', order: 2 },
];
const quizIds = ['ko/pods', 'ko/overview', 'ko/cluster', 'ko/misc', 'ko/orphan', 'en/overview'];

describe('listQuizSections', () => {
	it('lists Korean sections with a page, in sidebar order (unordered last)', () => {
		expect(listQuizSections('ko', quizIds, pages)).toEqual([
			{ section: 'overview', quizLocale: 'ko', quizKey: 'ko/overview', title: '쿠버네티스란?', path: 'overview' },
			{ section: 'cluster', quizLocale: 'ko', quizKey: 'ko/cluster', title: '클러스터', path: 'cluster' },
			{ section: 'pods', quizLocale: 'ko', quizKey: 'ko/pods', title: '파드', path: 'pods' },
			{ section: 'misc', quizLocale: 'ko', quizKey: 'ko/misc', title: '기타', path: 'misc' },
		]);
	});

	it('uses English quizzes and titles where they exist and falls back to Korean otherwise', () => {
		const rows = listQuizSections('en', quizIds, pages);
		expect(rows[0]).toEqual({ section: 'overview', quizLocale: 'en', quizKey: 'en/overview', title: 'What is Kubernetes?', path: 'en/overview' });
		expect(rows[1]).toEqual({ section: 'cluster', quizLocale: 'ko', quizKey: 'ko/cluster', title: '클러스터', path: 'en/cluster' });
	});

	it('sorts sections with the same order by id', () => {
		const same = [
			{ id: 'b', title: 'B', order: 1 },
			{ id: 'a', title: 'A', order: 1 },
		];
		expect(listQuizSections('ko', ['ko/b', 'ko/a'], same).map((r) => r.section)).toEqual(['a', 'b']);
	});
});

describe('findLabTasks', () => {
	const labs = [
		{ id: 'ko/pods', taskIds: ['create-pod', 'label-pod'] },
		{ id: 'en/pods', taskIds: ['create-pod', 'label-pod'] },
		{ id: 'ko/jobs', taskIds: ['run-job'] },
	];
	it("takes the page language's lab, the Korean one on a fallback page, none without a lab", () => {
		expect(findLabTasks('en', 'pods', labs)).toEqual(['create-pod', 'label-pod']);
		expect(findLabTasks('en', 'jobs', labs)).toEqual(['run-job']);
		expect(findLabTasks('ko', 'overview', labs)).toBeUndefined();
	});
});
