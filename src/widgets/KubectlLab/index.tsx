/**
 * The kubectl lab island: a terminal over the simulated cluster (src/kubectl), a YAML
 * editor for `apply -f`, a live view of nodes and Pods, and, on section pages, the
 * lab's checked tasks. The first render (server and client alike) is the scenario's
 * starting cluster with an empty terminal, in boxes of fixed height, so hydration does
 * not move anything. The engine loads when the learner reaches for the lab (load-engine.ts).
 * Pages import the island through ko.tsx or en.tsx, which bind one language's strings.
 */
import type { KubectlLabStrings } from '../../i18n/kubectl-lab';
import { ClusterView } from './cluster-view';
import type { ClusterFrame } from './model';
import { Editor } from './editor';
import { ScenarioPicker } from './scenario-picker';
import { TaskList } from './task-list';
import { Terminal } from './terminal';
import { useKubectlLab, type LabTask } from './use-kubectl-lab';
import './kubectl-lab.css';
import { EnableFrame } from '../shared/EnableFrame';

/** Props of the island. */
export interface KubectlLabProps {
	/** The page language's strings (bound by ko.tsx / en.tsx). */
	t: KubectlLabStrings;
	/** Lab id: the section ("deployments") or "sandbox". */
	labId: string;
	/** Scenario the terminal starts from. */
	scenario: string;
	/** That scenario's cluster view, computed at build time. */
	first: ClusterFrame;
	/** The section lab's tasks (none on the sandbox). */
	tasks?: readonly LabTask[];
	/** Offer the scenario picker (the sandbox page). */
	picker?: boolean;
	/** Scenario ids the picker offers. */
	scenarios?: readonly string[];
}

/** kubectl practice lab widget. */
export default function KubectlLab({ t, labId, scenario, first, tasks = [], picker = false, scenarios = [] }: KubectlLabProps) {
	const s = useKubectlLab({ t, labId, scenario, first, tasks, picker, scenarios });
	return (
		<div
			class="kl"
			data-hydrated={s.hydrated ? 'true' : undefined}
			data-scenario={s.scenario}
			data-engine={s.live ? 'loaded' : undefined}
			onFocusCapture={s.prepare}
			onPointerDown={s.prepare}
		>
			<EnableFrame />
			{s.link.invalidTask !== undefined || s.link.invalidScenario !== undefined ? (
				<p class="kl-note" role="alert" data-testid="kl-note">
					{s.link.invalidTask !== undefined ? t.invalidTask(s.link.invalidTask) : ''}
					{s.link.invalidTask !== undefined && s.link.invalidScenario !== undefined ? ' ' : ''}
					{s.link.invalidScenario !== undefined ? t.invalidScenario(s.link.invalidScenario) : ''}
				</p>
			) : null}
			{picker ? <ScenarioPicker key={s.scenario} s={s} /> : null}
			<TaskList s={s} />
			<div class="kl-main">
				<Terminal s={s} />
				<ClusterView s={s} />
			</div>
			<Editor s={s} />
			<p class="k8s-sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="kl-status">
				{s.status}
			</p>
		</div>
	);
}
