import { describe, expect, it } from 'vitest';
import { decodeAssignment, encodeAssignment, MAX_TITLE, summarizeAssignment } from '../../../src/onboarding/assignment';

const KNOWN = ['overview', 'cluster', 'pods', 'services', 'deployments', 'controllers'];

describe('assignment links', () => {
	it('encode short readable links and decode them back', () => {
		const assignment = { sections: ['pods', 'services'], exam: true, title: 'Backend week 1', due: '금요일까지' };
		const query = encodeAssignment(assignment);
		expect(query).toBe('s=pods,services&exam=1&t=Backend+week+1&due=%EA%B8%88%EC%9A%94%EC%9D%BC%EA%B9%8C%EC%A7%80');
		expect(decodeAssignment(`?${query}`, KNOWN)).toEqual({ assignment, problems: [] });
		expect(encodeAssignment({ sections: ['pods'], exam: false, title: ' ', due: '' })).toBe('s=pods');
	});

	it('show sections in learning order whatever order the link names them in, once each', () => {
		const { assignment } = decodeAssignment('s=deployments,pods,services,pods', KNOWN);
		expect(assignment.sections).toEqual(['pods', 'services', 'deployments']);
	});

	it('keep working when sections are added to the site (slugs, not positions)', () => {
		const link = encodeAssignment({ sections: ['pods', 'deployments'], exam: false, title: '', due: '' });
		const later = ['overview', 'cluster', 'pods', 'namespaces-labels', 'services', 'deployments', 'jobs'];
		expect(decodeAssignment(link, later).assignment.sections).toEqual(['pods', 'deployments']);
	});

	it('report unknown sections, tolerating case, spaces and slashes', () => {
		const { assignment, problems } = decodeAssignment('s=Pods, /services/ ,podz,,', KNOWN);
		expect(assignment.sections).toEqual(['pods', 'services']);
		expect(problems).toEqual([{ kind: 'unknown-sections', slugs: ['podz'] }]);
	});

	it('say so when nothing usable is assigned', () => {
		expect(decodeAssignment('', KNOWN).problems).toEqual([{ kind: 'no-sections' }]);
		expect(decodeAssignment('s=nope', KNOWN).problems).toEqual([{ kind: 'no-sections' }, { kind: 'unknown-sections', slugs: ['nope'] }]);
		// The exam alone is a valid assignment.
		expect(decodeAssignment('exam=1', KNOWN)).toEqual({ assignment: { sections: [], exam: true, title: '', due: '' }, problems: [] });
	});

	it('cut over-long text, flag a bad exam value and unknown parameters, never throw', () => {
		const long = 'ㄱ'.repeat(MAX_TITLE + 5);
		const { assignment, problems } = decodeAssignment(`s=pods&t=${encodeURIComponent(long)}&exam=maybe&utm=x&ref=doc`, KNOWN);
		expect([...assignment.title]).toHaveLength(MAX_TITLE);
		expect(assignment.exam).toBe(false);
		expect(problems).toEqual([
			{ kind: 'bad-exam', value: 'maybe' },
			{ kind: 'too-long', field: 't', max: MAX_TITLE },
			{ kind: 'unknown-parameters', names: ['utm', 'ref'] },
		]);
		expect(decodeAssignment('exam=0&s=pods', KNOWN).assignment.exam).toBe(false);
		expect(() => decodeAssignment('%%%&s=%ZZ', KNOWN)).not.toThrow();
	});
});

describe('assignment standing', () => {
	it('counts a section done once its quiz is passed', () => {
		const assignment = { sections: ['pods', 'services', 'deployments'], exam: true, title: '', due: '' };
		const scores: Record<string, { percent: number; passed: boolean; at: string }> = {
			pods: { percent: 100, passed: true, at: '2026-12-01T10:00:00.000Z' },
			services: { percent: 62, passed: false, at: '2026-12-02T10:00:00.000Z' },
		};
		const summary = summarizeAssignment(assignment, (s) => scores[s]);
		expect(summary.done).toBe(1);
		expect(summary.total).toBe(4);
		expect(summary.items.map((i) => i.state)).toEqual(['done', 'tried', 'not-started', 'not-started']);
		expect(summary.items[0]).toEqual({ section: 'pods', state: 'done', percent: 100, at: '2026-12-01T10:00:00.000Z' });
		expect(summary.items[3].section).toBe('final-exam');
	});
});
