/**
 * `kubectl logs`: simulated container output. The lab runs no containers, so logs are
 * generated from what the model knows (the image and the Pod's start); the README says
 * so. nginx images print the docker-entrypoint lines the official image prints at start.
 */
import { listJobs, type Pod } from '../sim/index.ts';
import { fail, done, usageError, type CommandContext, type RunResult } from './engine.ts';
import { timestamp } from './objects.ts';

function nginxLines(pod: Pod, image: string): string[] {
	const t = timestamp(pod.createdAt + 20)
		.replace('T', ' ')
		.replace('Z', '')
		.replace(/-/g, '/');
	const version = image.split(':')[1] ?? 'latest';
	return [
		'/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
		'/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
		'/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
		'/docker-entrypoint.sh: Configuration complete; ready for start up',
		`${t} [notice] 1#1: using the "epoll" event method`,
		`${t} [notice] 1#1: nginx/${version}`,
		`${t} [notice] 1#1: start worker processes`,
	];
}

/** Print (simulated) logs of a Pod's container. */
export function runLogs(ctx: CommandContext): RunResult {
	const arg = ctx.args[0];
	if (arg === undefined) return fail(ctx.state, usageError(ctx, 'expected POD or TYPE/NAME is a required argument for the logs command'));
	let podName = arg;
	if (arg.includes('/')) {
		const [type, name] = arg.split('/') as [string, string];
		if (type === 'pod' || type === 'pods' || type === 'po') podName = name;
		else if (type === 'deployment' || type === 'deploy' || type === 'deployments') {
			const pod = ctx.state.cluster.pods
				.filter((p) => p.labels['app'] !== undefined && ctx.state.cluster.replicaSets.some((rs) => rs.owner?.name === name && p.owner?.uid === rs.uid))
				.sort((a, b) => (a.name < b.name ? -1 : 1))[0];
			if (!pod)
				return fail(
					ctx.state,
					ctx.state.cluster.deployments.some((d) => d.name === name)
						? `error: timed out waiting for the condition`
						: `Error from server (NotFound): deployments.apps "${name}" not found`,
				);
			podName = pod.name;
		} else if (type === 'job' || type === 'jobs' || type === 'job.batch') {
			const job = listJobs(ctx.state.cluster).find((j) => j.name === name);
			if (!job) return fail(ctx.state, `Error from server (NotFound): jobs.batch "${name}" not found`);
			const pod = ctx.state.cluster.pods
				.filter((p) => p.owner?.uid === job.uid)
				.sort((a, b) => a.createdAt - b.createdAt || (a.name < b.name ? -1 : 1))[0];
			if (!pod) return fail(ctx.state, `error: timed out waiting for the condition`);
			podName = pod.name;
		} else return fail(ctx.state, `error: logs of ${type} are not simulated in this practice lab; use a pod name, deployment/NAME or job/NAME`);
	}
	const pod = ctx.state.cluster.pods.find((p) => p.name === podName);
	if (!pod || ctx.namespace !== 'default') return fail(ctx.state, `Error from server (NotFound): pods "${podName}" not found`);
	const containerFlag = ctx.flags['container'];
	const names = pod.spec.containers.map((c) => c.name);
	const container = typeof containerFlag === 'string' ? pod.spec.containers.find((c) => c.name === containerFlag) : pod.spec.containers[0];
	if (!container) return fail(ctx.state, `error: container ${String(containerFlag)} is not valid for pod ${pod.name}`);
	if (!pod.ready && pod.phase !== 'Succeeded') {
		const reason =
			pod.status === 'ErrImagePull' || pod.status === 'ImagePullBackOff'
				? `trying and failing to pull image`
				: pod.status === 'Pending'
					? 'waiting to be scheduled'
					: 'ContainerCreating';
		return fail(ctx.state, `Error from server (BadRequest): container "${container.name}" in pod "${pod.name}" is waiting to start: ${reason}`);
	}
	void names;
	const lines = container.image.startsWith('nginx')
		? nginxLines(pod, container.image)
		: [`(simulated) ${container.name} started from image ${container.image}; this lab runs no real containers, so there is no application output`];
	const tail = ctx.flags['tail'];
	const shown = typeof tail === 'number' && tail >= 0 ? lines.slice(Math.max(0, lines.length - tail)) : lines;
	return done(ctx.state, shown.join('\n'));
}
