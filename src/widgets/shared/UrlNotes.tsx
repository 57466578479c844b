/**
 * The note a widget shows when its link (the page URL) had a setting it clamped into range
 * or could not read: visible, in the page's language, and announced once.
 */
import type { WidgetStrings } from '../../i18n/widget';
import type { UrlNote } from './url-state';

interface Props {
	/** The page language's widget strings, from the island's entry (ko.tsx or en.tsx). */
	t: Pick<WidgetStrings, 'urlClamped' | 'urlIgnored'>;
	notes: readonly UrlNote[];
}

/** Nothing when every URL value was used as written. */
export function UrlNotes({ t, notes }: Props) {
	if (notes.length === 0) return null;
	return (
		<div class="k8s-url-notes" role="status" data-testid="url-notes">
			{notes.map((n, i) => (
				<p key={i}>{n.kind === 'clamped' ? t.urlClamped(n.key, n.value, n.used ?? '') : t.urlIgnored(n.key, n.value)}</p>
			))}
		</div>
	);
}
