/** Small questions of every kind for the quiz unit tests (not content: never shown on the site). */
import type { ChoiceQuestion, MatchingQuestion, NumericQuestion, OrderingQuestion } from './quiz';

export const single: ChoiceQuestion = {
	id: 'leiter',
	type: 'single',
	question: 'Wie viele Stufen hat die Leiter?',
	options: [
		{ text: 'Fünf', correct: false },
		{ text: 'Sieben', correct: true },
		{ text: 'Neun', correct: false },
	],
	explanation: 'Sie hat sieben Stufen.',
};

export const multiple: ChoiceQuestion = {
	id: 'kennzahlen',
	type: 'multiple',
	question: 'Welche Kennzahlen misst das Monitoring?',
	options: [
		{ text: 'Follower', correct: true },
		{ text: 'Wetter', correct: false },
		{ text: 'Interaktionen', correct: true },
	],
	explanation: 'Follower und Interaktionen.',
};

export const numeric: NumericQuestion = {
	id: 'minijob',
	type: 'numeric',
	question: 'Wie hoch ist die Grenze in Euro?',
	answer: 603,
	tolerance: 0.5,
	unit: '€',
	explanation: '13,90 € × 130 ÷ 3, aufgerundet.',
};

export const ordering: OrderingQuestion = {
	id: 'stufen',
	type: 'ordering',
	question: 'Ordnen Sie die Stufen von aktiv zu passiv.',
	items: ['Creators', 'Critics', 'Collectors', 'Joiners'],
	explanation: 'Die Leiter beginnt bei den Creators.',
};

export const matching: MatchingQuestion = {
	id: 'paare',
	type: 'matching',
	question: 'Ordnen Sie jeder Plattform ihr Format zu.',
	pairs: [
		{ left: 'Instagram', right: 'Bilder' },
		{ left: 'Podcast', right: 'Audio' },
		{ left: 'Blog', right: 'Text' },
	],
	explanation: 'Jede Plattform hat ihr Kernformat.',
};
