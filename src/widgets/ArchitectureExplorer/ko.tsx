/** The ArchitectureExplorer island on Korean pages: its own strings come as a serialized prop, the shared widget strings from here. */
import { ko as widgetKo } from '../../i18n/widget.ko';
import ArchitectureExplorer, { type ArchitectureExplorerProps } from './index';

/** ArchitectureExplorer with the Korean widget strings. */
export default function ArchitectureExplorerKo(props: Omit<ArchitectureExplorerProps, 'widgetT'>) {
	return <ArchitectureExplorer {...props} widgetT={widgetKo} />;
}
