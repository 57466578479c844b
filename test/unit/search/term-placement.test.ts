import { describe, expect, it } from 'vitest';
import { findTermHeading, placeTerms, type PageHeading, type PlacedTerm } from '../../../src/search/term-placement';

const term = (id: string, ko: string, en: string, page: string, anchor?: string, aliases: string[] = []): PlacedTerm => ({ id, ko, en, aliases, page, anchor });
const h = (depth: number, slug: string, text: string): PageHeading => ({ depth, slug, text });

const nodePort = term('node-port', 'NodePort', 'NodePort', 'services', 'nodeport', ['노드포트']);
const service = term('service', '서비스', 'Service', 'services', '왜-서비스가-필요한가', ['svc']);
const rolling = term('rolling-update', '롤링 업데이트', 'Rolling update', 'deployments', '롤링-업데이트', ['rollingupdate']);
const deployment = term('deployment', '디플로이먼트', 'Deployment', 'deployments');

const koServices = [h(2, '왜-서비스가-필요한가', '왜 서비스가 필요한가'), h(2, '서비스-타입', '서비스 타입'), h(3, 'nodeport', 'NodePort')];
const koDeployments = [
	h(2, '디플로이먼트가-하는-일', '디플로이먼트가 하는 일'),
	h(2, '롤링-업데이트', '롤링 업데이트'),
	h(3, 'maxsurge와-maxunavailable', 'maxSurge와 maxUnavailable'),
];

describe('findTermHeading', () => {
	it('uses the glossary anchor on the Korean page', () => {
		expect(findTermHeading(nodePort, { slug: 'services', locale: 'ko', headings: koServices })).toBe('nodeport');
	});

	it('puts a term without anchor, or with an anchor the page lacks, at the page top', () => {
		expect(findTermHeading(deployment, { slug: 'deployments', locale: 'ko', headings: koDeployments })).toBeNull();
		expect(findTermHeading(nodePort, { slug: 'services', locale: 'ko', headings: koServices.slice(0, 2) })).toBeNull();
	});

	it('on the English twin, takes the same id, then the same position of the same outline', () => {
		const en = [h(2, 'why-services', 'Why Services'), h(2, 'service-types', 'Service types'), h(3, 'nodeport', 'NodePort')];
		expect(findTermHeading(nodePort, { slug: 'services', locale: 'en', headings: en, koreanHeadings: koServices })).toBe('nodeport');
		expect(findTermHeading(service, { slug: 'services', locale: 'en', headings: en, koreanHeadings: koServices })).toBe('why-services');
	});

	it('on an English twin with another outline, finds the heading that names the term', () => {
		const en = [h(2, 'what-a-deployment-does', 'What a Deployment does'), h(2, 'rolling-updates', 'Rolling updates')];
		expect(findTermHeading(rolling, { slug: 'deployments', locale: 'en', headings: en, koreanHeadings: koDeployments })).toBe('rolling-updates');
		expect(findTermHeading(service, { slug: 'services', locale: 'en', headings: [h(2, 'intro', 'Intro')], koreanHeadings: koServices })).toBeNull();
	});
});

describe('placeTerms', () => {
	it('groups the terms this page teaches into one line per heading, with every spelling', () => {
		const lines = placeTerms([nodePort, service, rolling, term('cluster-ip', 'ClusterIP', 'ClusterIP', 'services', 'nodeport', ['cluster ip'])], {
			slug: 'services',
			locale: 'ko',
			headings: koServices,
		});
		expect(lines).toEqual([
			{ anchor: 'nodeport', termIds: ['node-port', 'cluster-ip'], spellings: ['NodePort', '노드포트', 'ClusterIP', 'cluster ip'] },
			{ anchor: '왜-서비스가-필요한가', termIds: ['service'], spellings: ['서비스', 'Service', 'svc'] },
		]);
	});

	it('returns no lines for a page that teaches no term', () => {
		expect(placeTerms([nodePort, rolling], { slug: 'glossary', locale: 'ko', headings: [] })).toEqual([]);
	});
});
