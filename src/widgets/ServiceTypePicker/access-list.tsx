/** The three places a client can stand, as radios: each says whether it reaches the Service and why. */
import type { Locale } from '../../i18n/index';
import type { strings } from '../../i18n/service-type-picker';
import type { ServiceType, TraceOrigin } from '../../sim/index';
import { explainAccess, labelOrigin, type FrameAccess } from './frame';

interface Props {
	t: (typeof strings)[Locale];
	access: readonly FrameAccess[];
	type: ServiceType;
	origin: TraceOrigin;
	entryNode: string;
	onOrigin: (origin: TraceOrigin) => void;
}

/** Radio group of origins with a reachable/unreachable badge, the address used and the reason. */
export function AccessList({ t, access, type, origin, entryNode, onOrigin }: Props) {
	return (
		<fieldset class="stp-access">
			<legend class="stp-label">{t.accessLegend}</legend>
			{access.map((a) => {
				// From outside, show the address on the node chosen to receive the request.
				const shown = a.origin === 'outside-node' ? a.addresses.filter((x) => x.node === entryNode) : a.addresses;
				const id = `stp-origin-${a.origin}`;
				return (
					<label class="stp-origin" key={a.origin} data-origin={a.origin} data-reachable={a.trace.reachable ? 'true' : 'false'}>
						{/* Named by the origin alone; reachability, address and reason are its description. */}
						<input
							type="radio"
							name="stp-origin"
							value={a.origin}
							checked={a.origin === origin}
							onChange={() => onOrigin(a.origin)}
							aria-labelledby={`${id}-name`}
							aria-describedby={`${id}-badge ${id}-addr ${id}-reason`}
						/>
						<span class="stp-origin-body">
							<span class="stp-origin-name" id={`${id}-name`}>
								{labelOrigin(t, a.origin)}
							</span>
							<span class="stp-origin-state">
								<span class={a.trace.reachable ? 'stp-badge is-ok' : 'stp-badge is-no'} id={`${id}-badge`}>
									<span aria-hidden="true">{a.trace.reachable ? '✓ ' : '✗ '}</span>
									{a.trace.reachable ? t.reachable : t.unreachable}
								</span>
								<span class="stp-mono stp-origin-addr" id={`${id}-addr`}>
									{shown.length > 0 ? shown.map((x) => x.address).join(' · ') : t.noAddress}
								</span>
							</span>
							<span class="stp-origin-reason" id={`${id}-reason`}>
								{explainAccess(t, a, type)}
							</span>
						</span>
					</label>
				);
			})}
		</fieldset>
	);
}
