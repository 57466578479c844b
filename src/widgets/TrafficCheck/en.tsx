/** The TrafficCheck island on English pages: only the English strings ship. */
import { en } from '../../i18n/traffic-check.en';
import { en as widgetEn } from '../../i18n/widget.en';
import TrafficCheck, { type TrafficCheckProps } from './index';

/** TrafficCheck with the English strings. */
export default function TrafficCheckEn(props: Omit<TrafficCheckProps, 't' | 'widgetT'>) {
	return <TrafficCheck {...props} t={en} widgetT={widgetEn} />;
}
