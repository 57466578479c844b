/** The type buttons (one pressed at a time) and the load-balancer provider switch. */
import type { Locale } from '../../i18n/index';
import type { strings } from '../../i18n/service-type-picker';
import type { ServiceType } from '../../sim/index';
import { SERVICE_TYPES } from './frame';

interface Props {
	t: (typeof strings)[Locale];
	type: ServiceType;
	provider: boolean;
	onType: (type: ServiceType) => void;
	onProvider: (enabled: boolean) => void;
}

/** Segmented buttons for spec.type and a switch for "a load balancer exists". */
export function TypeControls({ t, type, provider, onType, onProvider }: Props) {
	return (
		<div class="stp-controls">
			<div class="stp-types" role="group" aria-labelledby="stp-types-label">
				<span class="stp-label" id="stp-types-label">
					{t.typeGroup}
				</span>
				<div class="stp-segments">
					{SERVICE_TYPES.map((option) => (
						<button type="button" key={option} aria-pressed={option === type} onClick={() => onType(option)}>
							{option}
						</button>
					))}
				</div>
			</div>
			<button
				type="button"
				class="stp-switch"
				role="switch"
				aria-checked={provider}
				aria-describedby="stp-switch-hint"
				onClick={() => onProvider(!provider)}
			>
				<span class="stp-switch-track" aria-hidden="true">
					<span class="stp-switch-thumb" />
				</span>
				<span>{t.providerSwitch}</span>
			</button>
			<span class="k8s-sr-only" id="stp-switch-hint">
				{t.providerHint}
			</span>
		</div>
	);
}
