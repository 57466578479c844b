/**
 * The one place the lab reports a completed task: it is saved with quiz progress (the
 * same versioned store, which never writes over data it could not read) and announced
 * as a DOM event (`k8s-lab-task-done`, detail { labId, taskId }) for the page.
 */
import { recordLabTask } from '../../quiz/progress';
import { createProgressStore } from '../../quiz/progress-store';

/** Name of the event dispatched on `document` when a lab task is done. */
export const TASK_DONE_EVENT = 'k8s-lab-task-done';

/** Detail of the task-done event. */
export interface TaskDoneDetail {
	readonly labId: string;
	readonly taskId: string;
}

/** Reports that a task of a lab was completed (called once per task per lab run). */
export function onTaskDone(labId: string, taskId: string): void {
	if (typeof document === 'undefined') return;
	const store = createProgressStore(() => window.localStorage);
	store.save(recordLabTask(store.load(), labId, taskId, new Date().toISOString()));
	document.dispatchEvent(new CustomEvent<TaskDoneDetail>(TASK_DONE_EVENT, { detail: { labId, taskId } }));
}
