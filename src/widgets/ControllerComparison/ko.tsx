/** The ControllerComparison island on Korean pages: its own strings come as a serialized prop, the shared widget strings from here. */
import { ko as widgetKo } from '../../i18n/widget.ko';
import ControllerComparison, { type ControllerComparisonProps } from './index';

/** ControllerComparison with the Korean widget strings. */
export default function ControllerComparisonKo(props: Omit<ControllerComparisonProps, 'widgetT'>) {
	return <ControllerComparison {...props} widgetT={widgetKo} />;
}
