/**
 * Turns the widget's controls on once its island runs. WidgetFrame renders the island inside
 * a disabled <fieldset>, so without JavaScript (or before hydration) every button, input and
 * select is natively disabled instead of looking live and doing nothing; this removes that.
 */
import { useEffect, useRef } from 'preact/hooks';

/** A hidden marker that enables the surrounding widget frame after hydration. */
export function EnableFrame() {
	const ref = useRef<HTMLSpanElement>(null);
	useEffect(() => {
		ref.current?.closest('fieldset.k8s-frame-controls')?.removeAttribute('disabled');
	}, []);
	return <span ref={ref} hidden />;
}
