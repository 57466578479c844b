/** What apply created: Deployment -> ReplicaSet -> Pods with their status, as nested lists. */
import type { ManifestExplorerState } from './use-manifest-explorer';

interface Props {
	s: ManifestExplorerState;
}

/** The ownership tree, or a note that nothing is applied yet. */
export function ClusterTree({ s }: Props) {
	const { t, trees } = s;
	return (
		<div class="mex-tree-box" tabIndex={0} role="group" aria-label={t.treeLabel} data-testid="mex-tree">
			{trees.length === 0 ? (
				<p class="mex-muted">{t.nothingApplied}</p>
			) : (
				<ul class="mex-tree">
					{trees.map((d) => (
						<li key={d.name}>
							<span class="mex-kind">Deployment</span> <code>{d.name}</code>{' '}
							<span class="mex-muted">{t.deploymentMeta(d.readyReplicas, d.replicas, d.updatedReplicas)}</span>
							<ul>
								{d.replicaSets.map((rs) => (
									<li key={rs.name} data-rs={rs.name}>
										<span class="mex-kind">ReplicaSet</span> <code>{rs.name}</code>{' '}
										<span class="mex-muted">{t.replicaSetMeta(rs.revision, rs.desired, rs.ready)}</span>
										{rs.pods.length === 0 ? (
											<p class="mex-muted mex-nopods">{t.noPods}</p>
										) : (
											<ul>
												{rs.pods.map((p) => (
													<li key={p.name} class="mex-pod" data-status={p.status}>
														<span class="mex-kind">Pod</span> <code>{p.name}</code>{' '}
														<span
															class={`mex-status is-${p.terminating ? 'terminating' : p.status === 'Running' ? 'running' : p.status === 'ErrImagePull' || p.status === 'ImagePullBackOff' ? 'failing' : 'starting'}`}
														>
															{p.status}
														</span>
													</li>
												))}
											</ul>
										)}
									</li>
								))}
							</ul>
						</li>
					))}
				</ul>
			)}
		</div>
	);
}
