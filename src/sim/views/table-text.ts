/**
 * kubectl's table text, with no imports: the column padding of its tabwriter, HumanDuration
 * ages and the notice for an empty list. A leaf on its own, so a widget's island can print a
 * build-time table at a later clock without loading the reducer (src/widgets/shared/engine.ts).
 */

/** A table as kubectl prints it: header names and rows of cell strings. */
export interface Table {
	readonly columns: readonly string[];
	readonly rows: readonly (readonly string[])[];
}

/** Render a table with columns padded like kubectl's tabwriter (3 spaces between columns). */
export function formatTable(table: Table, padding = 3): string {
	const all = [table.columns, ...table.rows];
	const widths = table.columns.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
	return all
		.map((row) =>
			row
				.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd((widths[i] ?? 0) + padding)))
				.join('')
				.trimEnd(),
		)
		.join('\n');
}

/** Age like kubectl's HumanDuration: 45s, 2m30s, 15m, 3h20m, 2d4h. */
export function formatAge(seconds: number): string {
	const s = Math.floor(seconds);
	if (s < -1) return '<invalid>';
	if (s < 0) return '0s';
	if (s < 120) return `${s}s`;
	const minutes = Math.floor(s / 60);
	if (minutes < 10) return s % 60 === 0 ? `${minutes}m` : `${minutes}m${s % 60}s`;
	if (minutes < 180) return `${minutes}m`;
	const hours = Math.floor(s / 3600);
	if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
	if (hours < 48) return `${hours}h`;
	if (hours < 24 * 8) return hours % 24 === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${hours % 24}h`;
	if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
	const days = Math.floor(hours / 24);
	if (hours < 24 * 365 * 8) return days % 365 === 0 ? `${Math.floor(days / 365)}y` : `${Math.floor(days / 365)}y${days % 365}d`;
	return `${Math.floor(days / 365)}y`;
}

/** What `kubectl get` prints for a table: the columns, or kubectl's notice when nothing matches. */
export function formatKubectlGet(table: Table): string {
	return table.rows.length === 0 ? 'No resources found in default namespace.' : formatTable(table);
}

/**
 * A `kubectl get` table whose AGE column follows a clock: the AGE cells are blank and each row
 * keeps its object's creation time, so a view built once can be printed at any later time.
 */
export interface AgedTable extends Table {
	/** Creation time (simulated seconds) of each row's object. */
	readonly born: readonly number[];
}

/** `table` with its AGE cells blanked and the creation time of each row's object (`born`, row order). */
export function toAgedTable(table: Table, born: readonly number[]): AgedTable {
	const age = table.columns.indexOf('AGE');
	return { columns: table.columns, rows: table.rows.map((row) => row.map((cell, c) => (c === age ? '' : cell))), born };
}

/** What kubectl prints for an aged table at clock `time` (the empty-list notice when it has no rows). */
export function printAgedTable(table: AgedTable, time: number): string {
	const age = table.columns.indexOf('AGE');
	const rows = table.rows.map((row, i) => row.map((cell, c) => (c === age ? formatAge(time - (table.born[i] ?? time)) : cell)));
	return formatKubectlGet({ columns: table.columns, rows });
}
