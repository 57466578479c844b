/**
 * Jobs and CronJobs in the lab: `create job|cronjob`, `get` rows with the columns of printers.go
 * (Jobs: NAME STATUS COMPLETIONS DURATION AGE; CronJobs: NAME SCHEDULE TIMEZONE SUSPEND ACTIVE
 * LAST SCHEDULE AGE), `-o yaml` objects and `describe job`. The controllers are the sim's
 * (src/sim/core/jobs.ts).
 */
import { formatAge, listCronJobs, listJobs, type Cluster, type CronJob, type Job, type Manifest, type YamlValue } from '../sim/index.ts';
import { apply, done, fail, usageError, type CommandContext, type RunResult } from './engine.ts';
import { timestamp, type LabObject } from './objects.ts';
import type { LabState } from './state.ts';

/** Jobs or CronJobs as lab objects. */
export function listBatchObjects(state: LabState, type: 'jobs' | 'cronjobs'): LabObject[] {
	const items: readonly (Job | CronJob)[] = type === 'jobs' ? listJobs(state.cluster) : listCronJobs(state.cluster);
	return items
		.map((x) => ({ type, name: x.name, namespace: 'default', labels: x.labels, createdAt: x.createdAt, value: x }))
		.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Job STATUS as printers.go derives it from the conditions. */
export function jobStatus(job: Job): string {
	return job.status.completionTime !== undefined ? 'Complete' : 'Running';
}

const activeJobs = (cluster: Cluster, cj: CronJob): Job[] => listJobs(cluster).filter((j) => j.owner?.uid === cj.uid && j.status.completionTime === undefined);

/** `get jobs|cronjobs` rows. */
export function batchTable(
	cluster: Cluster,
	type: 'jobs' | 'cronjobs',
	objects: readonly LabObject[],
	wide: boolean,
	name: (o: LabObject) => string,
): { columns: string[]; rows: string[][] } {
	const now = cluster.time;
	const age = (o: LabObject): string => formatAge(now - o.createdAt);
	const containers = (spec: Job['spec']): string[] => [
		spec.template.spec.containers.map((c) => c.name).join(','),
		spec.template.spec.containers.map((c) => c.image).join(','),
	];
	if (type === 'jobs') {
		return {
			columns: ['NAME', 'STATUS', 'COMPLETIONS', 'DURATION', 'AGE', ...(wide ? ['CONTAINERS', 'IMAGES', 'SELECTOR'] : [])],
			rows: objects.map((o) => {
				const j = o.value as Job;
				const start = j.status.startTime;
				const duration = start === undefined ? '' : formatAge((j.status.completionTime ?? now) - start);
				return [
					name(o),
					jobStatus(j),
					`${j.status.succeeded}/${j.spec.completions}`,
					duration,
					age(o),
					...(wide ? [...containers(j.spec), `batch.kubernetes.io/controller-uid=${j.uid}`] : []),
				];
			}),
		};
	}
	return {
		columns: ['NAME', 'SCHEDULE', 'TIMEZONE', 'SUSPEND', 'ACTIVE', 'LAST SCHEDULE', 'AGE', ...(wide ? ['CONTAINERS', 'IMAGES', 'SELECTOR'] : [])],
		rows: objects.map((o) => {
			const cj = o.value as CronJob;
			const last = cj.status.lastScheduleTime === undefined ? '<none>' : formatAge(now - cj.status.lastScheduleTime);
			return [
				name(o),
				cj.spec.schedule,
				cj.spec.timeZone ?? '<none>',
				cj.spec.suspend ? 'True' : 'False',
				String(activeJobs(cluster, cj).length),
				last,
				age(o),
				...(wide ? [...containers(cj.spec.jobTemplate.spec), '<none>'] : []),
			];
		}),
	};
}

function jobSpecObject(spec: Job['spec']): Record<string, YamlValue> {
	return {
		backoffLimit: spec.backoffLimit,
		completions: spec.completions,
		parallelism: spec.parallelism,
		template: JSON.parse(JSON.stringify({ metadata: spec.template.metadata, spec: spec.template.spec })) as YamlValue,
	};
}

/** The API object `-o yaml|json` prints. */
export function batchApiObject(o: LabObject): Record<string, YamlValue> {
	const v = o.value as Job | CronJob;
	const metadata: Record<string, YamlValue> = { creationTimestamp: timestamp(v.createdAt), name: v.name, namespace: 'default', uid: v.uid };
	if (Object.keys(v.labels).length) metadata['labels'] = { ...v.labels };
	if (o.type === 'jobs') {
		const j = v as Job;
		if (j.owner)
			metadata['ownerReferences'] = [
				{ apiVersion: 'batch/v1', blockOwnerDeletion: true, controller: true, kind: 'CronJob', name: j.owner.name, uid: j.owner.uid },
			];
		const status: Record<string, YamlValue> = {};
		if (j.status.active) status['active'] = j.status.active;
		if (j.status.completionTime !== undefined) status['completionTime'] = timestamp(j.status.completionTime);
		if (j.status.completionTime !== undefined)
			status['conditions'] = [{ lastTransitionTime: timestamp(j.status.completionTime), status: 'True', type: 'Complete' }];
		status['ready'] = j.status.ready;
		if (j.status.startTime !== undefined) status['startTime'] = timestamp(j.status.startTime);
		if (j.status.succeeded) status['succeeded'] = j.status.succeeded;
		return { apiVersion: 'batch/v1', kind: 'Job', metadata, spec: jobSpecObject(j.spec), status };
	}
	const cj = v as CronJob;
	const status: Record<string, YamlValue> = {};
	if (cj.status.lastScheduleTime !== undefined) status['lastScheduleTime'] = timestamp(cj.status.lastScheduleTime);
	if (cj.status.lastSuccessfulTime !== undefined) status['lastSuccessfulTime'] = timestamp(cj.status.lastSuccessfulTime);
	return {
		apiVersion: 'batch/v1',
		kind: 'CronJob',
		metadata,
		spec: {
			concurrencyPolicy: cj.spec.concurrencyPolicy,
			failedJobsHistoryLimit: cj.spec.failedJobsHistoryLimit,
			jobTemplate: { metadata: { creationTimestamp: null }, spec: jobSpecObject(cj.spec.jobTemplate.spec) },
			schedule: cj.spec.schedule,
			successfulJobsHistoryLimit: cj.spec.successfulJobsHistoryLimit,
			suspend: cj.spec.suspend,
			...(cj.spec.timeZone ? { timeZone: cj.spec.timeZone } : {}),
		},
		status,
	};
}

/** `kubectl describe job` (describe.go's JobDescriber, fewer fields). */
export function describeJob(state: LabState, o: LabObject, events: string): string {
	const j = o.value as Job;
	const pods = state.cluster.pods.filter((p) => p.owner?.uid === j.uid);
	const active = pods.filter((p) => p.phase !== 'Succeeded' && p.phase !== 'Failed').length;
	const ready = pods.filter((p) => p.ready).length;
	const lines = [
		`Name:             ${j.name}`,
		'Namespace:        default',
		`Selector:         batch.kubernetes.io/controller-uid=${j.uid}`,
		`Labels:           batch.kubernetes.io/controller-uid=${j.uid}`,
		`                  batch.kubernetes.io/job-name=${j.name}`,
		'Annotations:      <none>',
		...(j.owner ? [`Controlled By:    CronJob/${j.owner.name}`] : []),
		`Parallelism:      ${j.spec.parallelism}`,
		`Completions:      ${j.spec.completions}`,
		'Completion Mode:  NonIndexed',
		'Suspend:          false',
		`Backoff Limit:    ${j.spec.backoffLimit}`,
		...(j.status.startTime !== undefined ? [`Start Time:       ${new Date(timestamp(j.status.startTime)).toUTCString().replace('GMT', '+0000')}`] : []),
		...(j.status.completionTime !== undefined
			? [
					`Completed At:     ${new Date(timestamp(j.status.completionTime)).toUTCString().replace('GMT', '+0000')}`,
					`Duration:         ${formatAge(j.status.completionTime - (j.status.startTime ?? j.status.completionTime))}`,
				]
			: []),
		`Pods Statuses:    ${active} Active (${ready} Ready) / ${j.status.succeeded} Succeeded / ${j.status.failed} Failed`,
		'Pod Template:',
		`  Labels:  batch.kubernetes.io/controller-uid=${j.uid}`,
		`           batch.kubernetes.io/job-name=${j.name}`,
		'  Containers:',
		...j.spec.template.spec.containers.flatMap((c) => [`   ${c.name}:`, `    Image:         ${c.image}`]),
		events,
	];
	return lines.join('\n');
}

function jobManifest(name: string, image: string, command: readonly string[], restartPolicy: 'Never' | 'OnFailure'): Record<string, unknown> {
	// kubectl create job/cronjob names the container after the object (create_job.go, create_cronjob.go).
	return { template: { metadata: {}, spec: { containers: [{ name, image, ...(command.length ? { command: [...command] } : {}) }], restartPolicy } } };
}

/** `kubectl create job NAME --image=IMAGE [-- COMMAND...]` or `--from=cronjob/NAME`. */
export function runCreateJob(ctx: CommandContext): RunResult {
	const [name, ...command] = ctx.args;
	if (name === undefined) return fail(ctx.state, usageError(ctx, 'NAME is required'));
	const from = ctx.flags['from'];
	const image = ctx.flags['image'];
	if (ctx.namespace !== 'default')
		return fail(ctx.state, `error: this practice lab simulates workloads in the "default" namespace only; "${ctx.namespace}" holds no simulated workloads`);
	let spec: Record<string, unknown>;
	if (typeof from === 'string') {
		const [kind, source] = from.split('/') as [string, string?];
		if (!['cronjob', 'cronjobs', 'cj', 'cronjob.batch'].includes(kind) || !source)
			return fail(ctx.state, `error: from must be an existing cronjob: ${from}`);
		const cj = listCronJobs(ctx.state.cluster).find((c) => c.name === source);
		if (!cj) return fail(ctx.state, `error: failed to retrieve cronjob: cronjobs.batch "${source}" not found`);
		spec = JSON.parse(JSON.stringify(cj.spec.jobTemplate.spec)) as Record<string, unknown>;
	} else if (typeof image === 'string' && image !== '') spec = jobManifest(name, image, command, 'Never');
	else return fail(ctx.state, usageError(ctx, 'either --image or --from must be specified'));
	if (listJobs(ctx.state.cluster).some((j) => j.name === name)) return fail(ctx.state, `error: failed to create job: jobs.batch "${name}" already exists`);
	const manifest = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name }, spec };
	const r = apply(ctx.state, { type: 'applyBatch', manifest });
	return r.exitCode === 0 ? done(r.state, `job.batch/${name} created`) : r;
}

/** `kubectl create cronjob NAME --image=IMAGE --schedule='*\/1 * * * *' [--restart=OnFailure|Never] [-- COMMAND...]`. */
export function runCreateCronJob(ctx: CommandContext): RunResult {
	const [name, ...command] = ctx.args;
	if (name === undefined) return fail(ctx.state, usageError(ctx, 'NAME is required'));
	const image = ctx.flags['image'];
	const schedule = ctx.flags['schedule'];
	if (typeof image !== 'string' || image === '') return fail(ctx.state, usageError(ctx, 'required flag(s) "image" not set'));
	if (typeof schedule !== 'string' || schedule === '') return fail(ctx.state, usageError(ctx, 'required flag(s) "schedule" not set'));
	const restart = ctx.flags['restart'] ?? 'OnFailure';
	if (restart !== 'OnFailure' && restart !== 'Never') return fail(ctx.state, `error: restart policy must be one of OnFailure, Never`);
	if (ctx.namespace !== 'default')
		return fail(ctx.state, `error: this practice lab simulates workloads in the "default" namespace only; "${ctx.namespace}" holds no simulated workloads`);
	if (listCronJobs(ctx.state.cluster).some((j) => j.name === name))
		return fail(ctx.state, `error: failed to create cronjob: cronjobs.batch "${name}" already exists`);
	const manifest = {
		apiVersion: 'batch/v1',
		kind: 'CronJob',
		metadata: { name },
		spec: { schedule, jobTemplate: { metadata: { name }, spec: jobManifest(name, image, command, restart) } },
	};
	const r = apply(ctx.state, { type: 'applyBatch', manifest });
	return r.exitCode === 0 ? done(r.state, `cronjob.batch/${name} created`) : r;
}

/** Manifest type guard for apply (Job and CronJob go to the sim's batch actions). */
export function isBatchKind(kind: unknown): kind is 'Job' | 'CronJob' {
	return kind === 'Job' || kind === 'CronJob';
}

export type { Manifest };
