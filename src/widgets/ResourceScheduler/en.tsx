/** The ResourceScheduler island on English pages: only the English strings ship. */
import { en } from '../../i18n/resource-scheduler.en';
import { en as widgetEn } from '../../i18n/widget.en';
import ResourceScheduler, { type ResourceSchedulerProps } from './index';

/** ResourceScheduler with the English strings. */
export default function ResourceSchedulerEn(props: Omit<ResourceSchedulerProps, 't' | 'widgetT'>) {
	return <ResourceScheduler {...props} t={en} widgetT={widgetEn} />;
}
