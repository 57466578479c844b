/**
 * Renders a card to PNG at build time: satori lays the element tree out as SVG with
 * Noto Sans KR from npm (no network), resvg rasterizes it. Runs in Node only (the
 * endpoint src/pages/og/[...slug].png.ts); nothing here ships to the browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { buildCard, CARD_HEIGHT, CARD_WIDTH, type CardText } from './card';
import { parseFontSubsets, pickFontFiles, type FontSubset } from './font-subsets';

const require = createRequire(join(process.cwd(), 'package.json'));
const WEIGHTS = [400, 700] as const;

type Weight = (typeof WEIGHTS)[number];
interface FontFace {
	readonly dir: string;
	readonly subsets: FontSubset[];
}

let faces: Map<Weight, FontFace> | undefined;
const fileCache = new Map<string, Buffer>();

function loadFaces(): Map<Weight, FontFace> {
	faces ??= new Map(
		WEIGHTS.map((weight) => {
			const css = require.resolve(`@fontsource/noto-sans-kr/${weight}.css`);
			return [weight, { dir: dirname(css), subsets: parseFontSubsets(readFileSync(css, 'utf8')) }];
		}),
	);
	return faces;
}

function readFont(path: string): Buffer {
	let data = fileCache.get(path);
	if (!data) {
		data = readFileSync(path);
		fileCache.set(path, data);
	}
	return data;
}

/** The card of one page as a 1200x630 PNG. */
export async function renderCardPng(text: CardText): Promise<Uint8Array> {
	const all = Object.values(text).join(' ');
	const fonts = [...loadFaces()].flatMap(([weight, face]) =>
		// One family name per file: satori keeps one font per name and weight, and falls
		// back across families for characters the first one lacks.
		pickFontFiles(face.subsets, all).map((file) => ({
			name: `Noto Sans KR ${file}`,
			data: readFont(join(face.dir, 'files', file)),
			weight,
			style: 'normal' as const,
		})),
	);
	// satori's element type is React's; our tree has the same shape without React.
	const svg = await satori(buildCard(text) as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
	return new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
}
