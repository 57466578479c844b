/**
 * The one place the lab reports a completed task. It dispatches a DOM event
 * (`k8s-lab-task-done`, detail { labId, taskId }) that the progress store can listen to
 * without the island importing it; the integrator connects it to recordLabTask.
 */

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
	document.dispatchEvent(new CustomEvent<TaskDoneDetail>(TASK_DONE_EVENT, { detail: { labId, taskId } }));
}
