import { describe, expect, it } from 'vitest';
import { fillTemplate } from './template';

describe('fillTemplate', () => {
	it('replaces known placeholders and leaves unknown ones visible', () => {
		expect(fillTemplate('{n} von {total}', { n: 2, total: 9 })).toBe('2 von 9');
		expect(fillTemplate('Hallo {name}', {})).toBe('Hallo {name}');
		expect(fillTemplate('Jahr {year}', { year: 2009 })).toBe('Jahr 2009');
	});

	it('keeps text without placeholders and unmatched braces as they are', () => {
		expect(fillTemplate('Keine Klammern', { n: 1 })).toBe('Keine Klammern');
		expect(fillTemplate('offen { bleibt', { n: 1 })).toBe('offen { bleibt');
	});

	const questions = '{count, plural, =0 {keine Fragen} one {eine Frage} other {# Fragen}} zu {topic}';

	it('chooses the plural branch by Intl.PluralRules, an exact =n branch first', () => {
		expect(fillTemplate(questions, { count: 0, topic: 'Krisen' })).toBe('keine Fragen zu Krisen');
		expect(fillTemplate(questions, { count: 1, topic: 'Krisen' })).toBe('eine Frage zu Krisen');
		expect(fillTemplate(questions, { count: 2, topic: 'Krisen' })).toBe('2 Fragen zu Krisen');
	});

	it('formats # for de-DE and fills placeholders inside a branch', () => {
		const t = '{n, plural, one {# Treffer für „{term}“} other {# Treffer für „{term}“}}';
		expect(fillTemplate(t, { n: 1234, term: 'Kulanz' })).toBe('1.234 Treffer für „Kulanz“');
		expect(fillTemplate('{n, plural, one {# Punkt} other {# Punkte}}', { n: 1.5 })).toBe('1,5 Punkte');
	});

	it('accepts a count given as a string and leaves a plural without count or other branch visible', () => {
		expect(fillTemplate('{n, plural, one {# Tag} other {# Tage}}', { n: '3' })).toBe('3 Tage');
		expect(fillTemplate('{n, plural, one {# Tag} other {# Tage}}', {})).toBe('{n, plural, one {# Tag} other {# Tage}}');
		expect(fillTemplate('{n, plural, one {# Tag}}', { n: 2 })).toBe('{n, plural, one {# Tag}}');
		expect(fillTemplate('{n, plural, one {# Tag} other {# Tage}}', { n: 'viele' })).toBe(
			'{n, plural, one {# Tag} other {# Tage}}',
		);
	});
});
