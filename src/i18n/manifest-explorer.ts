/**
 * UI strings of the manifest explorer on the Nginx example page, and what every field
 * of the outline's nginx-deployment.yaml means (keyed by getFieldHelpKey paths:
 * list indexes as `[]`, keys inside label maps as `*`). Checked against the facts
 * sheet: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/ (Deployment), https://kubernetes.io/docs/concepts/workloads/controllers/deployment/ (defaults), https://kubernetes.io/docs/concepts/workloads/controllers/deployment/ (what makes a rollout), https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
 * (pod-template-hash), https://kubernetes.io/docs/concepts/workloads/controllers/deployment/ (selector), https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/ (ReplicaSet, ownerReferences), https://kubernetes.io/docs/concepts/workloads/controllers/deployment/.
 */
import { defineStrings } from './index';
import { en } from './manifest-explorer.en';
import { ko } from './manifest-explorer.ko';

/** Labels, hints and announcements of the ManifestExplorer widget, Korean first. */
export const strings = defineStrings({ ko, en });

/** The strings of one locale, as an island receives them from its entry (ko.tsx or en.tsx). */
export type ManifestExplorerStrings = typeof ko;

/**
 * What each field of the manifest means, by getFieldHelpKey path. The Astro component
 * passes one locale's table to the island as data; the pure mark lets the island's
 * bundle drop the table it never imports.
 */
export const fieldHelp = /* @__PURE__ */ defineStrings({
	ko: {
		apiVersion:
			'이 오브젝트가 속한 API 그룹과 버전입니다. 디플로이먼트는 apps 그룹의 v1, 곧 `apps/v1` 에 있습니다. kind와 짝이 맞지 않으면 API 서버가 이 종류를 찾지 못합니다.',
		kind: '만들 오브젝트의 종류입니다. 디플로이먼트는 파드와 레플리카셋을 선언적으로 업데이트하며, 컨트롤러가 실제 상태를 원하는 상태로 정해진 속도로 바꿉니다.',
		metadata: '오브젝트를 식별하는 정보(이름, 레이블, 어노테이션)가 시작됩니다.',
		'metadata.name':
			'디플로이먼트의 이름입니다. 네임스페이스 안에서 고유해야 합니다. 레플리카셋은 `nginx-deployment-<pod-template-hash>`, 파드는 그 뒤에 무작위 다섯 글자가 붙은 이름을 받습니다.',
		'metadata.namespace':
			'오브젝트가 들어갈 네임스페이스입니다. 적지 않으면 현재 컨텍스트의 네임스페이스(보통 default)에 만들어집니다. 이 위젯은 default만 다룹니다.',
		'metadata.labels': '**디플로이먼트 자신**에 붙는 레이블 목록입니다. 어떤 파드를 관리할지와는 관계가 없습니다.',
		'metadata.labels.*':
			'디플로이먼트 자신의 레이블 하나(키: 값)입니다. `kubectl get deployments -l app=nginx` 처럼 찾을 때 씁니다. 바꿔도 파드 템플릿이 아니므로 롤아웃이 생기지 않습니다.',
		'metadata.annotations': '도구나 사람이 남기는 메모(어노테이션) 목록입니다. 선택과 검색에는 쓰이지 않습니다.',
		'metadata.annotations.*': '어노테이션 하나입니다. `kubernetes.io/change-cause` 는 `kubectl rollout history` 의 CHANGE-CAUSE 열에 나옵니다.',
		spec: '원하는 상태(desired state)가 시작됩니다. 디플로이먼트 컨트롤러가 실제 상태를 이 상태에 맞춥니다.',
		'spec.replicas':
			'유지할 파드 수입니다. 생략하면 1입니다. 0 이상의 정수여야 합니다. 바꾸면 레플리카셋의 파드 수만 바뀌고, 새 리비전이나 롤아웃은 생기지 않습니다.',
		'spec.selector':
			'이 디플로이먼트가 **자기 것으로 셀 파드**를 고르는 레이블 셀렉터입니다. apps/v1에서는 반드시 적어야 하고 기본값이 없으며, 템플릿 레이블과 맞아야 하고, 만든 뒤에는 바꿀 수 없습니다.',
		'spec.selector.matchLabels': '여기 적은 레이블을 모두 가진 파드를 고릅니다. 비어 있으면 API 서버가 거부합니다.',
		'spec.selector.matchLabels.*':
			'셀렉터 조건 하나입니다. 템플릿의 파드 레이블에 같은 키와 값이 있어야 합니다. 없으면 API 서버가 `spec.template.metadata.labels` 에 "`selector` does not match template `labels`" 오류를 냅니다. 키는 `app` 이든 `app.kubernetes.io/name` 이든 서로 맞기만 하면 됩니다.',
		'spec.strategy': '옛 파드를 새 파드로 바꾸는 방식입니다. 기본값은 RollingUpdate(maxSurge 25%, maxUnavailable 25%)입니다.',
		'spec.strategy.type': '`RollingUpdate`(조금씩 교체, 기본값) 또는 `Recreate`(모두 지운 뒤 새로 만듦)입니다.',
		'spec.strategy.rollingUpdate': '롤링 업데이트의 속도를 정하는 maxSurge와 maxUnavailable입니다.',
		'spec.strategy.rollingUpdate.maxSurge': '업데이트 중 replicas보다 더 만들 수 있는 파드 수입니다. 백분율은 올림합니다. 기본값 25%.',
		'spec.strategy.rollingUpdate.maxUnavailable':
			'업데이트 중 모자랄 수 있는 사용 가능 파드 수입니다. 백분율은 내림합니다. maxSurge와 둘 다 0일 수는 없습니다. 기본값 25%.',
		'spec.minReadySeconds': '새 파드가 준비된 뒤 available로 치기까지 기다리는 시간(초)입니다. 기본값 0.',
		'spec.revisionHistoryLimit': '롤백에 대비해 남겨 둘 옛 레플리카셋 수입니다. 기본값 10. 0이면 롤백할 수 없습니다.',
		'spec.progressDeadlineSeconds':
			'진행이 없을 때 Progressing=False(ProgressDeadlineExceeded)로 보고하기까지의 시간(초)입니다. 기본값 600. 자동 롤백은 없습니다.',
		'spec.paused': 'true이면 템플릿을 바꿔도 재개할 때까지 롤아웃이 일어나지 않습니다. 기본값 false.',
		'spec.template':
			'파드 템플릿, 곧 새 파드를 만드는 틀입니다. 디플로이먼트는 이 템플릿으로 레플리카셋을 만들고, 레플리카셋이 파드를 만듭니다. 이 아래가 바뀔 때만 새 레플리카셋(새 리비전)과 롤링 업데이트가 생깁니다.',
		'spec.template.metadata': '만들어질 **파드**의 메타데이터입니다. 파드 이름은 적지 않습니다. 레플리카셋이 이름을 지어 줍니다.',
		'spec.template.metadata.labels':
			'만들어질 파드에 붙는 레이블 목록입니다. 셀렉터와 맞아야 합니다. 컨트롤러는 여기에 `pod-template-hash` 레이블을 더해, 같은 디플로이먼트의 옛 레플리카셋과 새 레플리카셋이 서로의 파드를 가져가지 않게 합니다.',
		'spec.template.metadata.labels.*':
			'파드 레이블 하나입니다. 디플로이먼트의 셀렉터와 서비스가 이 레이블로 파드를 고릅니다. 셀렉터에 있는 키와 값은 여기에도 있어야 합니다.',
		'spec.template.metadata.annotations': '만들어질 파드에 붙는 어노테이션입니다. 바꾸면 템플릿이 바뀌므로 롤아웃이 생깁니다.',
		'spec.template.metadata.annotations.*': '파드 어노테이션 하나입니다. 바꾸면 템플릿이 바뀌므로 롤아웃이 생깁니다.',
		'spec.template.spec': '파드의 스펙, 곧 어떤 컨테이너를 어떻게 실행할지입니다. 디플로이먼트 템플릿의 restartPolicy는 기본값 Always만 허용됩니다.',
		'spec.template.spec.containers': '파드 안에서 실행할 컨테이너 목록입니다. 하나 이상 있어야 합니다. 여기서는 nginx 하나입니다.',
		'spec.template.spec.containers[]': '컨테이너 하나의 설정이 시작됩니다.',
		'spec.template.spec.containers[].name':
			'컨테이너 이름입니다. 파드 안에서 고유해야 합니다. `kubectl set image deployment/nginx-deployment nginx=nginx:1.16.1` 의 `nginx=` 와 `kubectl logs -c nginx` 가 이 이름을 씁니다.',
		'spec.template.spec.containers[].image':
			'실행할 컨테이너 이미지입니다. Docker Hub의 `nginx` 이미지, 태그 `1.14.2` 입니다. 태그를 바꾸면 템플릿이 바뀌어 롤링 업데이트가 일어납니다. 없는 태그(예: `nginx:1.161`)면 파드가 ErrImagePull/ImagePullBackOff에 머뭅니다.',
		'spec.template.spec.containers[].ports': '컨테이너가 듣는 포트 목록입니다. 정보를 적는 것이며, 적지 않아도 포트가 막히지는 않습니다.',
		'spec.template.spec.containers[].ports[]': '포트 하나의 설정이 시작됩니다.',
		'spec.template.spec.containers[].ports[].containerPort':
			'컨테이너가 80번 포트에서 듣는다는 정보입니다. 파드 밖, 클러스터 밖으로 여는 일은 서비스가 합니다.',
		'spec.template.spec.containers[].resources': 'CPU·메모리 요청(requests)과 제한(limits)입니다. 스케줄러는 요청을 보고 노드를 고릅니다.',
		'spec.template.spec.restartPolicy': '컨테이너가 끝났을 때 다시 시작할지 정합니다. 디플로이먼트 템플릿에서는 Always만 허용됩니다.',
	},
	en: {
		apiVersion:
			'The API group and version of this object. Deployments live in group apps, version v1: `apps/v1`. If it does not fit the kind, the API server cannot find the kind.',
		kind: 'The kind of object to create. A Deployment provides declarative updates for Pods and ReplicaSets; its controller changes the actual state to the desired state at a controlled rate.',
		metadata: 'Starts the information that identifies the object (name, labels, annotations).',
		'metadata.name':
			"The Deployment's name, unique within the namespace. Its ReplicaSet is named `nginx-deployment-<pod-template-hash>`, and Pods get five random characters after that.",
		'metadata.namespace':
			"The namespace the object goes into. Without it, the current context's namespace is used (usually default). This widget models default only.",
		'metadata.labels': 'Labels on **the Deployment itself**. They have nothing to do with which Pods it manages.',
		'metadata.labels.*':
			'One label (key: value) of the Deployment itself. You use it to find the Deployment, as in `kubectl get deployments -l app=nginx`. It is not part of the Pod template, so changing it starts no rollout.',
		'metadata.annotations': 'Notes left by tools and people (annotations). They are not used for selecting or searching.',
		'metadata.annotations.*': 'One annotation. `kubernetes.io/change-cause` shows up in the CHANGE-CAUSE column of `kubectl rollout history`.',
		spec: 'Starts the desired state. The Deployment controller moves the actual state towards it.',
		'spec.replicas':
			'How many Pods to keep. Omitted, it is 1. It must be an integer of 0 or more. Changing it only changes the ReplicaSet’s Pod count: no new revision, no rollout.',
		'spec.selector':
			'The label selector that decides **which Pods this Deployment counts as its own**. In apps/v1 it is required and has no default, it must match the template labels, and it cannot be changed after creation.',
		'spec.selector.matchLabels': 'Selects Pods that carry every label listed here. An empty selector is rejected.',
		'spec.selector.matchLabels.*':
			'One condition of the selector. The Pod template labels must have the same key and value; otherwise the API server reports "`selector` does not match template `labels`" on `spec.template.metadata.labels`. The key can be `app` or `app.kubernetes.io/name`, as long as both sides match.',
		'spec.strategy': 'How old Pods are replaced by new ones. The default is RollingUpdate with maxSurge 25% and maxUnavailable 25%.',
		'spec.strategy.type': '`RollingUpdate` (replace a few at a time, the default) or `Recreate` (delete all, then create new ones).',
		'spec.strategy.rollingUpdate': 'maxSurge and maxUnavailable, which set the pace of a rolling update.',
		'spec.strategy.rollingUpdate.maxSurge': 'How many Pods above replicas may exist during an update. A percentage rounds up. Default 25%.',
		'spec.strategy.rollingUpdate.maxUnavailable':
			'How many available Pods may be missing during an update. A percentage rounds down. It cannot be 0 together with maxSurge 0. Default 25%.',
		'spec.minReadySeconds': 'Seconds a new Pod must be ready before it counts as available. Default 0.',
		'spec.revisionHistoryLimit': 'How many old ReplicaSets to keep for rollbacks. Default 10; 0 means no rollback is possible.',
		'spec.progressDeadlineSeconds':
			'Seconds without progress before the Deployment reports Progressing=False (ProgressDeadlineExceeded). Default 600. There is no automatic rollback.',
		'spec.paused': 'When true, template changes start no rollout until the Deployment is resumed. Default false.',
		'spec.template':
			'The Pod template, the mould for new Pods. The Deployment makes a ReplicaSet from it and the ReplicaSet makes the Pods. Only a change below this line makes a new ReplicaSet (a new revision) and a rolling update.',
		'spec.template.metadata': 'Metadata of the **Pods** to be created. No Pod name here: the ReplicaSet names the Pods.',
		'spec.template.metadata.labels':
			'Labels put on the Pods to be created. They must match the selector. The controller adds a `pod-template-hash` label here, so the old and new ReplicaSets of one Deployment never take each other’s Pods.',
		'spec.template.metadata.labels.*':
			"One Pod label. The Deployment's selector and Services pick Pods by these labels. Every key and value of the selector must be here too.",
		'spec.template.metadata.annotations': 'Annotations on the Pods to be created. Changing them changes the template, so it starts a rollout.',
		'spec.template.metadata.annotations.*': 'One Pod annotation. Changing it changes the template, so it starts a rollout.',
		'spec.template.spec': 'The Pod spec: which containers to run and how. In a Deployment template the only restartPolicy allowed is the default, Always.',
		'spec.template.spec.containers': 'The containers to run in the Pod; at least one is required. Here there is one, nginx.',
		'spec.template.spec.containers[]': 'Starts the settings of one container.',
		'spec.template.spec.containers[].name':
			'The container name, unique within the Pod. `nginx=` in `kubectl set image deployment/nginx-deployment nginx=nginx:1.16.1` and `kubectl logs -c nginx` refer to it.',
		'spec.template.spec.containers[].image':
			'The container image: `nginx` on Docker Hub, tag `1.14.2`. Changing the tag changes the template, so a rolling update starts. A tag that does not exist (e.g. `nginx:1.161`) leaves the Pod in ErrImagePull/ImagePullBackOff.',
		'spec.template.spec.containers[].ports': 'Ports the container listens on. This is information: leaving a port out does not block it.',
		'spec.template.spec.containers[].ports[]': 'Starts the settings of one port.',
		'spec.template.spec.containers[].ports[].containerPort':
			'Information that the container listens on port 80. Opening it beyond the Pod or the cluster is the job of a Service.',
		'spec.template.spec.containers[].resources': 'CPU and memory requests and limits. The scheduler places the Pod by its requests.',
		'spec.template.spec.restartPolicy': 'Whether a finished container is restarted. In a Deployment template only Always is allowed.',
	},
});

/** Field explanation keys. */
export type FieldHelpKey = keyof (typeof fieldHelp)['ko'];

/** The explanations of one locale. */
export type FieldHelp = Readonly<Record<FieldHelpKey, string>>;
