/**
 * Korean and English prose for the architecture explorer, keyed by the ids of apply-flow.ts.
 * Korean follows the official glossary and style (#20-#24): 평어체, 컨트롤 플레인, 파드,
 * 서비스, kubelet and kube-proxy in English. Each line restates its facts-sheet items.
 */
import type { ComponentId, ComponentPlace, ControllerId, FlowStepId } from './apply-flow.ts';

/** All prose of the explorer in one language. */
export interface ApplyFlowText {
	/** One-line role of each component. */
	componentRole: Record<ComponentId, string>;
	/** Name of each place a component runs. */
	place: Record<ComponentPlace, string>;
	/** Name of each controller. */
	controller: Record<ControllerId, string>;
	/** What happens in each step. */
	step: Record<FlowStepId, string>;
	/** Marks optional components. */
	optional: string;
	/** The note about the old word "master" (#15-#19). */
	masterNote: string;
}

const ko: ApplyFlowText = {
	componentRole: {
		kubectl: 'API 서버에 요청을 보내는 명령줄 도구다. `kubectl apply -f`는 매니페스트에 적은 의도한 상태를 보낸다.',
		'kube-apiserver':
			'쿠버네티스 API를 노출하는 컨트롤 플레인의 프런트엔드다. 요청을 인증·인가·어드미션한 뒤 etcd에 저장하며, etcd와 직접 통신하는 컴포넌트는 이것뿐이다. 인스턴스를 여러 개 두어 수평 확장할 수 있다.',
		etcd: '모든 클러스터 데이터를 보관하는, 일관성 있고 고가용성인 키-값 저장소다. 백업 계획이 꼭 필요하다.',
		'kube-scheduler': '노드가 정해지지 않은 새 파드를 지켜보다가 리소스 요청, 제약 조건, 어피니티 등을 따져 각 파드를 실행할 노드를 고른다.',
		'kube-controller-manager':
			'컨트롤러 프로세스를 실행한다. 컨트롤러는 논리적으로 각각 별개의 프로세스지만 하나의 바이너리로 컴파일되어 하나의 프로세스로 실행된다. 디플로이먼트, 레플리카셋, 엔드포인트슬라이스 컨트롤러가 여기서 돈다.',
		'cloud-controller-manager':
			'클라우드별 제어 로직(노드, 라우트, 클라우드 로드 밸런서를 만드는 서비스 컨트롤러)을 실행한다. 온프레미스나 내 PC의 학습용 클러스터에는 없다.',
		kubelet: '각 노드의 에이전트다. PodSpec에 적힌 컨테이너가 실행 중이고 건강한지 확인하며, 쿠버네티스가 만들지 않은 컨테이너는 관리하지 않는다.',
		'kube-proxy':
			'각 노드의 네트워크 프록시로, 네트워크 규칙을 유지해 서비스 개념의 일부를 구현한다. 같은 일을 하는 네트워크 플러그인을 쓰면 필요 없으므로 선택 사항이다.',
		'container-runtime':
			'컨테이너를 실행하는 소프트웨어다. containerd, CRI-O처럼 CRI(컨테이너 런타임 인터페이스)를 구현한 런타임을 쓴다. dockershim은 1.24에서 제거되었다.',
	},
	place: { client: '내 컴퓨터', 'control-plane': '컨트롤 플레인', node: '워커 노드' },
	controller: { deployment: '디플로이먼트 컨트롤러', replicaset: '레플리카셋 컨트롤러', endpointslice: '엔드포인트슬라이스 컨트롤러' },
	step: {
		submit: 'kubectl이 매니페스트를 읽어 API 서버에 요청으로 보낸다.',
		admit: 'API 서버가 요청을 인증하고, RBAC 같은 인가로 권한을 확인하고, 어드미션 컨트롤(리밋레인지, 리소스쿼터, 파드 시큐리티 어드미션 등)과 검증을 거친다.',
		persist: 'API 서버가 객체를 etcd에 저장한다. etcd에 직접 쓰는 컴포넌트는 API 서버뿐이다.',
		'create-replicaset': 'kube-controller-manager 안의 디플로이먼트 컨트롤러가 새 디플로이먼트를 보고 API 서버를 통해 레플리카셋을 만든다.',
		'create-pods': '레플리카셋 컨트롤러가 replicas 수만큼 파드를 API 서버를 통해 만든다. 아직 노드가 정해지지 않아 파드는 Pending이다.',
		'bind-pods': 'kube-scheduler가 노드가 없는 파드를 보고, 리소스 요청이 들어갈 노드를 골라 API 서버를 통해 바인딩을 기록한다.',
		'start-containers': '그 노드의 kubelet이 자기에게 배정된 파드를 보고, CRI로 컨테이너 런타임에 이미지를 받아 컨테이너를 시작하라고 요청한다.',
		'report-status': 'kubelet이 파드 상태(Running, Ready 조건 등)를 API 서버에 보고한다.',
		'update-endpointslices': '엔드포인트슬라이스 컨트롤러가 서비스 셀렉터에 맞고 준비된 파드의 IP를 그 서비스의 엔드포인트슬라이스에 추가한다.',
		'program-service-rules': '각 노드의 kube-proxy가 서비스와 엔드포인트슬라이스를 지켜보다가 노드의 네트워크 규칙(리눅스 기본값은 iptables)을 갱신한다.',
	},
	optional: '선택 사항',
	masterNote:
		"예전 문서와 도구는 컨트롤 플레인(또는 컨트롤 플레인 노드)을 '마스터(master)'라고 불렀다. 지금은 '컨트롤 플레인'이라고 하며, master라는 말은 system:masters 그룹 같은 코드 속 이름에만 남아 있다.",
};

const en: ApplyFlowText = {
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
		kubelet: 'The agent on each node. It makes sure the containers described in PodSpecs are running and healthy, and does not manage containers Kubernetes did not create.',
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
		'bind-pods': 'kube-scheduler sees the Pods without a node, picks a node whose free capacity fits their requests, and records the binding through the API server.',
		'start-containers': 'The kubelet on that node sees a Pod bound to it and asks the container runtime over the CRI to pull the image and start the containers.',
		'report-status': 'The kubelet reports the Pod status (Running, the Ready condition...) to the API server.',
		'update-endpointslices': "The EndpointSlice controller adds the IPs of ready Pods that match the Service's selector to that Service's EndpointSlices.",
		'program-service-rules': "kube-proxy on each node watches Services and EndpointSlices and updates the node's network rules (iptables by default on Linux).",
	},
	optional: 'optional',
	masterNote:
		'Older docs and tools called the control plane (or a control plane node) the "master". The current term is "control plane"; "master" survives only in literal names such as the system:masters group.',
};

/** The explorer's prose per locale ("ko" is the site default). */
export const APPLY_FLOW_TEXT: Readonly<Record<'ko' | 'en', ApplyFlowText>> = { ko, en };
