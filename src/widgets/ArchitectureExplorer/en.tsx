/** The ArchitectureExplorer island on English pages: its own strings come as a serialized prop, the shared widget strings from here. */
import { en as widgetEn } from '../../i18n/widget.en';
import ArchitectureExplorer, { type ArchitectureExplorerProps } from './index';

/** ArchitectureExplorer with the English widget strings. */
export default function ArchitectureExplorerEn(props: Omit<ArchitectureExplorerProps, 'widgetT'>) {
	return <ArchitectureExplorer {...props} widgetT={widgetEn} />;
}
