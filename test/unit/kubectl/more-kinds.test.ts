// Golden tests of the commands and kinds the lab gained for the namespaces-labels, config-secrets,
// jobs and storage sections. Each case cites the kubectl source or kubernetes.io page it matches.
import { describe, expect, it } from 'vitest';
import { completeCommand, createLab, runCommand, writeFile, type LabState, type RunResult } from '../../../src/kubectl/index';

async function run(state: LabState, ...lines: string[]): Promise<RunResult> {
	let r: RunResult = { state, output: '', exitCode: 0 };
	for (const line of lines) r = await runCommand(r.state, line);
	return r;
}
const header = (out: string): string => out.split('\n')[0]!.replace(/\s+/g, ' ');

describe('delete with a selector (kubernetes.io/docs/concepts/overview/working-with-objects/labels/)', () => {
	it('deletes every matching object, and says "No resources found" when none matches (kubectl delete.go)', async () => {
		const yaml =
			'apiVersion: v1\nkind: Pod\nmetadata:\n  name: t1\n  labels:\n    app: test\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: t2\n  labels:\n    app: test\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n';
		const state = writeFile(createLab('empty'), 'test.yaml', yaml);
		const r = await run(state, 'kubectl apply -f test.yaml', 'kubectl delete pods -l app=test');
		expect(r.output).toBe('pod "t1" deleted\npod "t2" deleted');
		const again = await run(r.state, 'kubectl get pods', 'kubectl get pods', 'kubectl delete pods -l app=test');
		expect(again.output).toBe('No resources found');
		expect(again.exitCode).toBe(0);
	});
});

describe('ConfigMaps and Secrets (kubernetes.io/docs/concepts/configuration/configmap/, .../secret/)', () => {
	it('create configmap and secret generic; get prints printers.go columns (ConfigMap: NAME DATA AGE, Secret: NAME TYPE DATA AGE)', async () => {
		const r = await run(createLab('empty'), 'kubectl create configmap app-config --from-literal=LOG_LEVEL=debug --from-literal=GREETING=a,b=c');
		expect(r.output).toBe('configmap/app-config created');
		const s = await run(r.state, 'kubectl create secret generic db-credentials --from-literal=username=admin --from-literal=password=s3cr3t');
		expect(s.output).toBe('secret/db-credentials created');
		const cm = await run(s.state, 'kubectl get cm');
		expect(header(cm.output)).toBe('NAME DATA AGE');
		expect(cm.output.split('\n')[1]).toMatch(/^app-config {3}2 {6}\d+s$/);
		const sec = await run(s.state, 'kubectl get secrets');
		expect(header(sec.output)).toBe('NAME TYPE DATA AGE');
		expect(sec.output.split('\n')[1]).toMatch(/^db-credentials {3}Opaque {3}2 {6}\d+s$/);
	});

	it('-o yaml shows Secret data base64-encoded; describe shows byte counts, never values (describe.go SecretDescriber)', async () => {
		const r = await run(createLab('empty'), 'kubectl create secret generic db-credentials --from-literal=username=admin --from-literal=password=s3cr3t');
		const yaml = await run(r.state, 'kubectl get secret db-credentials -o yaml');
		expect(yaml.output).toContain('data:\n  password: czNjcjN0\n  username: YWRtaW4=\nkind: Secret');
		expect(yaml.output).toMatch(/\ntype: Opaque$/);
		const d = await run(r.state, 'kubectl describe secret db-credentials');
		expect(d.output).toBe(
			'Name:         db-credentials\nNamespace:    default\nLabels:       <none>\nAnnotations:  <none>\n\nType:  Opaque\n\nData\n====\npassword:  6 bytes\nusername:  5 bytes',
		);
		expect(d.output).not.toContain('s3cr3t');
	});

	it('describe configmap prints each key, a ---- line and the value (describe.go ConfigMapDescriber)', async () => {
		const r = await run(createLab('empty'), 'kubectl create configmap app-config --from-literal=LOG_LEVEL=debug', 'kubectl describe configmap app-config');
		expect(r.output).toBe(
			'Name:         app-config\nNamespace:    default\nLabels:       <none>\nAnnotations:  <none>\n\nData\n====\nLOG_LEVEL:\n----\ndebug\n\n\nBinaryData\n====\n\nEvents:  <none>',
		);
	});

	it('--from-file reads a file from the lab editor, key=file renames it', async () => {
		const state = writeFile(createLab('empty'), 'default.conf', 'server { listen 80; }\n');
		const r = await run(
			state,
			'kubectl create configmap nginx-conf --from-file=default.conf --from-file=main.conf=default.conf',
			'kubectl get configmap nginx-conf -o yaml',
		);
		// Multi-line values print double-quoted (real kubectl writes a | block; same data, see the README's differences).
		expect(r.output).toContain('data:\n  default.conf: "server { listen 80; }\\n"\n  main.conf: "server { listen 80; }\\n"');
		expect((await run(state, 'kubectl create configmap x --from-file=missing.conf')).output).toContain('error: error reading missing.conf');
	});

	it('errors: AlreadyExists (create_configmap.go "failed to create configmap: %v", create_secret.go "failed to create secret %v"), bad literal, bad key, NotFound', async () => {
		const base = await run(createLab('empty'), 'kubectl create configmap x --from-literal=a=b', 'kubectl create secret generic x --from-literal=a=b');
		expect((await run(base.state, 'kubectl create configmap x --from-literal=a=b')).output).toBe(
			'error: failed to create configmap: configmaps "x" already exists',
		);
		expect((await run(base.state, 'kubectl create secret generic x --from-literal=a=b')).output).toBe(
			'error: failed to create secret secrets "x" already exists',
		);
		expect((await run(base.state, 'kubectl create configmap y --from-literal=nokey')).output).toBe(
			'error: invalid literal source nokey, expected key=value',
		);
		expect((await run(base.state, 'kubectl create configmap y --from-literal="bad key=1"')).output).toMatch(
			/^error: "bad key" is not a valid key name for a ConfigMap: a valid config key must consist of alphanumeric characters/,
		);
		expect((await run(base.state, 'kubectl get configmap nope')).output).toBe('Error from server (NotFound): configmaps "nope" not found');
		expect((await run(base.state, 'kubectl delete secret nope')).output).toBe('Error from server (NotFound): secrets "nope" not found');
		const del = await run(base.state, 'kubectl delete configmap x');
		expect(del.output).toBe('configmap "x" deleted');
		expect(del.state.configMaps).toHaveLength(0);
	});

	it('apply -f creates, updates and leaves unchanged; stringData is stored base64-encoded in data', async () => {
		const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  LOG_LEVEL: info\n';
		const secret = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  password: s3cr3t\n';
		let state = writeFile(writeFile(createLab('empty'), 'cm.yaml', cm), 'secret.yaml', secret);
		const r = await run(state, 'kubectl apply -f cm.yaml -f secret.yaml');
		expect(r.output).toBe('configmap/app-config created\nsecret/s created');
		expect((await run(r.state, 'kubectl apply -f cm.yaml')).output).toBe('configmap/app-config unchanged');
		state = writeFile(r.state, 'cm.yaml', cm.replace('info', 'debug'));
		expect((await run(state, 'kubectl apply -f cm.yaml')).output).toBe('configmap/app-config configured');
		expect(r.state.secrets[0]!.data).toEqual({ password: 'czNjcjN0' });
		const bad = writeFile(createLab('empty'), 'bad.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bad\ndata:\n  "a b": x\n');
		expect((await run(bad, 'kubectl apply -f bad.yaml')).output).toMatch(
			/^The ConfigMap "bad" is invalid: \n\* data\[a b\]: Invalid value: "a b": a valid config key/,
		);
	});
});

describe('storage (kubernetes.io/docs/concepts/storage/persistent-volumes/, .../storage-classes/)', () => {
	const pvc =
		'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n  accessModes:\n  - ReadWriteOnce\n  resources:\n    requests:\n      storage: 1Gi\n';
	const pod =
		'apiVersion: v1\nkind: Pod\nmetadata:\n  name: writer\nspec:\n  containers:\n  - name: app\n    image: busybox:1.37\n    volumeMounts:\n    - name: data\n      mountPath: /data\n  volumes:\n  - name: data\n    persistentVolumeClaim:\n      claimName: data\n';
	const lab = (): LabState => writeFile(writeFile(createLab('empty'), 'pvc.yaml', pvc), 'pod.yaml', pod);

	it('the default StorageClass is kind\'s (printers.go StorageClass columns, "(default)" after the name)', async () => {
		const r = await run(lab(), 'kubectl get storageclass');
		expect(r.output).toBe(
			'NAME                 PROVISIONER             RECLAIMPOLICY   VOLUMEBINDINGMODE      ALLOWVOLUMEEXPANSION   AGE\nstandard (default)   rancher.io/local-path   Delete          WaitForFirstConsumer   false                  2d',
		);
	});

	it('a claim waits for its first consumer (WaitForFirstConsumer), then binds to a provisioned PV', async () => {
		const created = await run(lab(), 'kubectl apply -f pvc.yaml');
		expect(created.output).toBe('persistentvolumeclaim/data created');
		const pending = await run(created.state, 'kubectl get pvc');
		expect(header(pending.output)).toBe('NAME STATUS VOLUME CAPACITY ACCESS MODES STORAGECLASS VOLUMEATTRIBUTESCLASS AGE');
		// A Pending claim has no volume, capacity or access modes in status yet: those cells are empty.
		expect(pending.output.split('\n')[1]!.replace(/\s+/g, ' ')).toMatch(/^data Pending standard <unset> \d+s$/);
		const described = await run(pending.state, 'kubectl describe pvc data');
		expect(described.output).toMatch(
			/Normal +WaitForFirstConsumer +\d+s +persistentvolume-controller +waiting for first consumer to be created before binding/,
		);
		const bound = await run(described.state, 'kubectl apply -f pod.yaml', 'kubectl get pods', 'kubectl get pods', 'kubectl get pvc data');
		const uid = bound.state.cluster.pvcs[0]!.uid;
		expect(bound.output.split('\n')[1]).toMatch(new RegExp(`^data {3}Bound {4}pvc-${uid} {3}1Gi {8}RWO {12}standard`));
		const pv = await run(bound.state, 'kubectl get pv');
		expect(header(pv.output)).toBe('NAME CAPACITY ACCESS MODES RECLAIM POLICY STATUS CLAIM STORAGECLASS VOLUMEATTRIBUTESCLASS REASON AGE');
		expect(pv.output.split('\n')[1]!.replace(/\s+/g, ' ')).toMatch(new RegExp(`^pvc-${uid} 1Gi RWO Delete Bound default/data standard <unset> \\d+s$`));
		const yaml = await run(pv.state, 'kubectl get pvc data -o yaml');
		expect(yaml.output).toContain(
			`  storageClassName: standard\n  volumeMode: Filesystem\n  volumeName: pvc-${uid}\nstatus:\n  accessModes:\n  - ReadWriteOnce\n  capacity:\n    storage: 1Gi\n  phase: Bound`,
		);
	});

	it("a Pod whose claim does not exist stays Pending with the scheduler's message", async () => {
		const r = await run(lab(), 'kubectl apply -f pod.yaml', 'kubectl get pods', 'kubectl describe pod writer');
		expect(r.state.cluster.pods[0]!.nodeName).toBeUndefined();
		expect(r.state.cluster.pods[0]!.unschedulableReason).toMatch(/^0\/4 nodes are available: persistentvolumeclaim "data" not found\./);
	});

	it('deleting a claim in use leaves it Terminating until the Pod goes (kubernetes.io/pvc-protection); the PV goes with it (reclaimPolicy Delete)', async () => {
		const r = await run(lab(), 'kubectl apply -f pvc.yaml -f pod.yaml', 'kubectl get pods', 'kubectl get pods', 'kubectl delete pvc data');
		expect(r.output).toBe('persistentvolumeclaim "data" deleted');
		expect((await run(r.state, 'kubectl get pvc')).output.split('\n')[1]).toMatch(/^data {3}Terminating/);
		const gone = await run(r.state, 'kubectl delete pod writer', 'kubectl get pvc');
		expect(gone.output).toBe('No resources found in default namespace.');
		expect((await run(gone.state, 'kubectl get pv')).output).toBe('No resources found');
	});

	it('errors: NotFound, an invalid claim, and immutable spec', async () => {
		expect((await run(lab(), 'kubectl get pvc nope')).output).toBe('Error from server (NotFound): persistentvolumeclaims "nope" not found');
		expect((await run(lab(), 'kubectl delete pvc nope')).output).toBe('Error from server (NotFound): persistentvolumeclaims "nope" not found');
		const bad = writeFile(
			createLab('empty'),
			'bad.yaml',
			'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: bad\nspec:\n  resources:\n    requests:\n      storage: 1Gi\n',
		);
		expect((await run(bad, 'kubectl apply -f bad.yaml')).output).toBe(
			'The PersistentVolumeClaim "bad" is invalid: spec.accessModes: Required value: at least 1 access mode is required',
		);
		const changed = await run(lab(), 'kubectl apply -f pvc.yaml');
		const again = await run(writeFile(changed.state, 'pvc.yaml', pvc.replace('1Gi', '2Gi')), 'kubectl apply -f pvc.yaml');
		expect(again.exitCode).toBe(1);
		expect(again.output).toContain('The PersistentVolumeClaim "data" is invalid: spec: Forbidden: spec is immutable after creation');
	});
});

describe('Jobs and CronJobs (kubernetes.io/docs/concepts/workloads/controllers/job/, .../cron-jobs/)', () => {
	const piJob =
		'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: pi\nspec:\n  completions: 3\n  parallelism: 2\n  template:\n    spec:\n      containers:\n      - name: pi\n        image: perl:5.34.0\n        command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]\n      restartPolicy: Never\n';

	it('a Job keeps at most `parallelism` Pods until `completions` succeeded; get jobs has printers.go columns', async () => {
		const state = writeFile(createLab('empty'), 'pi-job.yaml', piJob);
		const r = await run(state, 'kubectl apply -f pi-job.yaml', 'kubectl get jobs');
		expect(r.output.split('\n')[0]).toBe('NAME   STATUS    COMPLETIONS   DURATION   AGE');
		expect(r.output.split('\n')[1]!.replace(/\s+/g, ' ')).toMatch(/^pi Running 0\/3 \d+s \d+s$/);
		const first = await run(r.state, 'kubectl get pods -l batch.kubernetes.io/job-name=pi');
		expect(first.output.split('\n')).toHaveLength(3);
		let s = first.state;
		const seen = new Set<number>();
		for (let i = 0; i < 12; i++) {
			s = (await run(s, 'kubectl get pods')).state;
			seen.add(s.cluster.pods.filter((p) => p.phase !== 'Succeeded').length);
		}
		expect(Math.max(...seen)).toBe(2);
		const done = await run(s, 'kubectl get jobs', 'kubectl get pods');
		expect(
			done.output
				.split('\n')
				.slice(1)
				.every((l) => / 0\/1 +Completed /.test(l)),
		).toBe(true);
		expect((await run(s, 'kubectl get jobs')).output.split('\n')[1]!.replace(/\s+/g, ' ')).toMatch(/^pi Complete 3\/3 60s 2m30s$/);
		const d = await run(s, 'kubectl describe job pi');
		expect(d.output).toContain('Pods Statuses:    0 Active (0 Ready) / 3 Succeeded / 0 Failed');
		expect(d.output).toMatch(/Normal +SuccessfulCreate +\d+s +job-controller +Created pod: pi-/);
	});

	it('create job names the container after the Job and uses restartPolicy Never (create_job.go); logs job/NAME reads its Pod', async () => {
		const r = await run(createLab('empty'), 'kubectl create job hello --image=busybox:1.37 -- echo Hello');
		expect(r.output).toBe('job.batch/hello created');
		const yaml = await run(r.state, 'kubectl get job hello -o yaml');
		expect(yaml.output).toContain('      - image: busybox:1.37\n        name: hello');
		expect(yaml.output).toContain('restartPolicy: Never');
		const logs = await run(yaml.state, 'kubectl get pods', 'kubectl get pods', 'kubectl logs job/hello');
		expect(logs.exitCode).toBe(0);
		expect(logs.output).toContain('busybox:1.37');
	});

	it('a CronJob creates <name>-<minutes since epoch> Jobs at schedule times; get cronjobs has printers.go columns', async () => {
		const r = await run(createLab('empty'), 'kubectl create cronjob report --image=busybox:1.37 --schedule="*/1 * * * *"', 'kubectl get cronjobs');
		expect(r.output).toMatch(
			/^NAME {5}SCHEDULE {6}TIMEZONE {3}SUSPEND {3}ACTIVE {3}LAST SCHEDULE {3}AGE\nreport {3}\*\/1 \* \* \* \* {3}<none> {5}False {5}0 {8}<none> {10}\d+s$/,
		);
		let s = r.state;
		for (let i = 0; i < 7; i++) s = (await run(s, 'kubectl get jobs')).state;
		const jobs = s.cluster.jobs ?? [];
		expect(jobs.length).toBeGreaterThanOrEqual(1);
		expect(jobs[0]!.name).toMatch(/^report-\d{8}$/);
		expect(Number(jobs[0]!.name.slice(7)) * 60).toBe(
			Date.UTC(2026, 0, 5, 9, 0, 0) / 1000 + s.cluster.cronJobs![0]!.status.lastScheduleTime! - (jobs.length - 1) * 60,
		);
		const manual = await run(s, 'kubectl create job report-manual-1 --from=cronjob/report');
		expect(manual.output).toBe('job.batch/report-manual-1 created');
	});

	it('errors: AlreadyExists (create_job.go "failed to create job: %v"), NotFound, missing flags, invalid schedule', async () => {
		const base = await run(
			createLab('empty'),
			'kubectl create job hello --image=busybox:1.37',
			'kubectl create cronjob c --image=busybox:1.37 --schedule="0 * * * *"',
		);
		expect((await run(base.state, 'kubectl create job hello --image=busybox:1.37')).output).toBe(
			'error: failed to create job: jobs.batch "hello" already exists',
		);
		expect((await run(base.state, 'kubectl create cronjob c --image=busybox:1.37 --schedule="0 * * * *"')).output).toBe(
			'error: failed to create cronjob: cronjobs.batch "c" already exists',
		);
		expect((await run(base.state, 'kubectl get job nope')).output).toBe('Error from server (NotFound): jobs.batch "nope" not found');
		expect((await run(base.state, 'kubectl delete cronjob nope')).output).toBe('Error from server (NotFound): cronjobs.batch "nope" not found');
		expect((await run(base.state, 'kubectl create cronjob d --image=busybox:1.37')).output).toContain('required flag(s) "schedule" not set');
		expect((await run(base.state, 'kubectl create cronjob d --image=busybox:1.37 --schedule="* * *"')).output).toBe(
			'The CronJob "d" is invalid: spec.schedule: Invalid value: "* * *": expected exactly 5 fields, found 3: * * *',
		);
		expect((await run(base.state, 'kubectl create job x --from=cronjob/nope')).output).toBe(
			'error: failed to retrieve cronjob: cronjobs.batch "nope" not found',
		);
		const deleted = await run(base.state, 'kubectl get pods', 'kubectl delete job hello');
		expect(deleted.output).toBe('job.batch "hello" deleted');
		expect(deleted.state.cluster.pods.every((p) => p.deleting)).toBe(true);
	});
});

describe('cron schedules (kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#schedule-syntax)', () => {
	it('parses steps, ranges, lists and macros, and finds the latest schedule time', async () => {
		const { parseCronSchedule, latestScheduleTime } = await import('../../../src/sim/index');
		expect(parseCronSchedule('*/15 9-17 * * 1-5')).toEqual([
			[0, 15, 30, 45],
			[9, 10, 11, 12, 13, 14, 15, 16, 17],
			Array.from({ length: 31 }, (_, i) => i + 1),
			Array.from({ length: 12 }, (_, i) => i + 1),
			[1, 2, 3, 4, 5],
		]);
		expect(parseCronSchedule('@hourly')).toEqual(parseCronSchedule('0 * * * *'));
		expect(parseCronSchedule('61 * * * *')).toMatch(/above maximum/);
		// robfig/cron v3 parser.go getRange names which bound a range breaks.
		expect(parseCronSchedule('* * 0 * *')).toBe('beginning of range (0) below minimum (1): 0');
		expect(parseCronSchedule('30-10 * * * *')).toBe('beginning of range (30) beyond end of range (10): 30-10');
		expect(parseCronSchedule('*/0 * * * *')).toBe('step of range should be a positive number: */0');
		// Sim second 0 is 2026-01-05 09:00 UTC (a Monday).
		expect(latestScheduleTime('0 * * * *', 0, 3599)).toBeUndefined();
		expect(latestScheduleTime('0 * * * *', 0, 3600)).toBe(3600);
		expect(latestScheduleTime('30 9 * * *', -1, 7200)).toBe(1800);
	});
});

describe('Tab completion of the new kinds and nested subcommands', () => {
	it('completes create secret generic, its flags, the new types and their names', async () => {
		const lab = writeFile(createLab('empty'), 'app.conf', 'x=1');
		expect(completeCommand(lab, 'kubectl create secret g').candidates).toEqual(['generic']);
		expect(completeCommand(lab, 'kubectl create secret generic s --from-l').candidates).toEqual(['--from-literal']);
		expect(completeCommand(lab, 'kubectl create configmap c --from-file ').candidates).toEqual(['app.conf']);
		expect(completeCommand(lab, 'kubectl create c').candidates).toEqual(['configmap', 'cronjob']);
		expect(completeCommand(lab, 'kubectl get cron').candidates).toEqual(['cronjobs']);
		expect(completeCommand(lab, 'kubectl get persistentv').candidates).toEqual(['persistentvolumeclaims', 'persistentvolumes']);
		const r = await run(lab, 'kubectl create configmap app-config --from-literal=a=b');
		expect(completeCommand(r.state, 'kubectl describe configmap ').candidates).toEqual(['app-config']);
	});
});
