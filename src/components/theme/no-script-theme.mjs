/**
 * PostCSS plugin: Starlight renders `<html data-theme="dark">` and lets its inline theme
 * script switch it, so without JavaScript every page is dark even when the OS prefers
 * light. Our ThemeProvider script (ThemeProvider.astro here) marks `<html>` with
 * `data-theme-script`; this copies each light-theme rule (`[data-theme=light]`,
 * `[data-theme='light']`) into `@media (prefers-color-scheme: light)` for an `<html>`
 * without that mark, which only happens when scripts do not run.
 */
const LIGHT = /\[data-theme=['"]?light['"]?\]/g;

/** Rewrites one selector so it matches an html without data-theme instead of a light one. */
function toNoScript(selector) {
	return selector.replace(new RegExp(`(^|[\\s>+~])${LIGHT.source}`, 'g'), '$1:root:not([data-theme-script])').replace(LIGHT, ':not([data-theme-script])');
}

/** The plugin (pass the result of calling it to Vite's css.postcss.plugins). */
export function noScriptTheme() {
	return {
		postcssPlugin: 'k8s-basics-no-script-theme',
		Once(root, { AtRule }) {
			const copies = [];
			root.walkRules((rule) => {
				if (!rule.selector.match(LIGHT)) return;
				if (rule.parent && rule.parent.type === 'atrule' && /keyframes$/.test(rule.parent.name)) return;
				const selectors = rule.selectors.filter((s) => s.match(LIGHT)).map(toNoScript);
				copies.push([rule, rule.clone({ selectors })]);
			});
			for (const [rule, copy] of copies) {
				const media = new AtRule({ name: 'media', params: '(prefers-color-scheme: light)' });
				media.append(copy);
				rule.after(media);
			}
		},
	};
}
noScriptTheme.postcss = true;
