/** The per-tick table: time, new, old, total and available Pods, each row a change. */
import type { RolloutSimulatorState } from './use-rollout-simulator';

interface Props {
	s: RolloutSimulatorState;
}

/** Rows where the counts changed since the last command, newest at the bottom. */
export function CountsLog({ s }: Props) {
	const { t, frame } = s;
	return (
		<div class="ros-log-wrap">
			<p class="ros-block-title" id="ros-log-title">
				{t.logLabel}
			</p>
			<div class="ros-log" ref={s.logRef} tabIndex={0} role="group" aria-labelledby="ros-log-title">
				<table>
					<thead>
						<tr>
							<th scope="col">{t.logTime}</th>
							<th scope="col">{t.logNew}</th>
							<th scope="col">{t.logOld}</th>
							<th scope="col">
								{t.logTotal} <span class="ros-bound">({t.statMax(frame.bounds.maxTotal)})</span>
							</th>
							<th scope="col">
								{t.logAvailable} <span class="ros-bound">({t.statMin(frame.bounds.minAvailable)})</span>
							</th>
						</tr>
					</thead>
					<tbody>
						{s.log.map((row) => (
							<tr key={row.time}>
								<td>{row.time}</td>
								<td>{row.newPods}</td>
								<td>{row.oldPods}</td>
								<td>{row.total}</td>
								<td>{row.available}</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</div>
	);
}
