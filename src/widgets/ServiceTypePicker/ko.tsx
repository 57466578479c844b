/** The ServiceTypePicker island on Korean pages: only the Korean strings ship. */
import { ko } from '../../i18n/service-type-picker.ko';
import { ko as widgetKo } from '../../i18n/widget.ko';
import ServiceTypePicker, { type ServiceTypePickerProps } from './index';

/** ServiceTypePicker with the Korean strings. */
export default function ServiceTypePickerKo(props: Omit<ServiceTypePickerProps, 't' | 'widgetT'>) {
	return <ServiceTypePicker {...props} t={ko} widgetT={widgetKo} />;
}
