/** The kubectl lab island on English pages: only the English strings ship. */
import { en } from '../../i18n/kubectl-lab.en';
import KubectlLab, { type KubectlLabProps } from './index';

/** KubectlLab with the English strings. */
export default function KubectlLabEn(props: Omit<KubectlLabProps, 't'>) {
	return <KubectlLab {...props} t={en} />;
}
