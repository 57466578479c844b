/** Every Pod pair on the chosen port as a table: symbols with spoken words, never colour alone. */
import type { ConnectionMatrix } from '../../sim/index';
import type { strings } from '../../i18n/traffic-check';
import { formatPodKey } from './model';

type Strings = (typeof strings)['ko'];

interface Props {
	matrix: ConnectionMatrix;
	port: number;
	t: Strings;
}

/** Renders the matrix table with a caption, row and column headers, and a legend. */
export function ConnectionMatrixView({ matrix, port, t }: Props) {
	return (
		<div class="tc-matrix-wrap">
			<div class="tc-matrix-scroll" tabIndex={0} role="region" aria-label={t.matrixCaption(port)}>
				<table class="tc-matrix" data-testid="matrix">
					<caption>{t.matrixCaption(port)}</caption>
					<thead>
						<tr>
							<th scope="col">{t.matrixCorner}</th>
							{matrix.pods.map((p) => (
								<th scope="col" key={formatPodKey(p)}>
									<span class="tc-ns">{p.namespace}/</span>
									{p.name}
								</th>
							))}
						</tr>
					</thead>
					<tbody>
						{matrix.rows.map((row) => (
							<tr key={formatPodKey(row.from)}>
								<th scope="row">{formatPodKey(row.from)}</th>
								{row.cells.map((cell) => {
									const state = cell.verdict === null ? 'self' : cell.verdict.allowed ? 'allowed' : 'denied';
									return (
										<td
											key={formatPodKey(cell.to)}
											class={`is-${state}`}
											data-from={formatPodKey(row.from)}
											data-to={formatPodKey(cell.to)}
											data-state={state}
										>
											<span aria-hidden="true">{state === 'self' ? '—' : state === 'allowed' ? '✓' : '✗'}</span>
											<span class="k8s-sr-only">
												{state === 'self' ? t.cellSelf : state === 'allowed' ? t.cellAllowed : t.cellDenied}
											</span>
										</td>
									);
								})}
							</tr>
						))}
					</tbody>
				</table>
			</div>
			<p class="tc-legend">
				{t.matrixLegend}. <span data-testid="matrix-count">{t.matrixCount(matrix.allowedCount, matrix.pairCount)}</span>
			</p>
		</div>
	);
}
