// The built HTML of every page (both locales, and the 404 page), checked with html-validate
// under .htmlvalidate.json: no duplicate ids, alt text on every image (img, image input,
// image-map area), a label on every form control, no reference (label for,
// aria-labelledby, aria-describedby...) to a missing id, and a well-formed tree (no
// duplicate attributes, no misnested tags), since a broken tree hides the other problems.
// html-validate's recommended preset is not used: its style rules (void-style,
// no-inline-style, no-implicit-button-type) and some content-model and landmark rules fail
// on Starlight's and Expressive Code's own markup without affecting readers, and axe
// (pages.spec.ts) already checks the rendered page for what matters to assistive technology.
import { test, expect } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate, type Report } from 'html-validate';
import { listPageFiles } from './budget-lib';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = listPageFiles();

/** Lists an html-validate report's problems as "rule at line:column selector: message". */
function listProblems(report: Report): string[] {
	return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} at ${m.line}:${m.column} ${m.selector ?? ''}: ${m.message}`));
}

test('the HTML rules catch duplicate ids, images without alt and unlabelled controls', async () => {
	const html =
		'<!doctype html><html lang="en"><head><title>t</title></head><body>' +
		'<p id="a">x</p><p id="a">y</p><img src="i.png"><input name="q"><label for="gone">z</label>' +
		'<label>ok <input type="checkbox"></label><input aria-label="ok"><img src="d.png" alt="">' +
		'</body></html>';
	const rules = listProblems(await validator.validateString(html, 'fixture.html')).map((p) => p.split(' ')[0]);
	expect(rules.sort()).toEqual(['input-missing-label', 'no-dup-id', 'no-missing-references', 'wcag/h37']);
});

for (const page of pages) {
	test(`${page.path} has valid ids, alt texts and labels`, async () => {
		expect(listProblems(await validator.validateFile(page.file)), page.file).toEqual([]);
	});
}
