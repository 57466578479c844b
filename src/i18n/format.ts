/** Small formatting helpers that both locales' string tables use (kept here so neither table duplicates them). */

/** A number rounded to at most two decimals, without trailing zeros (1.5, 0.75, 3). */
export const fmt = (n: number): string => String(Math.round(n * 100) / 100);
