/** The ResourceScheduler island on Korean pages: only the Korean strings ship. */
import { ko } from '../../i18n/resource-scheduler.ko';
import { ko as widgetKo } from '../../i18n/widget.ko';
import ResourceScheduler, { type ResourceSchedulerProps } from './index';

/** ResourceScheduler with the Korean strings. */
export default function ResourceSchedulerKo(props: Omit<ResourceSchedulerProps, 't' | 'widgetT'>) {
	return <ResourceScheduler {...props} t={ko} widgetT={widgetKo} />;
}
