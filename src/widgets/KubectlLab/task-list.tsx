/** The section lab's tasks: title and state, a hint, and a solution that opens without JavaScript. */
import type { LabView } from './use-kubectl-lab';

/** Tasks with done/not-yet state; the deep-linked task is marked. */
export function TaskList({ s }: { s: LabView }) {
	const { t, config } = s;
	if (config.tasks.length === 0) return null;
	return (
		<section class="kl-tasks" aria-labelledby={`kl-${config.labId}-tasks`}>
			<p class="kl-title" id={`kl-${config.labId}-tasks`}>
				{t.tasksTitle}{' '}
				<span class="kl-progress" data-testid="kl-progress">
					({t.progress(s.done.size, config.tasks.length)})
				</span>
			</p>
			<ol class="kl-task-list">
				{config.tasks.map((task) => {
					const done = s.done.has(task.id);
					const linked = s.link.task === task.id;
					return (
						<li
							key={task.id}
							id={`lab-task-${task.id}`}
							class={`kl-task${done ? ' is-done' : ''}${linked ? ' is-linked' : ''}`}
							data-task={task.id}
							data-done={done ? 'true' : 'false'}
							aria-current={linked ? 'step' : undefined}
						>
							<p class="kl-task-title">
								<span class="kl-task-state">{done ? `✓ ${t.taskDone}` : t.taskTodo}</span> {task.title}
							</p>
							<p class="kl-task-hint">
								<strong>{t.hint}:</strong> {task.hint}
							</p>
							<details class="kl-solution">
								<summary>{t.solution}</summary>
								<pre class="k8s-code" tabIndex={0} aria-label={t.solutionLabel(task.title)}>
									<code>{task.solution.join('\n')}</code>
								</pre>
							</details>
						</li>
					);
				})}
			</ol>
		</section>
	);
}
