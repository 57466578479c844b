/** The ManifestExplorer island on Korean pages: only the Korean strings ship (the field help comes as data). */
import { ko } from '../../i18n/manifest-explorer.ko';
import { ko as widgetKo } from '../../i18n/widget.ko';
import ManifestExplorer from './index';
import type { ManifestExplorerProps } from './use-manifest-explorer';

/** ManifestExplorer with the Korean strings. */
export default function ManifestExplorerKo(props: Omit<ManifestExplorerProps, 't' | 'widgetT'>) {
	return <ManifestExplorer {...props} t={ko} widgetT={widgetKo} />;
}
