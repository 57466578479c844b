/**
 * The shape of a lab file (content/labs/<locale>/<section>.yaml) and of task checks.
 * Pure zod: used by the `labs` content collection at build time and by the content tests.
 * Checks are predicates on cluster state only, never on the command the learner typed.
 */
import { z } from 'astro/zod';

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single dashes)');
const name = z.string().min(1);

/** A task check: a discriminated union on `kind`. */
export const taskCheckSchema: z.ZodType<TaskCheck> = z.discriminatedUnion('kind', [
	/** The Deployment exists with this many replicas desired and ready. */
	z.strictObject({ kind: z.literal('deploymentReadyReplicas'), name, replicas: z.number().int().min(0) }),
	/** Every container of the Deployment's template uses this image and the rollout finished. */
	z.strictObject({ kind: z.literal('deploymentImage'), name, image: name }),
	/** The Deployment's current ReplicaSet has this template (the revision number it had, e.g. after undo). */
	z.strictObject({ kind: z.literal('deploymentTemplateOfRevision'), name, image: name, minRevision: z.number().int().min(1) }),
	/** The Deployment is paused (or not). */
	z.strictObject({ kind: z.literal('deploymentPaused'), name, paused: z.boolean() }),
	/** An object of this kind exists (or no longer does). */
	z.strictObject({
		kind: z.literal('objectExists'),
		resource: z.enum([
			'pods',
			'deployments',
			'services',
			'statefulsets',
			'daemonsets',
			'replicasets',
			'namespaces',
			'persistentvolumeclaims',
			'configmaps',
			'secrets',
			'jobs',
			'cronjobs',
		]),
		name,
		exists: z.boolean(),
	}),
	/** A Service of this type selects Pods and has at least one ready endpoint. */
	z.strictObject({
		kind: z.literal('serviceExposes'),
		name,
		type: z.enum(['ClusterIP', 'NodePort', 'LoadBalancer']),
		port: z.number().int().min(1).max(65535).optional(),
	}),
	/** The object carries this label. */
	z.strictObject({ kind: z.literal('hasLabel'), resource: z.enum(['pods', 'deployments', 'services', 'nodes']), name, key: name, value: z.string() }),
	/** The node is cordoned (or not), runs no Pods besides DaemonSet ones when `drained`, and was cordoned then uncordoned (its Node events) when `reopened`. */
	z.strictObject({ kind: z.literal('nodeSchedulable'), name, schedulable: z.boolean(), drained: z.boolean().optional(), reopened: z.boolean().optional() }),
	/** StatefulSet ready replicas. */
	z.strictObject({ kind: z.literal('statefulSetReadyReplicas'), name, replicas: z.number().int().min(0) }),
	/** A container of the Deployment's template requests this CPU and memory (quantity strings as written). */
	z.strictObject({ kind: z.literal('deploymentRequests'), name, cpu: name, memory: name }),
	/** RBAC lets this user do the verb on the resource in the namespace (or not). */
	z.strictObject({ kind: z.literal('canI'), user: name, verb: name, resource: name, namespace: name, allowed: z.boolean() }),
	/** An Event with this reason was recorded for the object (`kubectl get events`), e.g. the kubelet's Killing when a Pod was deleted. */
	z.strictObject({ kind: z.literal('eventRecorded'), object: name, reason: name }),
	/** The ConfigMap in `default` holds this value under the key. */
	z.strictObject({ kind: z.literal('configMapData'), name, key: name, value: z.string() }),
	/** The Secret in `default` holds this (decoded) value under the key. */
	z.strictObject({ kind: z.literal('secretData'), name, key: name, value: z.string() }),
	/** The Deployment was restarted (`kubectl.kubernetes.io/restartedAt` on its template) and the rollout finished. */
	z.strictObject({ kind: z.literal('deploymentRestarted'), name }),
	/** The PersistentVolumeClaim is Bound to a provisioned volume (and mounted by this running Pod when `usedBy`). */
	z.strictObject({ kind: z.literal('claimBound'), name, usedBy: name.optional() }),
	/** The Job finished: `completions` Pods succeeded (Complete). */
	z.strictObject({ kind: z.literal('jobComplete'), name, completions: z.number().int().min(1).optional() }),
	/** A Job the CronJob created completed (status.lastSuccessfulTime is set). */
	z.strictObject({ kind: z.literal('cronJobSucceeded'), name }),
	/** Every one of these checks holds. */
	z.strictObject({ kind: z.literal('all'), checks: z.array(z.lazy(() => taskCheckSchema)).min(1) }),
]);

/** Lab task checks: data in content/labs, evaluated on cluster state only (never on the command typed). */
export type TaskCheck =
	| { kind: 'deploymentReadyReplicas'; name: string; replicas: number }
	| { kind: 'deploymentImage'; name: string; image: string }
	| { kind: 'deploymentTemplateOfRevision'; name: string; image: string; minRevision: number }
	| { kind: 'deploymentPaused'; name: string; paused: boolean }
	| {
			kind: 'objectExists';
			resource:
				| 'pods'
				| 'deployments'
				| 'services'
				| 'statefulsets'
				| 'daemonsets'
				| 'replicasets'
				| 'namespaces'
				| 'persistentvolumeclaims'
				| 'configmaps'
				| 'secrets'
				| 'jobs'
				| 'cronjobs';
			name: string;
			exists: boolean;
	  }
	| { kind: 'serviceExposes'; name: string; type: 'ClusterIP' | 'NodePort' | 'LoadBalancer'; port?: number | undefined }
	| { kind: 'hasLabel'; resource: 'pods' | 'deployments' | 'services' | 'nodes'; name: string; key: string; value: string }
	| { kind: 'nodeSchedulable'; name: string; schedulable: boolean; drained?: boolean | undefined; reopened?: boolean | undefined }
	| { kind: 'statefulSetReadyReplicas'; name: string; replicas: number }
	| { kind: 'deploymentRequests'; name: string; cpu: string; memory: string }
	| { kind: 'canI'; user: string; verb: string; resource: string; namespace: string; allowed: boolean }
	| { kind: 'eventRecorded'; object: string; reason: string }
	| { kind: 'configMapData'; name: string; key: string; value: string }
	| { kind: 'secretData'; name: string; key: string; value: string }
	| { kind: 'deploymentRestarted'; name: string }
	| { kind: 'claimBound'; name: string; usedBy?: string | undefined }
	| { kind: 'jobComplete'; name: string; completions?: number | undefined }
	| { kind: 'cronJobSucceeded'; name: string }
	| { kind: 'all'; checks: TaskCheck[] };

/** One task of a lab; a bad check is reported with the task id (so a build error names file, task and reason). */
export const labTaskSchema = z
	.strictObject({
		/** Stable kebab-case id; stored progress refers to it. */
		id: kebab,
		title: z.string().min(1),
		hint: z.string().min(1),
		/** Commands that solve the task from the lab's scenario (after the earlier tasks' solutions); a unit test runs them. */
		solution: z.array(z.string().regex(/^kubectl /, 'each solution line is a kubectl command')).min(1),
		/** Files the solution applies (name -> YAML text), written into the lab editor before it runs. */
		files: z.record(z.string(), z.string()).optional(),
		check: z.unknown(),
	})
	.superRefine((task, ctx) => {
		const result = taskCheckSchema.safeParse(task.check);
		if (result.success) return;
		for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: ['check', ...issue.path], message: `task ${task.id}: ${issue.message}` });
	})
	.transform((task) => task as Omit<typeof task, 'check'> & { check: TaskCheck });

/** A lab file: the scenario it starts from and 3-6 tasks with unique ids. */
export const labFileSchema = z
	.strictObject({
		scenario: z.enum(['empty', 'nginx-deployment', 'nginx-service', 'controllers', 'resources', 'rbac']),
		tasks: z.array(labTaskSchema).min(3).max(6),
	})
	.superRefine((lab, ctx) => {
		const seen = new Set<string>();
		lab.tasks.forEach((t, i) => {
			if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: ['tasks', i, 'id'], message: `task ${t.id}: duplicate task id` });
			seen.add(t.id);
		});
	});

/** A parsed lab file. */
export type LabFile = z.infer<typeof labFileSchema>;
