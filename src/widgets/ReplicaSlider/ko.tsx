/** The ReplicaSlider island on Korean pages: only the Korean strings ship. */
import { ko } from '../../i18n/replica-slider.ko';
import { ko as widgetKo } from '../../i18n/widget.ko';
import ReplicaSlider, { type ReplicaSliderProps } from './index';

/** ReplicaSlider with the Korean strings. */
export default function ReplicaSliderKo(props: Omit<ReplicaSliderProps, 't' | 'widgetT'>) {
	return <ReplicaSlider {...props} t={ko} widgetT={widgetKo} />;
}
