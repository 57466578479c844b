/** The RolloutSimulator island on Korean pages: only the Korean strings ship. */
import { ko } from '../../i18n/rollout-simulator.ko';
import { ko as widgetKo } from '../../i18n/widget.ko';
import RolloutSimulator, { type RolloutSimulatorProps } from './index';

/** RolloutSimulator with the Korean strings. */
export default function RolloutSimulatorKo(props: Omit<RolloutSimulatorProps, 't' | 'widgetT'>) {
	return <RolloutSimulator {...props} t={ko} widgetT={widgetKo} />;
}
