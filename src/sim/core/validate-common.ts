/**
 * Building blocks of API validation: field errors worded like the API server's
 * (`spec.replicas: Invalid value: -1: must be greater than or equal to 0`), name and
 * label rules, int-or-percent, selectors and Pod templates. Input is `unknown`
 * because it usually comes from YAML a learner typed.
 */
import { explainInvalidQuantity } from './quantity.ts';
import type { FieldError } from './types.ts';

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Render a value the way field errors quote it. */
export function formatErrorValue(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value);
	if (value === undefined) return 'null';
	return JSON.stringify(value) ?? String(value);
}

/** `<field>: Required value`. */
export function required(field: string, detail = ''): FieldError {
	return { field, type: 'Required', detail };
}

/** `<field>: Invalid value: <value>: <detail>`. */
export function invalid(field: string, value: unknown, detail: string): FieldError {
	return { field, type: 'Invalid', value: formatErrorValue(value), detail };
}

/** `<field>: Unsupported value: <value>: supported values: ...`. */
export function unsupported(field: string, value: unknown, supported: readonly string[]): FieldError {
	return {
		field,
		type: 'Unsupported',
		value: formatErrorValue(value),
		detail: `supported values: ${supported.map((s) => JSON.stringify(s)).join(', ')}`,
	};
}

/** `<field>: Forbidden: <detail>`. */
export function forbidden(field: string, detail: string): FieldError {
	return { field, type: 'Forbidden', detail };
}

/** `<field>: Duplicate value: <value>`. */
export function duplicate(field: string, value: unknown): FieldError {
	return { field, type: 'Duplicate', value: formatErrorValue(value), detail: '' };
}

/** One field error as the API server prints it. */
export function formatFieldError(e: FieldError): string {
	switch (e.type) {
		case 'Required':
			return `${e.field}: Required value${e.detail ? `: ${e.detail}` : ''}`;
		case 'Forbidden':
			return `${e.field}: Forbidden: ${e.detail}`;
		case 'Duplicate':
			return `${e.field}: Duplicate value: ${e.value ?? ''}`;
		case 'NotFound':
			return `${e.field}: Not found: ${e.value ?? ''}`;
		case 'Unsupported':
			return `${e.field}: Unsupported value: ${e.value ?? ''}: ${e.detail}`;
		case 'Invalid':
			return `${e.field}: Invalid value: ${e.value ?? ''}: ${e.detail}`;
	}
}

/** The API server's message for a rejected object: `The Deployment "x" is invalid: ...`. */
export function formatInvalidObject(kind: string, name: string, errors: readonly FieldError[]): string {
	const parts = errors.map(formatFieldError);
	return `The ${kind} ${JSON.stringify(name)} is invalid: ${parts.length === 1 ? parts[0] : `[${parts.join(', ')}]`}`;
}

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** Errors for an object name that must be a DNS-1123 subdomain (most kinds). */
export function validateSubdomainName(value: unknown, field: string): FieldError[] {
	if (typeof value !== 'string' || value === '') return [required(field, 'name or generateName is required')];
	if (value.length > 253 || !DNS1123_SUBDOMAIN.test(value)) {
		return [
			invalid(
				field,
				value,
				"a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
			),
		];
	}
	return [];
}

/** Errors for a DNS-1123 label (container names, volume names). */
export function validateDnsLabel(value: unknown, field: string): FieldError[] {
	if (typeof value !== 'string' || value === '') return [required(field)];
	if (value.length > 63 || !DNS1123_LABEL.test(value)) {
		return [
			invalid(
				field,
				value,
				"a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
			),
		];
	}
	return [];
}

/** Errors for a Service name, which must be a DNS-1035 label (starts with a letter). */
export function validateServiceName(value: unknown, field: string): FieldError[] {
	if (typeof value !== 'string' || value === '') return [required(field, 'name or generateName is required')];
	if (value.length > 63 || !DNS1035_LABEL.test(value)) {
		return [
			invalid(
				field,
				value,
				"a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
			),
		];
	}
	return [];
}

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const LABEL_NAME = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/** Errors for a label map (keys qualified names, values up to 63 safe characters). */
export function validateLabelMap(value: unknown, field: string): FieldError[] {
	if (value === undefined || value === null) return [];
	if (!isRecord(value)) return [invalid(field, value, 'must be a map of string keys to string values')];
	const errors: FieldError[] = [];
	for (const [key, v] of Object.entries(value)) {
		if (!LABEL_NAME.test(key) || key.split('/').at(-1)!.length > 63) {
			errors.push(
				invalid(
					field,
					key,
					"name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
				),
			);
		}
		if (typeof v !== 'string') errors.push(invalid(`${field}.${key}`, v, 'must be a string'));
		else if (v.length > 63 || !LABEL_VALUE.test(v)) {
			errors.push(
				invalid(
					`${field}.${key}`,
					v,
					"a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
				),
			);
		}
	}
	return errors;
}

/** Errors for an optional annotation map (string values only). */
export function validateAnnotations(value: unknown, field: string): FieldError[] {
	if (value === undefined || value === null) return [];
	if (!isRecord(value)) return [invalid(field, value, 'must be a map of string keys to string values')];
	return Object.entries(value)
		.filter(([, v]) => typeof v !== 'string')
		.map(([k, v]) => invalid(`${field}.${k}`, v, 'must be a string'));
}

/** Errors for an optional integer that must be >= min (replicas, seconds, limits). */
export function validateInteger(value: unknown, field: string, min = 0): FieldError[] {
	if (value === undefined) return [];
	if (typeof value !== 'number' || !Number.isInteger(value)) return [invalid(field, value, 'must be an integer')];
	if (value < min) return [invalid(field, value, `must be greater than or equal to ${min}`)];
	return [];
}

/** The largest int32, the type of an IntOrString's integer (k8s.io/apimachinery/pkg/util/intstr). */
export const MAX_INT32 = 2147483647;

/**
 * Errors for an int-or-percent rolling-update knob (ValidatePositiveIntOrPercent and
 * IsNotMoreThan100Percent in pkg/apis/apps/validation/validation.go): an integer >= 0 that
 * fits int32, or a "[0-9]+%" string; `capPercent` adds the 100% ceiling, which a Deployment
 * applies to maxUnavailable only and a DaemonSet to both knobs.
 */
export function validateIntOrPercent(value: unknown, field: string, capPercent = true): FieldError[] {
	if (value === undefined) return [];
	if (typeof value === 'number') {
		// IntOrString decodes its integer into an int32: a larger number never reaches validation.
		if (Number.isInteger(value) && Math.abs(value) > MAX_INT32)
			return [invalid(field, value, `json: cannot unmarshal number ${value} into Go value of type int32`)];
		return validateInteger(value, field, 0);
	}
	if (typeof value !== 'string' || !/^[0-9]+%$/.test(value)) {
		return [
			invalid(
				field,
				value,
				"a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
			),
		];
	}
	if (capPercent && Number.parseInt(value, 10) > 100) return [invalid(field, value, 'must not be greater than 100%')];
	return [];
}

/** The numeric value of a valid int-or-percent as written (25% -> 25), for the "both zero" rule. */
export function getIntOrPercentValue(value: number | string): number {
	return typeof value === 'number' ? value : Number.parseInt(value, 10);
}

/** Errors for a resource quantity. */
export function validateQuantity(value: unknown, field: string): FieldError[] {
	if (typeof value !== 'string' && typeof value !== 'number')
		return [invalid(field, value, "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")];
	const problem = explainInvalidQuantity(value);
	return problem ? [invalid(field, value, problem)] : [];
}

/** Errors for a port number 1-65535. */
export function validatePortNumber(value: unknown, field: string): FieldError[] {
	if (value === undefined) return [required(field)];
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 65535) {
		return [invalid(field, value, 'must be between 1 and 65535, inclusive')];
	}
	return [];
}

/** Errors for an IANA service name used as a named port (e.g. `http`). */
export function validatePortName(value: unknown, field: string): FieldError[] {
	if (
		typeof value !== 'string' ||
		value.length === 0 ||
		value.length > 15 ||
		!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(value) ||
		!/[a-z]/.test(value) ||
		value.includes('--')
	) {
		return [
			invalid(
				field,
				value,
				"must be no more than 15 characters, contain only lowercase alphanumerics and '-', contain at least one letter (a-z), and not start or end with a hyphen or have adjacent hyphens",
			),
		];
	}
	return [];
}
