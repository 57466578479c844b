// @vitest-environment happy-dom
// The controllers page's two widgets when their engine cannot load (a page opened offline before
// the service worker had cached it): the note is shown and announced, the first frame stays as it
// was, and the next reach loads the engine, applies the press and removes the note.
import { fireEvent, render, waitFor } from '@testing-library/preact';
import { h } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { strings as ccStrings } from '../../../../src/i18n/controller-comparison';
import { en as replicaEn } from '../../../../src/i18n/replica-slider.en';
import { en as widgetEn } from '../../../../src/i18n/widget.en';
import ControllerComparison from '../../../../src/widgets/ControllerComparison/index';
import ReplicaSlider from '../../../../src/widgets/ReplicaSlider/index';

const network = vi.hoisted(() => ({ offline: true }));
vi.mock('../../../../src/widgets/ReplicaSlider/model', async (importActual) => {
	if (network.offline) throw new Error('Failed to fetch dynamically imported module');
	return importActual();
});
vi.mock('../../../../src/widgets/ControllerComparison/model', async (importActual) => {
	if (network.offline) throw new Error('Failed to fetch dynamically imported module');
	return importActual();
});

type ReplicaModel = typeof import('../../../../src/widgets/ReplicaSlider/model');
type ComparisonModel = typeof import('../../../../src/widgets/ControllerComparison/model');

describe('the controllers widgets without their engine', () => {
	it('ReplicaSlider: a failed load is shown, the frame kept, and the next press works', async () => {
		network.offline = true;
		const { firstFrame } = await vi.importActual<ReplicaModel>('../../../../src/widgets/ReplicaSlider/model');
		const view = render(h(ReplicaSlider, { t: replicaEn, widgetT: widgetEn, first: firstFrame(replicaEn) }));
		const value = () => view.getByTestId('rsl-replicas-value').textContent;
		expect(view.queryByTestId('engine-failed')).toBeNull();
		fireEvent.click(view.getByRole('button', { name: replicaEn.increase }));
		const note = await view.findByTestId('engine-failed');
		expect(note.getAttribute('role')).toBe('alert');
		// (vitest wraps the factory's error in its own message)
		expect(note.textContent).toMatch(/^The simulator could not load \(.+\)\. Check the connection and press again to retry\.$/);
		expect(value()).toBe('3');

		network.offline = false;
		fireEvent.click(view.getByRole('button', { name: replicaEn.increase }));
		await waitFor(() => expect(value()).toBe('4'));
		expect(view.queryByTestId('engine-failed')).toBeNull();
		view.unmount();
	});

	it('ControllerComparison: a failed load is shown, the tab kept, and the next press works', async () => {
		network.offline = true;
		const { firstFrame } = await vi.importActual<ComparisonModel>('../../../../src/widgets/ControllerComparison/model');
		const t = ccStrings.en;
		const view = render(h(ControllerComparison, { t, widgetT: widgetEn, first: firstFrame() }));
		const tab = () => view.getByRole('tab', { name: t.kindStatefulSet });
		fireEvent.click(tab());
		const note = await view.findByTestId('engine-failed');
		// (vitest wraps the factory's error in its own message)
		expect(note.textContent).toMatch(/^The simulator could not load \(.+\)\. Check the connection and press again to retry\.$/);
		expect(tab().getAttribute('aria-selected')).toBe('false');

		network.offline = false;
		fireEvent.click(tab());
		await waitFor(() => expect(tab().getAttribute('aria-selected')).toBe('true'));
		expect(view.queryByTestId('engine-failed')).toBeNull();
		view.unmount();
	});
});
