/** The RolloutSimulator island on English pages: only the English strings ship. */
import { en } from '../../i18n/rollout-simulator.en';
import { en as widgetEn } from '../../i18n/widget.en';
import RolloutSimulator, { type RolloutSimulatorProps } from './index';

/** RolloutSimulator with the English strings. */
export default function RolloutSimulatorEn(props: Omit<RolloutSimulatorProps, 't' | 'widgetT'>) {
	return <RolloutSimulator {...props} t={en} widgetT={widgetEn} />;
}
