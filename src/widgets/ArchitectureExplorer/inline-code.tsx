/** Renders prose where `backticks` mark code, as text with <code> spans. */
export function InlineCode({ text }: { text: string }) {
	return <>{text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
}
