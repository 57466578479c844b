// For hook tests with fake timers: lets a widget engine's dynamic import, and the state set
// when it arrives, settle inside act().
import { act } from '@testing-library/preact';
import { vi } from 'vitest';

/** Lets the engine's dynamic import and the state it sets settle. */
export async function settleEngine() {
	await act(() => vi.dynamicImportSettled());
	await act(() => Promise.resolve());
}
