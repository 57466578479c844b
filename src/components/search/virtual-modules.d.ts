// Types of the Starlight virtual module the search script reads (Starlight ships none
// for user code). Its value is the `pagefind` option of astro.config.mjs, as JSON.
declare module 'virtual:starlight/pagefind-config' {
	/** Starlight's `pagefind` option (ranking weights, index weight, merged indexes). */
	export const pagefindUserConfig: Record<string, unknown>;
}
