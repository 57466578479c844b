import type { ReplicaSliderStrings } from './replica-slider';

/** English strings of the ReplicaSlider widget: the Korean table's keys and shapes, checked by tsc. Only English pages' islands import this module. */
export const en: ReplicaSliderStrings = {
	caption:
		'The ReplicaSet nginx keeps the number of Pods on three worker nodes at replicas. One tick is one round of the control loop (10 simulated seconds).',
	replicasLabel: 'replicas (desired Pods)',
	decrease: 'One replica fewer',
	increase: 'One replica more',
	pause: 'Pause',
	play: 'Play',
	stepOnce: (seconds: number) => `One tick (${seconds} s)`,
	podsArea: 'Pods by node',
	unscheduled: 'Not scheduled',
	unscheduledNote: 'no node yet',
	nodeLabel: (name: string, ip: string) => `${name} (${ip})`,
	nodePods: (name: string, count: number) => `${name}: ${count} ${count === 1 ? 'Pod' : 'Pods'}`,
	emptyLane: 'no Pods',
	deletePod: (name: string) => `delete pod ${name}`,
	counts: (desired: number, current: number, ready: number) => `desired ${desired}, current ${current}, ready ${ready}.`,
	settled: 'In sync.',
	reconciling: 'The ReplicaSet is reconciling.',
	terminating: (count: number) => (count === 1 ? '1 Pod is terminating.' : `${count} Pods are terminating.`),
	countDesired: 'desired',
	countCurrent: 'current',
	countReady: 'ready',
	countTerminating: 'terminating',
	yamlLabel: 'ReplicaSet YAML',
	rsTerminalLabel: 'kubectl get rs output',
	podsTerminalLabel: 'kubectl get pods output',
};
