/** The ReplicaSlider island on English pages: only the English strings ship. */
import { en } from '../../i18n/replica-slider.en';
import { en as widgetEn } from '../../i18n/widget.en';
import ReplicaSlider, { type ReplicaSliderProps } from './index';

/** ReplicaSlider with the English strings. */
export default function ReplicaSliderEn(props: Omit<ReplicaSliderProps, 't' | 'widgetT'>) {
	return <ReplicaSlider {...props} t={en} widgetT={widgetEn} />;
}
