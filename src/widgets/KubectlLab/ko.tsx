/** The kubectl lab island on Korean pages: only the Korean strings ship. */
import { ko } from '../../i18n/kubectl-lab.ko';
import KubectlLab, { type KubectlLabProps } from './index';

/** KubectlLab with the Korean strings. */
export default function KubectlLabKo(props: Omit<KubectlLabProps, 't'>) {
	return <KubectlLab {...props} t={ko} />;
}
