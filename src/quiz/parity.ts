/**
 * Korean/English parity of a quiz: the English file must ask the same questions with the
 * same ids, kinds, option/item ids and answers, because stored progress and onboarding
 * links refer to those ids in both languages.
 */
import type { Question, Quiz } from './schema';

function answerKey(q: Question): string {
	return q.kind === 'order' ? q.items.map((i) => i.id).join(' > ') : q.options.map((o) => `${o.id}${o.correct ? '*' : ''}`).join(', ');
}

/** Lists every difference between a Korean quiz and its English twin (empty when they match). */
export function findParityProblems(koFile: string, ko: Quiz, enFile: string, en: Quiz): string[] {
	const out: string[] = [];
	const koIds = ko.questions.map((q) => q.id);
	const enIds = en.questions.map((q) => q.id);
	if (koIds.join() !== enIds.join()) {
		out.push(`${enFile}: question ids [${enIds.join(', ')}] differ from ${koFile} [${koIds.join(', ')}]`);
	}
	for (const k of ko.questions) {
		const e = en.questions.find((q) => q.id === k.id);
		if (!e) continue;
		if (e.kind !== k.kind) {
			out.push(`${enFile}: question "${k.id}": kind ${e.kind} differs from ${koFile} (${k.kind})`);
		} else if (answerKey(e) !== answerKey(k)) {
			// Options are compared in file order with their correct flags; items in the (correct) order.
			out.push(`${enFile}: question "${k.id}": options/answers [${answerKey(e)}] differ from ${koFile} [${answerKey(k)}]`);
		}
	}
	return out;
}
