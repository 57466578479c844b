/** Validation of Pod specs, Pod templates and workload selectors (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
import { matchesSelector } from './labels.ts';
import type { FieldError } from './types.ts';
import {
	duplicate,
	forbidden,
	invalid,
	isRecord,
	required,
	unsupported,
	validateDnsLabel,
	validateInteger,
	validateLabelMap,
	validatePortName,
	validatePortNumber,
	validateQuantity,
} from './validate-common.ts';
import { parseQuantity } from './quantity.ts';

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'] as const;
const RESTART_POLICIES = ['Always', 'Never', 'OnFailure'] as const;
const EFFECTS = ['NoExecute', 'NoSchedule', 'PreferNoSchedule'] as const;

function validateResources(value: unknown, field: string): FieldError[] {
	if (value === undefined) return [];
	if (!isRecord(value)) return [invalid(field, value, 'must be an object')];
	const errors: FieldError[] = [];
	for (const group of ['requests', 'limits'] as const) {
		const map = value[group];
		if (map === undefined) continue;
		if (!isRecord(map)) {
			errors.push(invalid(`${field}.${group}`, map, 'must be a map of resource names to quantities'));
			continue;
		}
		for (const [name, quantity] of Object.entries(map)) errors.push(...validateQuantity(quantity, `${field}.${group}.${name}`));
	}
	const requests = isRecord(value['requests']) ? value['requests'] : {};
	const limits = isRecord(value['limits']) ? value['limits'] : {};
	for (const name of ['cpu', 'memory']) {
		const req = requests[name];
		const lim = limits[name];
		if ((typeof req === 'string' || typeof req === 'number') && (typeof lim === 'string' || typeof lim === 'number')) {
			const r = parseQuantity(req);
			const l = parseQuantity(lim);
			if (r !== undefined && l !== undefined && r > l) {
				errors.push(invalid(`${field}.requests`, req, `must be less than or equal to ${name} limit of ${String(lim)}`));
			}
		}
	}
	return errors;
}

function validateContainer(value: unknown, field: string, names: Set<string>): FieldError[] {
	if (!isRecord(value)) return [invalid(field, value, 'must be an object')];
	const errors = validateDnsLabel(value['name'], `${field}.name`);
	if (typeof value['name'] === 'string') {
		if (names.has(value['name'])) errors.push(duplicate(`${field}.name`, value['name']));
		names.add(value['name']);
	}
	const image = value['image'];
	if (typeof image !== 'string' || image.trim() === '') errors.push(required(`${field}.image`));
	const ports = value['ports'];
	if (ports !== undefined) {
		if (!Array.isArray(ports)) errors.push(invalid(`${field}.ports`, ports, 'must be a list'));
		else
			ports.forEach((port: unknown, i) => {
				const pf = `${field}.ports[${i}]`;
				if (!isRecord(port)) {
					errors.push(invalid(pf, port, 'must be an object'));
					return;
				}
				errors.push(...validatePortNumber(port['containerPort'], `${pf}.containerPort`));
				if (port['name'] !== undefined) errors.push(...validatePortName(port['name'], `${pf}.name`));
				if (port['protocol'] !== undefined && !PROTOCOLS.includes(port['protocol'] as (typeof PROTOCOLS)[number])) {
					errors.push(unsupported(`${pf}.protocol`, port['protocol'], PROTOCOLS));
				}
			});
	}
	errors.push(...validateResources(value['resources'], `${field}.resources`));
	return errors;
}

function validateTolerations(value: unknown, field: string): FieldError[] {
	if (value === undefined) return [];
	if (!Array.isArray(value)) return [invalid(field, value, 'must be a list')];
	const errors: FieldError[] = [];
	value.forEach((t: unknown, i) => {
		const tf = `${field}[${i}]`;
		if (!isRecord(t)) {
			errors.push(invalid(tf, t, 'must be an object'));
			return;
		}
		const operator = t['operator'] ?? 'Equal';
		if (operator !== 'Equal' && operator !== 'Exists') errors.push(unsupported(`${tf}.operator`, operator, ['Equal', 'Exists']));
		if (operator === 'Exists' && t['value'] !== undefined && t['value'] !== '') {
			errors.push(invalid(`${tf}.operator`, t['value'], "value must be empty when `operator` is 'Exists'"));
		}
		if ((t['key'] === undefined || t['key'] === '') && operator !== 'Exists') {
			errors.push(invalid(`${tf}.operator`, operator, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
		}
		if (t['effect'] !== undefined && !EFFECTS.includes(t['effect'] as (typeof EFFECTS)[number])) {
			errors.push(unsupported(`${tf}.effect`, t['effect'], EFFECTS));
		}
		if (t['tolerationSeconds'] !== undefined) {
			if (t['effect'] !== 'NoExecute') errors.push(invalid(`${tf}.effect`, t['effect'], "effect must be 'NoExecute' when `tolerationSeconds` is set"));
			errors.push(...validateInteger(t['tolerationSeconds'], `${tf}.tolerationSeconds`, 0));
		}
	});
	return errors;
}

/** Errors of a Pod spec; `workload` templates allow only restartPolicy Always (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export function validatePodSpec(value: unknown, field: string, workload: boolean): FieldError[] {
	if (!isRecord(value)) return [required(field)];
	const errors: FieldError[] = [];
	const containers = value['containers'];
	if (!Array.isArray(containers) || containers.length === 0) errors.push(required(`${field}.containers`));
	else {
		const names = new Set<string>();
		containers.forEach((c: unknown, i) => errors.push(...validateContainer(c, `${field}.containers[${i}]`, names)));
	}
	const restart = value['restartPolicy'];
	if (restart !== undefined) {
		if (workload && restart !== 'Always') errors.push(unsupported(`${field}.restartPolicy`, restart, ['Always']));
		else if (!RESTART_POLICIES.includes(restart as (typeof RESTART_POLICIES)[number])) {
			errors.push(unsupported(`${field}.restartPolicy`, restart, RESTART_POLICIES));
		}
	}
	errors.push(...validateInteger(value['terminationGracePeriodSeconds'], `${field}.terminationGracePeriodSeconds`, 0));
	errors.push(...validateLabelMap(value['nodeSelector'], `${field}.nodeSelector`));
	errors.push(...validateTolerations(value['tolerations'], `${field}.tolerations`));
	const volumes = value['volumes'];
	if (volumes !== undefined) {
		if (!Array.isArray(volumes)) errors.push(invalid(`${field}.volumes`, volumes, 'must be a list'));
		else
			volumes.forEach((v: unknown, i) => {
				const vf = `${field}.volumes[${i}]`;
				if (!isRecord(v) || typeof v['name'] !== 'string' || v['name'] === '') errors.push(required(`${vf}.name`));
				const claim = isRecord(v) ? v['persistentVolumeClaim'] : undefined;
				if (claim !== undefined && (!isRecord(claim) || typeof claim['claimName'] !== 'string' || claim['claimName'] === ''))
					errors.push(required(`${vf}.persistentVolumeClaim.claimName`));
			});
	}
	if (value['nodeName'] !== undefined) errors.push(forbidden(`${field}.nodeName`, 'the simulator lets the scheduler choose the node'));
	return errors;
}

/**
 * Errors of `spec.selector` and `spec.template` of a workload: the selector is
 * required, non-empty, matchLabels only, and must match the template labels (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/).
 */
export function validateSelectorAndTemplate(spec: Record<string, unknown>, kindLower: string): FieldError[] {
	const errors: FieldError[] = [];
	const selector = spec['selector'];
	let matchLabels: Record<string, unknown> | undefined;
	if (selector === undefined || selector === null) errors.push(required('spec.selector'));
	else if (!isRecord(selector)) errors.push(invalid('spec.selector', selector, 'must be a label selector'));
	else {
		if (selector['matchExpressions'] !== undefined) {
			errors.push(forbidden('spec.selector.matchExpressions', 'the simulator models matchLabels selectors only'));
		}
		const ml = selector['matchLabels'];
		errors.push(...validateLabelMap(ml, 'spec.selector.matchLabels'));
		if (!isRecord(ml) || Object.keys(ml).length === 0) {
			errors.push(invalid('spec.selector', selector, `empty selector is invalid for ${kindLower}`));
		} else matchLabels = ml;
	}
	const template = spec['template'];
	if (!isRecord(template)) {
		errors.push(required('spec.template'));
		return errors;
	}
	const metadata = isRecord(template['metadata']) ? template['metadata'] : {};
	const labels = metadata['labels'];
	errors.push(...validateLabelMap(labels, 'spec.template.metadata.labels'));
	if (matchLabels && !matchesSelector(matchLabels as Record<string, string>, isRecord(labels) ? (labels as Record<string, string>) : {})) {
		errors.push(invalid('spec.template.metadata.labels', labels ?? {}, '`selector` does not match template `labels`'));
	}
	errors.push(...validatePodSpec(template['spec'], 'spec.template.spec', true));
	return errors;
}
