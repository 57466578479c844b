import { fmt } from './format';
import type { RolloutSimulatorStrings } from './rollout-simulator';

/** English strings of the RolloutSimulator widget: the Korean table's keys and shapes, checked by tsc. Only English pages' islands import this module. */
export const en: RolloutSimulatorStrings = {
	caption:
		'Rolling update simulator: choose replicas, maxSurge and maxUnavailable, change the image and watch Pods move from the old ReplicaSet to the new one within the bounds. You can also try a stuck rollout with a bad image and roll back.',
	settingsLegend: 'Deployment settings (nginx-deployment)',
	replicasLabel: 'replicas',
	maxSurgeLabel: 'maxSurge',
	maxUnavailableLabel: 'maxUnavailable',
	knobHint: 'A number (e.g. 1) or a percentage (e.g. 25%)',
	suggestions: 'Common values',
	apply: 'Apply (kubectl apply)',
	pendingChanges: 'Apply to use the changed settings.',
	appliedSettings: (replicas: number, surge: string, unavailable: string) =>
		`Applied: replicas ${replicas}, maxSurge ${surge}, maxUnavailable ${unavailable}`,
	boundsHeading: 'Bounds for these values',
	surgeLine: (written: string, replicas: number, exact: number, value: number, rounding: 'up' | 'down' | 'none') =>
		rounding === 'none'
			? `maxSurge ${written} → ${value} extra Pod${value === 1 ? '' : 's'}`
			: `maxSurge ${written} × ${replicas} = ${fmt(exact)} → round up → ${value} extra Pod${value === 1 ? '' : 's'}`,
	unavailableLine: (written: string, replicas: number, exact: number, value: number, rounding: 'up' | 'down' | 'none') =>
		rounding === 'none'
			? `maxUnavailable ${written} → up to ${value} Pod${value === 1 ? '' : 's'} short`
			: `maxUnavailable ${written} × ${replicas} = ${fmt(exact)} → round down → up to ${value} Pod${value === 1 ? '' : 's'} short`,
	forcedToOne: 'Both came out as 0, which would let the rollout make no progress, so the controller raises maxUnavailable to 1.',
	cappedAtReplicas: (replicas: number) => `maxUnavailable cannot exceed replicas (${replicas}), so it is capped at ${replicas}.`,
	boundsSummary: (max: number, min: number) => `During an update: at most ${max} Pods, at least ${min} available.`,
	rejected: 'The API server rejects these values:',
	actionsLabel: 'Rollout controls',
	imageLabel: 'New image',
	imageTypo: 'typo, no such tag',
	currentImage: (image: string, revision: number) => (revision > 0 ? `Current template: ${image} (revision ${revision})` : `Current template: ${image}`),
	setImage: 'Change image (kubectl set image)',
	undo: 'Roll back (kubectl rollout undo)',
	play: 'Play',
	pause: 'Pause',
	step: 'One tick (+10 s)',
	fastForward: 'Fast-forward',
	fastForwardHint: 'Runs until the rollout finishes or passes its progress deadline, at most 15 minutes at once.',
	reset: 'Start over',
	clock: (seconds: number) => `Simulated time ${seconds} s`,
	oldLane: 'Old ReplicaSet',
	newLane: 'New ReplicaSet',
	noOldReplicaSet: 'None yet. Change the image and the current ReplicaSet becomes the old one.',
	noNewReplicaSet: 'The controller creates it from the new template on the next tick.',
	noPods: '0 Pods (kept for rollbacks)',
	replicaSetMeta: (revision: number, image: string, desired: number) => `revision ${revision} · ${image} · desired ${desired}`,
	podsOf: (name: string) => `Pods of ${name}`,
	statsLabel: 'Pod counts now, against the bounds',
	statTotal: 'Pods',
	statAvailable: 'Available',
	statNew: 'New',
	statOld: 'Old',
	statMax: (max: number) => `max ${max}`,
	statMin: (min: number) => `min ${min}`,
	terminatingNote: (n: number) => `${n} terminating Pod${n === 1 ? ' is' : 's are'} not counted.`,
	conditionsLabel: 'Deployment conditions',
	phaseComplete: (revision: number) => `Rollout complete: every Pod is on the new ReplicaSet, revision ${revision}.`,
	phaseProgressing: 'Rollout in progress.',
	phaseWaiting: (seconds: number, deadline: number) => `${seconds} s without progress (progress deadline ${deadline} s).`,
	phaseStalled:
		'The progress deadline has passed. Kubernetes only reports it in a condition and does not roll back by itself; the old Pods keep serving. Roll back with kubectl rollout undo.',
	phasePaused: 'Paused.',
	logLabel: 'Ticks where the Pod counts changed',
	logTime: 'Time (s)',
	logNew: 'New',
	logOld: 'Old',
	logTotal: 'Total',
	logAvailable: 'Available',
	terminalLabel: 'Commands run and their output',
	historyLabel: 'kubectl rollout history output',
	historyTitle: 'Revision history',
	counts: (newPods: number, oldPods: number, available: number, min: number, max: number) =>
		`new ${newPods}, old ${oldPods}, available ${available} (min ${min}, max ${max})`,
	firstDeploy: 'first deploy of nginx 1.14.2',
	changeCause: (image: string) => `update to ${image}`,
	announceRejected: (message: string) => `Rejected: ${message}`,
	announceReset: 'Back to the starting state.',
	sameImage: (image: string) => `${image} is already the template's image. Choose another one.`,
};
