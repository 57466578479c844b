/** Explanation text with `code` and **strong** spans (the only markup the field help uses). */

/** Renders `code` and **strong** inside a plain string. */
export function InlineText({ text }: { text: string }) {
	const parts = text.split(/(`[^`]+`|\*\*[^*]+\*\*)/g).filter(Boolean);
	return (
		<>
			{parts.map((part, i) =>
				part.startsWith('`') ? <code key={i}>{part.slice(1, -1)}</code> : part.startsWith('**') ? <strong key={i}>{part.slice(2, -2)}</strong> : part,
			)}
		</>
	);
}
