/**
 * The note that part of the page could not be loaded (role=alert, so it is announced), with
 * one button that tries again; styled by src/styles/load-note.css. Used by quiz-loader.ts and
 * island-errors.ts.
 */
export function createLoadNote(className: string, text: string, buttonLabel: string, onClick: () => void): HTMLParagraphElement {
	const note = document.createElement('p');
	note.className = `load-note ${className}`;
	note.setAttribute('role', 'alert');
	note.textContent = `${text} `;
	const button = document.createElement('button');
	button.type = 'button';
	button.textContent = buttonLabel;
	button.addEventListener('click', onClick);
	note.append(button);
	return note;
}
