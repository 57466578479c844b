/**
 * The link-preview card of a page (1200x630, Open Graph / Twitter): site name and section
 * at the top, the page title large, its description below, the Kubernetes version the
 * page was checked against at the bottom. Pure: returns the element tree satori renders.
 */

/** Card size that Slack, Twitter/X, LinkedIn and Facebook all show in full. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says; every string is already in the page's language. */
export interface CardText {
	readonly siteName: string;
	readonly section: string;
	readonly title: string;
	readonly description: string;
	/** A footer line such as "Kubernetes v1.37 · checked 2026-12-04", or '' for none. */
	readonly footer: string;
}

/**
 * Where a page's card is published, below the site's base: the docs entry id as a path
 * ("overview", "en/overview"); the Korean start page, whose route id is empty, is "index".
 */
export function cardPath(entryId: string): string {
	return `og/${entryId || 'index'}.png`;
}

/** A satori element: a tag with style and children (satori's React-less input). */
export interface CardNode {
	readonly type: string;
	readonly props: { readonly style?: Record<string, string | number>; readonly children?: CardNode | string | readonly (CardNode | string)[] };
}

const node = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode => ({
	type,
	props: { style, children },
});

/** Cuts text to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if ([...clean].length <= max) return clean;
	const cut = [...clean].slice(0, max - 1).join('');
	const space = cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.:;·(]+$/, '')}…`;
}

/** Builds the card: Kubernetes blue band on the left, text on white. */
export function buildCard(text: CardText): CardNode {
	const title = truncate(text.title, 40);
	return node(
		'div',
		{
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			display: 'flex',
			backgroundColor: '#ffffff',
			wordBreak: 'keep-all',
		},
		[
			node('div', { width: 28, height: CARD_HEIGHT, backgroundColor: '#326ce5' }),
			node('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '64px 72px 56px 64px' }, [
				node('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: '#326ce5' }, [
					text.siteName,
					...(text.section ? [node('span', { color: '#5f6b7a', fontWeight: 400, marginLeft: 20 }, `/ ${text.section}`)] : []),
				]),
				node(
					'div',
					{ display: 'flex', fontSize: title.length > 22 ? 64 : 80, fontWeight: 700, color: '#0f1b2d', marginTop: 48, lineHeight: 1.2 },
					title,
				),
				node('div', { display: 'flex', fontSize: 32, color: '#3b4656', marginTop: 28, lineHeight: 1.45 }, truncate(text.description, 110)),
				node('div', { display: 'flex', flexGrow: 1 }),
				node('div', { display: 'flex', fontSize: 24, color: '#5f6b7a' }, text.footer),
			]),
		],
	);
}
