/** The TrafficCheck island on Korean pages: only the Korean strings ship. */
import { ko } from '../../i18n/traffic-check.ko';
import { ko as widgetKo } from '../../i18n/widget.ko';
import TrafficCheck, { type TrafficCheckProps } from './index';

/** TrafficCheck with the Korean strings. */
export default function TrafficCheckKo(props: Omit<TrafficCheckProps, 't' | 'widgetT'>) {
	return <TrafficCheck {...props} t={ko} widgetT={widgetKo} />;
}
