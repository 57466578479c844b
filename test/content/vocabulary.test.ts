// One Korean vocabulary, as kubernetes.io/ko spells it (issue #16): pages, quizzes, the
// glossary and the UI strings must not use the unofficial spellings below. Each rule is
// checked against examples first, so a rule that stops matching (or starts matching
// ordinary words such as 권한도) fails here instead of silently passing. Glossary aliases
// are exempt: they exist to map the spellings people type to the official term.
// Also checked: pages name the summary, progress, final-exam and glossary pages by their
// titles, and glossary anchors point at headings that exist.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import GithubSlugger from 'github-slugger';
import { extractHeadings } from '../../src/quiz/headings';

interface Rule {
	/** What to write instead, shown when the rule fires. */
	want: string;
	re: RegExp;
	/** Text the rule must flag. */
	bad: string[];
	/** Text the rule must leave alone. */
	good: string[];
}

const RULES: Rule[] = [
	{
		want: '파드 시큐리티 표준 (Pod Security Standards), not 파드 보안 표준',
		re: /파드\s*보안\s*표준/g,
		bad: ['파드 보안 표준', '파드보안표준'],
		good: ['파드 시큐리티 표준', '보안 표준을 따르는 이미지'],
	},
	{
		want: '표준, not 스탠다드',
		re: /스탠다드/g,
		bad: ['파드 시큐리티 스탠다드'],
		good: ['파드 시큐리티 표준'],
	},
	{
		want: '제한 (limits), not 한도',
		re: /(?:요청(?:\s*\(\s*requests?\s*\))?\s*(?:과|와|·|,)\s*|(?:리소스|메모리|CPU|자원)[가-힣]{0,2}\s*)한도|(?<!권)한도\s*\(\s*limits?\s*\)/g,
		bad: ['요청과 한도', '요청(request)과 한도(limit)', '메모리 한도를 넘어', 'CPU가 한도를 넘으면', '리소스 한도(limits)', '한도(limits)'],
		good: ['목록 권한도 읽기 권한만큼', '파드 생성 권한도', '한도가 최대 13개', '한도 안에서 옮겨 갑니다', '지금의 파드 수와 한도', '요청과 제한'],
	},
	{
		want: '메트릭 (metrics), not 지표',
		re: /지표(?!면)/g,
		bad: ['지표에 따라', '노드 지표 수집기'],
		good: ['메트릭에 따라', '지표면'],
	},
	{
		want: '획득 (a ReplicaSet acquires Pods), not 입양',
		re: /입양/g,
		bad: ['파드를 입양합니다'],
		good: ['파드를 획득합니다'],
	},
	{
		want: '리포지터리 (repository)',
		re: /레포지토리|레포지터리|리포지토리/g,
		bad: ['레포지토리', '레포지터리', '리포지토리'],
		good: ['리포지터리'],
	},
	{
		want: 'Alertmanager by name, not 알림 관리자',
		re: /알림\s*관리자/g,
		bad: ['알림 관리자'],
		good: ['Alertmanager', '알림을 관리하는 곳'],
	},
	{
		want: 'the version a page was checked against, never "the latest version"',
		re: /최신\s*(?:안정\s*)?버전은\s*\**\s*v?1\.\d+|\blatest\s+(?:stable\s+)?(?:Kubernetes\s+)?(?:version|release)\s+(?:is|was)\s+\**v?1\.\d+/gi,
		bad: ['최신 안정 버전은 v1.37이고', '최신 안정 버전은 **v1.37** 입니다', 'the latest stable version is v1.37', 'the latest stable version is **v1.37**'],
		good: ['v1.37을 기준으로 확인했습니다', 'checked against v1.37', 'Helm 3을 최신이라고 하는 자료'],
	},
];

/** Strips what may keep an old spelling on purpose: the ids that keep old heading anchors working. */
function prose(text: string): string {
	return text.replace(/\bid="[^"]*"/g, 'id=""');
}

function listFiles(dir: string, ext: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith(ext))
		.map((e) => join(e.parentPath, e.name))
		.sort();
}

/** Returns "file:line: match (want ...)" for every rule hit in text. */
function findHits(file: string, text: string): string[] {
	const hits: string[] = [];
	const lines = prose(text).split('\n');
	lines.forEach((line, i) => {
		for (const rule of RULES) {
			for (const m of line.matchAll(rule.re)) hits.push(`${file}:${i + 1}: "${m[0]}" -> ${rule.want}`);
		}
	});
	return hits;
}

describe('vocabulary rules', () => {
	it.each(RULES.map((r) => [r.want, r] as const))('%s: flags its examples and nothing else', (_, rule) => {
		for (const text of rule.bad) expect(text.match(rule.re), `should flag: ${text}`).not.toBeNull();
		for (const text of rule.good) expect(text.match(rule.re), `should not flag: ${text}`).toBeNull();
	});

	it('reports the file and line of a hit', () => {
		expect(findHits('x.mdx', '첫 줄\n메모리 한도를 넘으면')).toEqual(['x.mdx:2: "메모리 한도" -> 제한 (limits), not 한도']);
		expect(findHits('x.mdx', '<span id="파드-보안-표준"></span>\n<span id="소유자-참조와-입양"></span>')).toEqual([]);
	});
});

describe('official Korean spellings', () => {
	const files = [
		...listFiles('content/docs', '.mdx'),
		...listFiles('content/docs', '.md'),
		...listFiles('content/quizzes', '.yaml'),
		...listFiles('src/i18n', '.ts'),
	];

	it('finds the files it checks', () => {
		expect(files.filter((f) => f.startsWith('content/docs/')).length).toBeGreaterThan(20);
		expect(files.filter((f) => f.startsWith('content/quizzes/')).length).toBeGreaterThan(20);
		expect(files.filter((f) => f.startsWith('src/i18n/')).length).toBeGreaterThan(3);
	});

	it.each(files)('%s uses the official spellings', (file) => {
		expect(findHits(file, readFileSync(file, 'utf8'))).toEqual([]);
	});

	it('content/glossary.yaml uses them in terms and definitions (aliases may keep old spellings for search)', () => {
		const entries = parse(readFileSync('content/glossary.yaml', 'utf8')) as Array<{
			id: string;
			ko: string;
			en: string;
			definition: { ko: string; en: string };
		}>;
		const hits = entries.flatMap((e) =>
			[e.ko, e.en, e.definition.ko, e.definition.en].flatMap((text) => findHits(`glossary ${e.id}`, text)),
		);
		expect(hits).toEqual([]);
	});
});

describe('glossary register', () => {
	it('writes every Korean definition in 합니다체, like the pages', () => {
		const entries = parse(readFileSync('content/glossary.yaml', 'utf8')) as Array<{ id: string; definition: { ko: string } }>;
		const notPolite = entries.flatMap((e) =>
			e.definition.ko
				.trim()
				.split(/(?<=\.)\s+(?=\S)/)
				.filter((sentence) => !/니다\.$/.test(sentence))
				.map((sentence) => `${e.id}: ${sentence}`),
		);
		expect(notPolite).toEqual([]);
	});
});

/** Heading ids of a page, slugged the way the site's Markdown pipeline does (github-slugger). */
function headingIds(file: string): string[] {
	const slugger = new GithubSlugger();
	return extractHeadings(readFileSync(file, 'utf8')).map((h) => slugger.slug(h.text));
}

describe('links and anchors', () => {
	it('points every glossary anchor at a heading of its page', () => {
		const entries = parse(readFileSync('content/glossary.yaml', 'utf8')) as Array<{ id: string; page: string; anchor?: string }>;
		const missing = entries
			.filter((e) => e.anchor !== undefined)
			.filter((e) => {
				const file = join('content/docs', `${e.page}.mdx`);
				return !existsSync(file) || !headingIds(file).includes(e.anchor!);
			})
			.map((e) => `${e.id} -> ${e.page}#${e.anchor}`);
		expect(missing).toEqual([]);
	});

	it('keeps each old anchor next to the heading that replaced it, without clashing with a heading id', () => {
		for (const file of [...listFiles('content/docs', '.mdx')]) {
			const text = readFileSync(file, 'utf8');
			const ids = headingIds(file);
			for (const m of text.matchAll(/^<span id="([^"]+)"><\/span>\n\n(#{2,4}) /gm)) {
				expect(ids, `${file}: old anchor ${m[1]} duplicates a heading id`).not.toContain(m[1]);
			}
			const loose = [...text.matchAll(/^<span id="([^"]+)"><\/span>\n(?!\n#{2,4} )/gm)].map((m) => m[1]);
			expect(loose, `${file}: old anchors must sit right above a heading`).toEqual([]);
		}
	});

	it.each([
		['ko', 'content/docs', ''],
		['en', 'content/docs/en', '/en'],
	] as const)('names the summary, progress, final-exam and glossary pages by their titles (%s)', (_, dir, prefix) => {
		const titles = new Map<string, string>(
			['summary', 'progress', 'final-exam', 'glossary'].map((slug) => {
				const fm = /^---\n[\s\S]*?^title:\s*(.+)$/m.exec(readFileSync(join(dir, `${slug}.mdx`), 'utf8'));
				return [`${prefix}/${slug}/`, fm![1].trim()];
			}),
		);
		const wrong: string[] = [];
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
			const text = readFileSync(join(dir, file), 'utf8');
			for (const m of text.matchAll(/\[([^\]]+)\]\(([^)#]+)(?:#[^)]*)?\)/g)) {
				const title = titles.get(m[2]);
				if (title && m[1].toLowerCase() !== title.toLowerCase()) wrong.push(`${dir}/${file}: [${m[1]}](${m[2]}) should say ${title}`);
			}
		}
		expect(wrong).toEqual([]);
	});
});

describe('code comments cite their sources', () => {
	it('name kubernetes.io pages or Kubernetes source paths, never item numbers of an outside facts file', async () => {
		const { readdirSync, readFileSync, statSync } = await import('node:fs');
		const { join } = await import('node:path');
		const files: string[] = [];
		const walk = (dir: string) => {
			for (const name of readdirSync(dir)) {
				const p = join(dir, name);
				if (statSync(p).isDirectory()) walk(p);
				else if (/\.(ts|tsx|mjs|astro|md)$/.test(name)) files.push(p);
			}
		};
		walk('src');
		// "#103" or "(#63-#68)": a facts-sheet item number, not an HTML entity (&#39;) or a URL fragment.
		const citation = /(?<![&\w/])#\d{1,3}\b/;
		const found = files.flatMap((file) =>
			readFileSync(file, 'utf8')
				.split('\n')
				.map((line, i) => [line, i] as const)
				.filter(([line]) => citation.test(line))
				.map(([line, i]) => `${file}:${i + 1}: ${line.trim()}`),
		);
		expect(found).toEqual([]);
	});
});
