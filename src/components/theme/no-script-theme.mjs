/**
 * PostCSS plugin: without JavaScript, Starlight's theme script never sets
 * `<html data-theme>`, so every page renders with the dark defaults even when the OS
 * prefers light. This copies each light-theme rule (`[data-theme=light]`, `[data-theme='light']`)
 * into `@media (prefers-color-scheme: light)` for an `<html>` that has no data-theme at
 * all, which only happens when scripts do not run (the theme script always sets it).
 */
const LIGHT = /\[data-theme=['"]?light['"]?\]/g;

/** Rewrites one selector so it matches an html without data-theme instead of a light one. */
function toNoScript(selector) {
	return selector
		.replace(new RegExp(`(^|[\\s>+~])${LIGHT.source}`, 'g'), '$1:root:not([data-theme])')
		.replace(LIGHT, ':not([data-theme])');
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
