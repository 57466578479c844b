/**
 * Strings of the architecture explorer: the UI labels, and the prose of every component
 * and every step of the `kubectl apply` flow, keyed by the ids of src/sim/policy/apply-flow.ts.
 * Korean follows the official glossary (https://kubernetes.io/ko/docs/contribute/localization_ko/: 컨트롤 플레인, 파드, 서비스; kubelet and
 * kube-proxy in English) in the site's 합니다체. Each line restates its facts-sheet items;
 * "master" appears only in the note about the old name (kubernetes/community wg-naming/recommendations/master-control-plane.md). The Astro component hands
 * the page's locale of both tables to the island as props, so the island ships no prose.
 */
import type { ComponentId, ComponentPlace, ControllerId, FlowStepId } from '../sim/index';
import { defineStrings, type Locale } from './index';

/** All prose of the explorer in one language. */
export interface ApplyFlowText {
	/** Display name of each component (ids are the real names except the container runtime). */
	componentName: Record<ComponentId, string>;
	/** What each component does. */
	componentRole: Record<ComponentId, string>;
	/** Name of each place a component runs. */
	place: Record<ComponentPlace, string>;
	/** Name of each controller. */
	controller: Record<ControllerId, string>;
	/** What happens in each step. */
	step: Record<FlowStepId, string>;
	/** The note about the old word "master" (kubernetes/community wg-naming/recommendations/master-control-plane.md). */
	masterNote: string;
}

const ko: ApplyFlowText = {
	componentName: {
		kubectl: 'kubectl',
		'kube-apiserver': 'kube-apiserver',
		etcd: 'etcd',
		'kube-scheduler': 'kube-scheduler',
		'kube-controller-manager': 'kube-controller-manager',
		'cloud-controller-manager': 'cloud-controller-manager',
		kubelet: 'kubelet',
		'kube-proxy': 'kube-proxy',
		'container-runtime': '컨테이너 런타임',
	},
	componentRole: {
		kubectl: 'API 서버에 요청을 보내는 명령줄 도구입니다. `kubectl apply -f` 는 매니페스트에 적은 의도한 상태를 보냅니다.',
		'kube-apiserver':
			'쿠버네티스 API를 노출하는 컨트롤 플레인의 프런트엔드입니다. 요청을 인증·인가·어드미션한 뒤 etcd에 저장하며, etcd와 직접 통신하는 컴포넌트는 이것뿐입니다. 인스턴스를 여러 개 두어 수평 확장할 수 있습니다.',
		etcd: '모든 클러스터 데이터를 보관하는, 일관성 있고 고가용성인 키-값 저장소입니다. 백업 계획이 꼭 필요합니다.',
		'kube-scheduler': '노드가 정해지지 않은 새 파드를 지켜보다가 리소스 요청, 제약 조건, 어피니티 등을 따져 각 파드를 실행할 노드를 고릅니다.',
		'kube-controller-manager':
			'컨트롤러 프로세스를 실행합니다. 컨트롤러는 논리적으로 각각 별개의 프로세스지만 하나의 바이너리로 컴파일되어 하나의 프로세스로 실행됩니다. 디플로이먼트, 레플리카셋, 엔드포인트슬라이스 컨트롤러가 여기서 돕니다.',
		'cloud-controller-manager':
			'클라우드별 제어 로직(노드, 라우트, 클라우드 로드 밸런서를 만드는 서비스 컨트롤러)을 실행합니다. 온프레미스나 내 PC의 학습용 클러스터에는 없습니다.',
		kubelet: '각 노드의 에이전트입니다. PodSpec에 적힌 컨테이너가 실행 중이고 건강한지 확인하며, 쿠버네티스가 만들지 않은 컨테이너는 관리하지 않습니다.',
		'kube-proxy':
			'각 노드의 네트워크 프록시로, 네트워크 규칙을 유지해 서비스 개념의 일부를 구현합니다. 같은 일을 하는 네트워크 플러그인을 쓰면 필요 없으므로 선택 사항입니다.',
		'container-runtime':
			'컨테이너를 실행하는 소프트웨어입니다. containerd, CRI-O처럼 CRI(컨테이너 런타임 인터페이스)를 구현한 런타임을 씁니다. dockershim은 1.24에서 제거되었습니다.',
	},
	place: { client: '내 컴퓨터', 'control-plane': '컨트롤 플레인', node: '워커 노드' },
	controller: { deployment: '디플로이먼트 컨트롤러', replicaset: '레플리카셋 컨트롤러', endpointslice: '엔드포인트슬라이스 컨트롤러' },
	step: {
		submit: 'kubectl이 매니페스트를 읽어 API 서버에 요청으로 보냅니다.',
		admit: 'API 서버가 요청을 인증하고, RBAC 같은 인가로 권한을 확인하고, 어드미션 컨트롤(리밋레인지, 리소스쿼터, 파드 시큐리티 어드미션 등)과 검증을 거칩니다.',
		persist: 'API 서버가 객체를 etcd에 저장합니다. etcd에 직접 쓰는 컴포넌트는 API 서버뿐입니다.',
		'create-replicaset': 'kube-controller-manager 안의 디플로이먼트 컨트롤러가 새 디플로이먼트를 보고 API 서버를 통해 레플리카셋을 만듭니다.',
		'create-pods': '레플리카셋 컨트롤러가 replicas 수만큼 파드를 API 서버를 통해 만듭니다. 아직 노드가 정해지지 않아 파드는 Pending입니다.',
		'bind-pods': 'kube-scheduler가 노드가 없는 파드를 보고, 리소스 요청이 들어갈 노드를 골라 API 서버를 통해 바인딩을 기록합니다.',
		'start-containers': '그 노드의 kubelet이 자기에게 배정된 파드를 보고, CRI로 컨테이너 런타임에 이미지를 받아 컨테이너를 시작하라고 요청합니다.',
		'report-status': 'kubelet이 파드 상태(Running, Ready 조건 등)를 API 서버에 보고합니다.',
		'update-endpointslices': '엔드포인트슬라이스 컨트롤러가 서비스 셀렉터에 맞고 준비된 파드의 IP를 그 서비스의 엔드포인트슬라이스에 추가합니다.',
		'program-service-rules': '각 노드의 kube-proxy가 서비스와 엔드포인트슬라이스를 지켜보다가 노드의 네트워크 규칙(리눅스 기본값은 iptables)을 갱신합니다.',
	},
	masterNote:
		"예전 문서와 도구는 컨트롤 플레인(또는 컨트롤 플레인 노드)을 '마스터(master)'라고 불렀습니다. 지금은 '컨트롤 플레인'이라고 하며, master라는 말은 system:masters 그룹 같은 코드 속 이름에만 남아 있습니다.",
};

const en: ApplyFlowText = {
	componentName: {
		kubectl: 'kubectl',
		'kube-apiserver': 'kube-apiserver',
		etcd: 'etcd',
		'kube-scheduler': 'kube-scheduler',
		'kube-controller-manager': 'kube-controller-manager',
		'cloud-controller-manager': 'cloud-controller-manager',
		kubelet: 'kubelet',
		'kube-proxy': 'kube-proxy',
		'container-runtime': 'container runtime',
	},
	componentRole: {
		kubectl: 'The command-line tool that sends requests to the API server; `kubectl apply -f` sends the desired state written in a manifest.',
		'kube-apiserver':
			'The front end of the control plane that exposes the Kubernetes API. It authenticates, authorizes and admits requests, then stores objects in etcd; it is the only component that talks to etcd. It scales horizontally across several instances.',
		etcd: 'The consistent and highly-available key value store that backs all cluster data. Have a backup plan for it.',
		'kube-scheduler': 'Watches for new Pods with no assigned node and picks a node for each, weighing resource requests, constraints, affinity and more.',
		'kube-controller-manager':
			'Runs the controller processes. Each controller is logically separate, but all are compiled into one binary and run in one process; the Deployment, ReplicaSet and EndpointSlice controllers run here.',
		'cloud-controller-manager':
			'Runs cloud-specific control logic: the Node, Route and Service controllers (the last creates cloud load balancers). On-premises clusters and learning clusters on your own PC do not have one.',
		kubelet:
			'The agent on each node. It makes sure the containers described in PodSpecs are running and healthy, and does not manage containers Kubernetes did not create.',
		'kube-proxy':
			'The network proxy on each node that implements part of the Service concept by maintaining network rules. Optional: a network plugin that forwards Service traffic itself replaces it.',
		'container-runtime':
			'The software that runs containers: containerd, CRI-O or any other implementation of the CRI (Container Runtime Interface). Dockershim was removed in 1.24.',
	},
	place: { client: 'Your machine', 'control-plane': 'Control plane', node: 'Worker nodes' },
	controller: { deployment: 'Deployment controller', replicaset: 'ReplicaSet controller', endpointslice: 'EndpointSlice controller' },
	step: {
		submit: 'kubectl reads the manifest and sends it to the API server as an API request.',
		admit: 'The API server authenticates the request, checks authorization (for example RBAC), and runs admission control (LimitRange, ResourceQuota, Pod Security Admission...) and validation.',
		persist: 'The API server stores the object in etcd. It is the only component that writes to etcd.',
		'create-replicaset': 'The Deployment controller in kube-controller-manager sees the new Deployment and creates a ReplicaSet through the API server.',
		'create-pods': 'The ReplicaSet controller creates as many Pods as `replicas` through the API server. No node is chosen yet, so the Pods are Pending.',
		'bind-pods':
			'kube-scheduler sees the Pods without a node, picks a node whose free capacity fits their requests, and records the binding through the API server.',
		'start-containers':
			'The kubelet on that node sees a Pod bound to it and asks the container runtime over the CRI to pull the image and start the containers.',
		'report-status': 'The kubelet reports the Pod status (Running, the Ready condition...) to the API server.',
		'update-endpointslices': "The EndpointSlice controller adds the IPs of ready Pods that match the Service's selector to that Service's EndpointSlices.",
		'program-service-rules':
			"kube-proxy on each node watches Services and EndpointSlices and updates the node's network rules (iptables by default on Linux).",
	},
	masterNote:
		'Older docs and tools called the control plane (or a control plane node) the "master". The current term is "control plane"; "master" survives only in literal names such as the system:masters group.',
};

/** The explorer's component and step prose per locale ("ko" is the site default). */
export const flowText: Readonly<Record<Locale, ApplyFlowText>> = { ko, en };

/** UI labels of the explorer; `{name}` marks a value (see src/widgets/shared/fill.ts). */
export const strings = defineStrings({
	ko: {
		caption: '클러스터 아키텍처 탐색기: 컴포넌트를 골라 하는 일을 읽고, kubectl apply 한 번이 컴포넌트를 차례로 거쳐 처리되는 과정을 한 단계씩 따라갑니다.',
		diagramLabel: '클러스터 구성도',
		everyNode: '노드마다 실행',
		optional: '선택 사항',
		selectedHeading: '선택한 컴포넌트',
		flowHeading: 'kubectl apply -f nginx-deployment.yaml 따라가기',
		flowIntro:
			'아직 시작하지 않았습니다. ‘다음 단계’를 누르면 요청이 어느 컴포넌트를 거치는지 차례로 보여 줍니다. 구성도의 컴포넌트를 눌러 설명을 읽을 수도 있습니다.',
		flowControls: 'kubectl apply 단계 이동',
		previous: '이전 단계',
		next: '다음 단계',
		restart: '처음으로',
		stepOf: '{total}단계 중 {n}단계',
		notStarted: '{total}단계 중 시작 전',
		path: '경로',
		actorMark: '지금 일하는 컴포넌트',
		peerMark: '함께 관여하는 컴포넌트',
		legendActor: '진한 배경: 지금 일하는 컴포넌트',
		legendPeer: '굵은 테두리: 함께 관여하는 컴포넌트',
		announceSelect: '{name}: {role}',
		announceStep: '{total}단계 중 {n}단계, {actor}. {text}',
		announceRestart: '처음으로 돌아갔습니다.',
	},
	en: {
		caption:
			'Cluster architecture explorer: pick a component to read what it does, and step through how one kubectl apply travels from component to component.',
		diagramLabel: 'Cluster diagram',
		everyNode: 'runs on every node',
		optional: 'optional',
		selectedHeading: 'Selected component',
		flowHeading: 'Follow kubectl apply -f nginx-deployment.yaml',
		flowIntro:
			'Not started yet. Press “Next step” to see, one step at a time, which components the request passes through. You can also pick a component in the diagram to read about it.',
		flowControls: 'Move through the kubectl apply steps',
		previous: 'Previous step',
		next: 'Next step',
		restart: 'Start over',
		stepOf: 'Step {n} of {total}',
		notStarted: 'Not started ({total} steps)',
		path: 'Path',
		actorMark: 'component at work now',
		peerMark: 'component also involved',
		legendActor: 'Filled: the component at work now',
		legendPeer: 'Thick border: components also involved',
		announceSelect: '{name}: {role}',
		announceStep: 'Step {n} of {total}, {actor}. {text}',
		announceRestart: 'Back to the start.',
	},
});

/** One locale's UI labels, as the island receives them. */
export type ArchitectureExplorerStrings = (typeof strings)['ko'];
