/** The AccessCheck island on English pages: only the English strings ship. */
import { en } from '../../i18n/access-check.en';
import { en as widgetEn } from '../../i18n/widget.en';
import AccessCheck, { type AccessCheckProps } from './index';

/** AccessCheck with the English strings. */
export default function AccessCheckEn(props: Omit<AccessCheckProps, 't' | 'widgetT'>) {
	return <AccessCheck {...props} t={en} widgetT={widgetEn} />;
}
