/** The AccessCheck island on Korean pages: only the Korean strings ship. */
import { ko } from '../../i18n/access-check.ko';
import { ko as widgetKo } from '../../i18n/widget.ko';
import AccessCheck, { type AccessCheckProps } from './index';

/** AccessCheck with the Korean strings. */
export default function AccessCheckKo(props: Omit<AccessCheckProps, 't' | 'widgetT'>) {
	return <AccessCheck {...props} t={ko} widgetT={widgetKo} />;
}
