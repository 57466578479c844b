/** The ServiceTypePicker island on English pages: only the English strings ship. */
import { en } from '../../i18n/service-type-picker.en';
import { en as widgetEn } from '../../i18n/widget.en';
import ServiceTypePicker, { type ServiceTypePickerProps } from './index';

/** ServiceTypePicker with the English strings. */
export default function ServiceTypePickerEn(props: Omit<ServiceTypePickerProps, 't' | 'widgetT'>) {
	return <ServiceTypePicker {...props} t={en} widgetT={widgetEn} />;
}
