/** The ControllerComparison island on English pages: its own strings come as a serialized prop, the shared widget strings from here. */
import { en as widgetEn } from '../../i18n/widget.en';
import ControllerComparison, { type ControllerComparisonProps } from './index';

/** ControllerComparison with the English widget strings. */
export default function ControllerComparisonEn(props: Omit<ControllerComparisonProps, 'widgetT'>) {
	return <ControllerComparison {...props} widgetT={widgetEn} />;
}
