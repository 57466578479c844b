// The committed search query set: what a learner types after a meeting, and the page
// that teaches it, which must be among the first three results. search.spec.ts types
// each query into the site's search dialog and prints the hit rate.

/** How a query is written (for the hit-rate line). */
export type QueryKind =
	/** Korean term, as the site or the outline writes it, or a common variant. */
	| 'ko'
	/** Korean term with a particle attached (파드를, 서비스의). */
	| 'particle'
	/** English term or abbreviation typed on the Korean site. */
	| 'en-term'
	/** Korean and English words together. */
	| 'mixed';

/** One query and the slug (without locale) of the page that must be in the top three. */
export interface SearchCase {
	query: string;
	page: string;
	kind: QueryKind;
}

/** Queries typed on the Korean site (/): the Korean index. */
export const koreanSiteQueries: SearchCase[] = [
	// Korean terms, including the outline's own words (마스터 노드, 배포, 클러스터IP ...).
	{ query: '파드', page: 'pods', kind: 'ko' },
	{ query: '롤링 업데이트', page: 'deployments', kind: 'ko' },
	{ query: '롤링업데이트', page: 'deployments', kind: 'ko' },
	{ query: '노드포트', page: 'services', kind: 'ko' },
	{ query: '노드 포트', page: 'services', kind: 'ko' },
	{ query: '레플리카셋', page: 'controllers', kind: 'ko' },
	{ query: '레플리카 세트', page: 'controllers', kind: 'ko' },
	{ query: '컨트롤 플레인', page: 'cluster', kind: 'ko' },
	{ query: '마스터 노드', page: 'cluster', kind: 'ko' },
	{ query: '마스터', page: 'cluster', kind: 'ko' },
	{ query: '워커 노드', page: 'cluster', kind: 'ko' },
	{ query: '스테이트풀셋', page: 'controllers', kind: 'ko' },
	{ query: '데몬셋', page: 'controllers', kind: 'ko' },
	{ query: '롤백', page: 'deployments', kind: 'ko' },
	{ query: '무중단 배포', page: 'deployments', kind: 'ko' },
	{ query: '배포', page: 'deployments', kind: 'ko' },
	{ query: '클러스터IP', page: 'services', kind: 'ko' },
	{ query: '로드밸런서', page: 'services', kind: 'ko' },
	{ query: '서비스 디스커버리', page: 'services', kind: 'ko' },
	{ query: '단일 컨테이너 파드', page: 'pods', kind: 'ko' },
	{ query: '멀티 컨테이너 파드', page: 'pods', kind: 'ko' },
	{ query: '사이드카', page: 'pods', kind: 'ko' },
	{ query: '컨테이너 런타임', page: 'nodes', kind: 'ko' },
	{ query: '테인트', page: 'nodes', kind: 'ko' },
	{ query: '네트워크 폴리시', page: 'security', kind: 'ko' },
	{ query: '시크릿', page: 'security', kind: 'ko' },
	{ query: '리소스 쿼터', page: 'resource-management', kind: 'ko' },
	{ query: '준비성 프로브', page: 'monitoring', kind: 'ko' },
	{ query: '프로메테우스', page: 'monitoring', kind: 'ko' },
	{ query: '그라파나', page: 'monitoring', kind: 'ko' },
	{ query: '헬름', page: 'tools', kind: 'ko' },
	{ query: '커스터마이즈', page: 'tools', kind: 'ko' },
	{ query: '선언형', page: 'overview', kind: 'ko' },
	{ query: '쿠버네티스', page: 'overview', kind: 'ko' },
	// Variant spellings that the pages themselves rarely or never write.
	{ query: '포드', page: 'pods', kind: 'ko' },
	{ query: '레플리카 셋', page: 'controllers', kind: 'ko' },
	{ query: '컨트롤플레인', page: 'cluster', kind: 'ko' },
	{ query: '큐블릿', page: 'nodes', kind: 'ko' },
	{ query: '큐브 프록시', page: 'nodes', kind: 'ko' },
	{ query: '잉그레스', page: 'services', kind: 'ko' },
	{ query: '라벨', page: 'services', kind: 'ko' },
	{ query: '역할 기반 접근 제어', page: 'security', kind: 'ko' },
	{ query: '서비스 어카운트', page: 'security', kind: 'ko' },
	{ query: '보안 컨텍스트', page: 'security', kind: 'ko' },
	{ query: '크론 잡', page: 'jobs', kind: 'ko' },
	{ query: '이닛 컨테이너', page: 'pods', kind: 'ko' },
	{ query: '정적 파드', page: 'nodes', kind: 'ko' },
	{ query: '노드 비우기', page: 'nodes', kind: 'ko' },
	{ query: '스로틀링', page: 'resource-management', kind: 'ko' },
	{ query: '리밋 레인지', page: 'resource-management', kind: 'ko' },
	{ query: '생존 프로브', page: 'monitoring', kind: 'ko' },
	{ query: '헬름 차트', page: 'tools', kind: 'ko' },
	// Particles: Pagefind matches prefixes, so only the query side needs them stripped.
	{ query: '파드를', page: 'pods', kind: 'particle' },
	{ query: '서비스의', page: 'services', kind: 'particle' },
	{ query: '디플로이먼트를', page: 'deployments', kind: 'particle' },
	{ query: '레플리카셋은', page: 'controllers', kind: 'particle' },
	{ query: '노드에서', page: 'nodes', kind: 'particle' },
	{ query: '스케줄러가', page: 'cluster', kind: 'particle' },
	{ query: '컨트롤 플레인이', page: 'cluster', kind: 'particle' },
	{ query: '롤을', page: 'security', kind: 'particle' },
	{ query: '인그레스로', page: 'services', kind: 'particle' },
	{ query: '테인트와', page: 'nodes', kind: 'particle' },
	{ query: '잡을', page: 'jobs', kind: 'particle' },
	{ query: '쿠버네티스란', page: 'overview', kind: 'particle' },
	{ query: '헬름으로', page: 'tools', kind: 'particle' },
	{ query: 'Pod를', page: 'pods', kind: 'particle' },
	// English terms and abbreviations on the Korean site.
	{ query: 'Pod', page: 'pods', kind: 'en-term' },
	{ query: 'rolling update', page: 'deployments', kind: 'en-term' },
	{ query: 'kube-proxy', page: 'nodes', kind: 'en-term' },
	{ query: 'RBAC', page: 'security', kind: 'en-term' },
	{ query: 'NodePort', page: 'services', kind: 'en-term' },
	{ query: 'HPA', page: 'resource-management', kind: 'en-term' },
	{ query: 'ReplicaSet', page: 'controllers', kind: 'en-term' },
	{ query: 'control plane', page: 'cluster', kind: 'en-term' },
	{ query: 'StatefulSet', page: 'controllers', kind: 'en-term' },
	{ query: 'DaemonSet', page: 'controllers', kind: 'en-term' },
	{ query: 'Deployment', page: 'deployments', kind: 'en-term' },
	{ query: 'Service', page: 'services', kind: 'en-term' },
	{ query: 'kubelet', page: 'nodes', kind: 'en-term' },
	{ query: 'etcd', page: 'cluster', kind: 'en-term' },
	{ query: 'Ingress', page: 'services', kind: 'en-term' },
	{ query: 'LoadBalancer', page: 'services', kind: 'en-term' },
	{ query: 'liveness probe', page: 'monitoring', kind: 'en-term' },
	{ query: 'OOMKilled', page: 'resource-management', kind: 'en-term' },
	{ query: 'CrashLoopBackOff', page: 'pods', kind: 'en-term' },
	{ query: 'NetworkPolicy', page: 'security', kind: 'en-term' },
	{ query: 'kubectl', page: 'tools', kind: 'en-term' },
	{ query: 'k8s', page: 'overview', kind: 'en-term' },
	{ query: 'sts', page: 'controllers', kind: 'en-term' },
	{ query: 'svc', page: 'services', kind: 'en-term' },
	{ query: 'QoS', page: 'resource-management', kind: 'en-term' },
	{ query: 'CRI', page: 'nodes', kind: 'en-term' },
	{ query: 'master node', page: 'cluster', kind: 'en-term' },
	{ query: 'API server', page: 'cluster', kind: 'en-term' },
	{ query: 'scheduler', page: 'cluster', kind: 'en-term' },
	{ query: 'taint', page: 'nodes', kind: 'en-term' },
	{ query: 'toleration', page: 'nodes', kind: 'en-term' },
	{ query: 'drain', page: 'nodes', kind: 'en-term' },
	{ query: 'init container', page: 'pods', kind: 'en-term' },
	{ query: 'sidecar', page: 'pods', kind: 'en-term' },
	{ query: 'headless', page: 'services', kind: 'en-term' },
	{ query: 'maxSurge', page: 'deployments', kind: 'en-term' },
	{ query: 'revisionHistoryLimit', page: 'deployments', kind: 'en-term' },
	{ query: 'ownerReferences', page: 'controllers', kind: 'en-term' },
	{ query: 'CronJob', page: 'jobs', kind: 'en-term' },
	{ query: 'resource requests', page: 'resource-management', kind: 'en-term' },
	{ query: 'ServiceAccount', page: 'security', kind: 'en-term' },
	{ query: 'Pod Security Admission', page: 'security', kind: 'en-term' },
	{ query: 'metrics-server', page: 'monitoring', kind: 'en-term' },
	{ query: 'kubeconfig', page: 'tools', kind: 'en-term' },
	{ query: 'Kustomize', page: 'tools', kind: 'en-term' },
	// Mixed Korean and English.
	{ query: '파드 Pod', page: 'pods', kind: 'mixed' },
	{ query: 'NodePort 서비스', page: 'services', kind: 'mixed' },
	{ query: 'Deployment 롤링 업데이트', page: 'deployments', kind: 'mixed' },
	{ query: 'kubectl 롤백', page: 'deployments', kind: 'mixed' },
	{ query: 'HPA 오토스케일링', page: 'resource-management', kind: 'mixed' },
	{ query: 'RBAC 롤바인딩', page: 'security', kind: 'mixed' },
	{ query: 'Service 타입', page: 'services', kind: 'mixed' },
	{ query: 'kubectl drain', page: 'nodes', kind: 'mixed' },
	{ query: 'Helm 차트', page: 'tools', kind: 'mixed' },
];

/** Queries typed on the English site (/en/): the English index, Korean terms included. */
export const englishSiteQueries: SearchCase[] = [
	{ query: 'Pod', page: 'pods', kind: 'en-term' },
	{ query: 'rolling update', page: 'deployments', kind: 'en-term' },
	{ query: 'NodePort', page: 'services', kind: 'en-term' },
	{ query: 'kube-proxy', page: 'nodes', kind: 'en-term' },
	{ query: 'RBAC', page: 'security', kind: 'en-term' },
	{ query: 'control plane', page: 'cluster', kind: 'en-term' },
	{ query: 'ReplicaSet', page: 'controllers', kind: 'en-term' },
	{ query: '파드', page: 'pods', kind: 'ko' },
	{ query: '노드포트', page: 'services', kind: 'ko' },
	{ query: '롤링 업데이트', page: 'deployments', kind: 'ko' },
];
