import type { WidgetStrings } from './widget';

/** English strings of every widget frame and URL note: the Korean table's keys and shapes, checked by tsc. Only English pages' islands import this module. */
export const en: WidgetStrings = {
	noScript: 'JavaScript is off, so the widget shows its first state only. The text and examples around it still teach the same thing.',
	urlClamped: (key: string, value: string, used: string) => `The link's ${key}=${value} is out of range, so ${used} is used instead.`,
	urlIgnored: (key: string, value: string) => `The link's ${key}=${value} could not be read and was ignored.`,
	engineFailed: (error: string) => `The simulator could not load (${error}). Check the connection and press again to retry.`,
};
