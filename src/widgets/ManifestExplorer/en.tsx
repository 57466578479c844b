/** The ManifestExplorer island on English pages: only the English strings ship (the field help comes as data). */
import { en } from '../../i18n/manifest-explorer.en';
import { en as widgetEn } from '../../i18n/widget.en';
import ManifestExplorer from './index';
import type { ManifestExplorerProps } from './use-manifest-explorer';

/** ManifestExplorer with the English strings. */
export default function ManifestExplorerEn(props: Omit<ManifestExplorerProps, 't' | 'widgetT'>) {
	return <ManifestExplorer {...props} t={en} widgetT={widgetEn} />;
}
