/**
 * Jobs and CronJobs (https://kubernetes.io/docs/concepts/workloads/controllers/job/,
 * https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/). The Job controller keeps
 * up to `parallelism` Pods running until `completions` Pods succeeded; the CronJob controller
 * creates a Job `<cronjob>-<scheduled minutes since the Unix epoch>` when the clock passes a
 * schedule time (pkg/controller/cronjob/utils.go getJobName) and keeps the newest 3 successful
 * Jobs. Model: a Job's container runs JOB_POD_RUN_SECONDS and exits 0, so Pods always succeed
 * and `backoffLimit` is stored and shown but never reached.
 */
import { createUid, recordEvent, type Draft, type StepContext } from './draft.ts';
import { normalizeTemplate } from './normalize.ts';
import { createPod, deletePodGracefully } from './pod-factory.ts';
import type { CommandResult, FieldError, Labels, PodTemplate } from './types.ts';
import { formatInvalidObject, validateSubdomainName } from './validate-common.ts';
import { validatePodSpec } from './validate-pod.ts';

/** How long a Job's container runs before it exits 0 (simulated seconds). */
export const JOB_POD_RUN_SECONDS = 10;

/** Wall-clock time of simulated second 0 (the lab prints creationTimestamp from it; cron schedules use it). */
export const CLUSTER_EPOCH_MS = Date.UTC(2026, 0, 5, 9, 0, 0);

/** The parts of a Job spec the model uses (batch/v1 defaults: completions 1, parallelism 1, backoffLimit 6). */
export interface JobSpec {
	readonly completions: number;
	readonly parallelism: number;
	readonly backoffLimit: number;
	readonly template: PodTemplate;
}

/** A Job. */
export interface Job {
	readonly name: string;
	readonly uid: string;
	readonly createdAt: number;
	readonly labels: Labels;
	readonly owner?: { readonly kind: 'CronJob'; readonly name: string; readonly uid: string };
	readonly spec: JobSpec;
	readonly status: {
		readonly active: number;
		readonly ready: number;
		readonly succeeded: number;
		readonly failed: number;
		readonly startTime?: number;
		readonly completionTime?: number;
	};
	readonly deleting?: boolean;
}

/** A CronJob. */
export interface CronJob {
	readonly name: string;
	readonly uid: string;
	readonly createdAt: number;
	readonly labels: Labels;
	readonly spec: {
		readonly schedule: string;
		readonly timeZone?: string;
		readonly suspend: boolean;
		readonly concurrencyPolicy: 'Allow' | 'Forbid' | 'Replace';
		readonly successfulJobsHistoryLimit: number;
		readonly failedJobsHistoryLimit: number;
		readonly jobTemplate: { readonly spec: JobSpec };
	};
	readonly status: { readonly lastScheduleTime?: number; readonly lastSuccessfulTime?: number };
}

const MACROS: Readonly<Record<string, string>> = {
	'@yearly': '0 0 1 1 *',
	'@annually': '0 0 1 1 *',
	'@monthly': '0 0 1 * *',
	'@weekly': '0 0 * * 0',
	'@daily': '0 0 * * *',
	'@midnight': '0 0 * * *',
	'@hourly': '0 * * * *',
};
const RANGES: readonly (readonly [number, number])[] = [
	[0, 59],
	[0, 23],
	[1, 31],
	[1, 12],
	[0, 6],
];

/** Parse a standard 5-field cron schedule (robfig/cron as the CronJob controller uses it) into allowed values per field, or an error. */
export function parseCronSchedule(schedule: string): readonly (readonly number[])[] | string {
	const text = MACROS[schedule.trim()] ?? schedule.trim();
	const fields = text.split(/\s+/).filter((f) => f !== '');
	if (fields.length !== 5) return `expected exactly 5 fields, found ${fields.length}: ${schedule}`;
	const out: number[][] = [];
	for (const [i, field] of fields.entries()) {
		const [lo, hi] = RANGES[i]!;
		const values = new Set<number>();
		for (const part of field.split(',')) {
			const m = /^(\*|\d+(?:-\d+)?)(?:\/(\d+))?$/.exec(part);
			if (!m) return `failed to parse int from ${part}: strconv.Atoi: parsing "${part}": invalid syntax`;
			const stepBy = m[2] === undefined ? 1 : Number(m[2]);
			const [from, upTo] = m[1] === '*' ? [lo, hi] : (m[1]!.split('-').map(Number) as [number, number?]);
			const to = upTo ?? (m[2] === undefined ? from : hi);
			// robfig/cron v3 parser.go getRange: the messages the API server returns for a bad schedule.
			if (from < lo) return `beginning of range (${from}) below minimum (${lo}): ${part}`;
			if (to > hi) return `end of range (${to}) above maximum (${hi}): ${part}`;
			if (from > to) return `beginning of range (${from}) beyond end of range (${to}): ${part}`;
			if (stepBy < 1) return `step of range should be a positive number: ${part}`;
			for (let v = from; v <= to; v += stepBy) values.add(v);
		}
		out.push([...values]);
	}
	return out;
}

function matchesMinute(fields: readonly (readonly number[])[], ms: number): boolean {
	const d = new Date(ms);
	const dom = fields[2]!.length < 31 ? fields[2]!.includes(d.getUTCDate()) : true;
	const dow = fields[4]!.length < 7 ? fields[4]!.includes(d.getUTCDay()) : true;
	// Like cron: when both day fields are restricted, either may match.
	const day = fields[2]!.length < 31 && fields[4]!.length < 7 ? fields[2]!.includes(d.getUTCDate()) || fields[4]!.includes(d.getUTCDay()) : dom && dow;
	return fields[0]!.includes(d.getUTCMinutes()) && fields[1]!.includes(d.getUTCHours()) && fields[3]!.includes(d.getUTCMonth() + 1) && day;
}

/** The latest schedule time in (after, upTo] in simulated seconds, or undefined (checks at most one week of minutes). */
export function latestScheduleTime(schedule: string, after: number, upTo: number): number | undefined {
	const fields = parseCronSchedule(schedule);
	if (typeof fields === 'string') return undefined;
	const toMs = (s: number): number => CLUSTER_EPOCH_MS + s * 1000;
	let minute = Math.floor(toMs(upTo) / 60000) * 60000;
	const floor = Math.max(toMs(after), minute - 7 * 24 * 3600 * 1000);
	for (; minute > floor; minute -= 60000) if (matchesMinute(fields, minute)) return (minute - CLUSTER_EPOCH_MS) / 1000;
	return undefined;
}

function num(value: unknown, fallback: number): number {
	return typeof value === 'number' ? value : fallback;
}

function invalidInt(value: unknown, field: string, min: number): FieldError[] {
	if (value === undefined) return [];
	if (typeof value !== 'number' || !Number.isInteger(value)) return [{ field, type: 'Invalid', value: String(value), detail: 'must be an integer' }];
	return value < min ? [{ field, type: 'Invalid', value: String(value), detail: `must be greater than or equal to ${min}` }] : [];
}

function jobSpecErrors(spec: Record<string, unknown> | undefined, field: string): FieldError[] {
	if (!spec) return [{ field, type: 'Required', detail: '' }];
	const template = spec['template'] as { spec?: Record<string, unknown> } | undefined;
	const errors = [
		...invalidInt(spec['completions'], `${field}.completions`, 0),
		...invalidInt(spec['parallelism'], `${field}.parallelism`, 0),
		...invalidInt(spec['backoffLimit'], `${field}.backoffLimit`, 0),
	];
	errors.push(...validatePodSpec(template?.spec, `${field}.template.spec`, false));
	const restart = template?.spec?.['restartPolicy'];
	if (restart !== 'Never' && restart !== 'OnFailure')
		errors.push({ field: `${field}.template.spec.restartPolicy`, type: 'Required', detail: 'valid values: "OnFailure", "Never"' });
	return errors;
}

function toJobSpec(spec: Record<string, unknown>): JobSpec {
	return {
		completions: num(spec['completions'], 1),
		parallelism: num(spec['parallelism'], 1),
		backoffLimit: num(spec['backoffLimit'], 6),
		template: normalizeTemplate(spec['template'] as never),
	};
}

/** `kubectl apply -f` / `create` of a Job or CronJob manifest. Job and CronJob templates are immutable here once created. */
export function applyBatch(ctx: StepContext, input: unknown): CommandResult {
	const m = (input ?? {}) as { kind?: string; metadata?: { name?: unknown; labels?: Labels }; spec?: Record<string, unknown> };
	const kind = m.kind === 'CronJob' ? 'CronJob' : 'Job';
	const name = typeof m.metadata?.name === 'string' ? m.metadata.name : '';
	const errors = validateSubdomainName(m.metadata?.name, 'metadata.name');
	if (kind === 'Job') errors.push(...jobSpecErrors(m.spec, 'spec'));
	else {
		const schedule = m.spec?.['schedule'];
		if (typeof schedule !== 'string' || schedule === '') errors.push({ field: 'spec.schedule', type: 'Required', detail: '' });
		else {
			const parsed = parseCronSchedule(schedule);
			if (typeof parsed === 'string') errors.push({ field: 'spec.schedule', type: 'Invalid', value: `"${schedule}"`, detail: parsed });
		}
		const jt = m.spec?.['jobTemplate'] as { spec?: Record<string, unknown> } | undefined;
		errors.push(...jobSpecErrors(jt?.spec, 'spec.jobTemplate.spec'));
	}
	if (errors.length > 0) return { ok: false, output: formatInvalidObject(kind, name, errors), errors };
	const c = ctx.c as Draft<{ jobs?: Job[]; cronJobs?: CronJob[] }>;
	const list = (kind === 'Job' ? (c.jobs ??= []) : (c.cronJobs ??= [])) as { name: string }[];
	const ref = `${kind.toLowerCase()}.batch/${name}`;
	if (list.some((x) => x.name === name)) return { ok: true, output: `${ref} unchanged` };
	const labels = { ...(m.metadata?.labels ?? {}) };
	const spec = m.spec!;
	if (kind === 'Job')
		c.jobs!.push({
			name,
			uid: createUid(ctx),
			createdAt: ctx.c.time,
			labels,
			spec: toJobSpec(spec) as Draft<JobSpec>,
			status: { active: 0, ready: 0, succeeded: 0, failed: 0 },
		});
	else {
		const jt = (spec['jobTemplate'] as { spec: Record<string, unknown> }).spec;
		c.cronJobs!.push({
			name,
			uid: createUid(ctx),
			createdAt: ctx.c.time,
			labels,
			spec: {
				schedule: String(spec['schedule']),
				...(typeof spec['timeZone'] === 'string' ? { timeZone: spec['timeZone'] } : {}),
				suspend: spec['suspend'] === true,
				concurrencyPolicy: spec['concurrencyPolicy'] === 'Forbid' || spec['concurrencyPolicy'] === 'Replace' ? spec['concurrencyPolicy'] : 'Allow',
				successfulJobsHistoryLimit: num(spec['successfulJobsHistoryLimit'], 3),
				failedJobsHistoryLimit: num(spec['failedJobsHistoryLimit'], 1),
				jobTemplate: { spec: toJobSpec(jt) as Draft<JobSpec> },
			},
			status: {},
		});
	}
	return { ok: true, output: `${ref} created` };
}

/** `kubectl delete job|cronjob NAME`: the Job's Pods (and a CronJob's Jobs) follow through the garbage collector. */
export function deleteBatch(ctx: StepContext, kind: 'Job' | 'CronJob', name: string): CommandResult {
	const c = ctx.c as Draft<{ jobs?: Job[]; cronJobs?: CronJob[] }>;
	const list = (kind === 'Job' ? c.jobs : c.cronJobs) ?? [];
	const index = list.findIndex((x) => x.name === name);
	if (index < 0) return { ok: false, output: `Error from server (NotFound): ${kind === 'Job' ? 'jobs' : 'cronjobs'}.batch "${name}" not found`, errors: [] };
	list.splice(index, 1);
	runJobGarbageCollector(ctx);
	return { ok: true, output: `${kind.toLowerCase()}.batch "${name}" deleted` };
}

/** Pods of a deleted Job and Jobs of a deleted CronJob go (background cascading deletion). */
function runJobGarbageCollector(ctx: StepContext): void {
	const c = ctx.c as Draft<{ jobs?: Job[]; cronJobs?: CronJob[] }>;
	const cronUids = new Set((c.cronJobs ?? []).map((x) => x.uid));
	if (c.jobs) for (const job of [...c.jobs]) if (job.owner && !cronUids.has(job.owner.uid)) c.jobs.splice(c.jobs.indexOf(job), 1);
	const jobUids = new Set((c.jobs ?? []).map((x) => x.uid));
	for (const pod of [...ctx.c.pods]) if (pod.owner?.kind === 'Job' && !jobUids.has(pod.owner.uid) && !pod.deleting) deletePodGracefully(ctx, pod);
}

/** One round of the Job and CronJob controllers. */
export function runJobControllers(ctx: StepContext): void {
	const c = ctx.c as Draft<{ jobs?: Job[]; cronJobs?: CronJob[] }>;
	if (!c.jobs && !c.cronJobs) return;
	runJobGarbageCollector(ctx);
	for (const cj of c.cronJobs ?? []) runCronJob(ctx, cj);
	for (const job of c.jobs ?? []) runJob(ctx, job);
}

function runJob(ctx: StepContext, job: Draft<Job>): void {
	const pods = ctx.c.pods.filter((p) => p.owner?.uid === job.uid);
	const succeeded = pods.filter((p) => p.phase === 'Succeeded').length;
	const active = pods.filter((p) => p.phase !== 'Succeeded' && p.phase !== 'Failed' && !p.deleting);
	const status = job.status;
	if (status.completionTime !== undefined) return;
	if (succeeded >= job.spec.completions) {
		Object.assign(status, { succeeded, active: 0, ready: 0, completionTime: ctx.c.time });
		recordEvent(ctx, 'Normal', 'Completed', `job/${job.name}`, 'Job completed');
		return;
	}
	status.startTime ??= ctx.c.time;
	const want = Math.min(job.spec.parallelism, job.spec.completions - succeeded) - active.length;
	for (let i = 0; i < want; i++) {
		const labels = {
			'batch.kubernetes.io/controller-uid': job.uid,
			'batch.kubernetes.io/job-name': job.name,
			'controller-uid': job.uid,
			'job-name': job.name,
		};
		const name = `${job.name}-${ctx.rng.suffix(5)}`;
		const pod = createPod(ctx, { name, template: job.spec.template, owner: { kind: 'Job', name: job.name, uid: job.uid }, extraLabels: labels });
		pod.runSeconds = JOB_POD_RUN_SECONDS;
		recordEvent(ctx, 'Normal', 'SuccessfulCreate', `job/${job.name}`, `Created pod: ${name}`);
	}
	Object.assign(status, { succeeded, active: Math.max(active.length, active.length + Math.max(want, 0)), ready: active.filter((p) => p.ready).length });
}

function runCronJob(ctx: StepContext, cj: Draft<CronJob>): void {
	const c = ctx.c as Draft<{ jobs?: Job[] }>;
	const jobs = (c.jobs ??= []);
	const mine = jobs.filter((j) => j.owner?.uid === cj.uid);
	for (const j of mine) {
		if (j.status.completionTime !== undefined && (cj.status.lastSuccessfulTime ?? -1) < j.status.completionTime) {
			cj.status.lastSuccessfulTime = j.status.completionTime;
			recordEvent(ctx, 'Normal', 'SawCompletedJob', `cronjob/${cj.name}`, `Saw completed job: ${j.name}, condition: Complete`);
		}
	}
	const done = mine.filter((j) => j.status.completionTime !== undefined).sort((a, b) => a.createdAt - b.createdAt);
	for (const old of done.slice(0, Math.max(0, done.length - cj.spec.successfulJobsHistoryLimit))) {
		jobs.splice(jobs.indexOf(old), 1);
		recordEvent(ctx, 'Normal', 'SuccessfulDelete', `cronjob/${cj.name}`, `Deleted job ${old.name}`);
	}
	if (cj.spec.suspend) return;
	const at = latestScheduleTime(cj.spec.schedule, cj.status.lastScheduleTime ?? cj.createdAt, ctx.c.time);
	if (at === undefined) return;
	const running = mine.filter((j) => j.status.completionTime === undefined && jobs.includes(j));
	cj.status.lastScheduleTime = at;
	if (cj.spec.concurrencyPolicy === 'Forbid' && running.length > 0) return;
	if (cj.spec.concurrencyPolicy === 'Replace') for (const r of running) jobs.splice(jobs.indexOf(r), 1);
	const name = `${cj.name}-${Math.floor((CLUSTER_EPOCH_MS + at * 1000) / 60000)}`;
	if (jobs.some((j) => j.name === name)) return;
	jobs.push({
		name,
		uid: createUid(ctx),
		createdAt: ctx.c.time,
		labels: {},
		owner: { kind: 'CronJob', name: cj.name, uid: cj.uid },
		spec: JSON.parse(JSON.stringify(cj.spec.jobTemplate.spec)) as Draft<JobSpec>,
		status: { active: 0, ready: 0, succeeded: 0, failed: 0 },
	});
	recordEvent(ctx, 'Normal', 'SuccessfulCreate', `cronjob/${cj.name}`, `Created job ${name}`);
	runJobGarbageCollector(ctx);
}

/** Jobs of a cluster (none until the first is created). */
export function listJobs(cluster: { readonly jobs?: readonly Job[] }): readonly Job[] {
	return cluster.jobs ?? [];
}

/** CronJobs of a cluster. */
export function listCronJobs(cluster: { readonly cronJobs?: readonly CronJob[] }): readonly CronJob[] {
	return cluster.cronJobs ?? [];
}
