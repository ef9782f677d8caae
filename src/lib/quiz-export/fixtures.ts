/** A small two-chapter quiz with every question kind and GIFT/XML special characters, for the export tests. */
import type { ExportChapter } from './model';

const base = { level: 'erinnern' as const, goals: [] as string[] };

export const chapters: ExportChapter[] = [
	{
		slug: 'echtzeit',
		order: 3,
		title: 'Echtzeit: Dialog & Tempo',
		questions: [
			{
				...base,
				id: 'grenze',
				type: 'single',
				question: 'Welche Formel gilt? {Hinweis: a = b} ~ 50 # 3 \\ <b>fett</b>',
				options: [
					{ text: 'Mindestlohn × 130 ÷ 3', correct: false },
					{ text: 'Stunden = 10 & mehr -> weniger', correct: true },
					{ text: '„Zitat“ mit <Tag>', correct: false },
				],
				explanation: 'Weil 13,90 € × 130 ÷ 3 = 602,33 … aufgerundet 603 € ergibt.',
				goals: ['ziel-1'],
			},
			{
				...base,
				id: 'kennzahlen',
				type: 'multiple',
				level: 'anwenden',
				question: 'Welche drei Kennzahlen misst das Monitoring?',
				options: [
					{ text: 'Follower', correct: true },
					{ text: 'Wetter', correct: false },
					{ text: 'Interaktionen', correct: true },
					{ text: 'Käufe', correct: true },
					{ text: 'Mondphase', correct: false },
				],
				explanation: 'Follower, Interaktionen und Käufe.',
			},
			{
				...base,
				id: 'minijob',
				type: 'numeric',
				level: 'anwenden',
				question: 'Wie hoch ist die Minijob-Grenze 2026?',
				answer: 602.5,
				tolerance: 0.5,
				unit: '€',
				explanation: '13,90 × 130 ÷ 3, aufgerundet.',
			},
		],
	},
	{
		slug: 'leiter',
		order: 4,
		title: 'Leiter / Stufen',
		questions: [
			{
				...base,
				id: 'reihe',
				type: 'ordering',
				level: 'analysieren',
				question: 'Ordnen Sie die Stufen: von aktiv zu passiv.',
				items: ['Creators', 'Critics {Kritik}', 'Collectors', 'Joiners'],
				explanation: 'Die Leiter beginnt bei den Creators.',
			},
			{
				...base,
				id: 'paare',
				type: 'matching',
				question: 'Ordnen Sie zu: Plattform → Format.',
				pairs: [
					{ left: 'Instagram', right: 'Bilder = Fotos' },
					{ left: 'Podcast', right: 'Audio' },
					{ left: 'Blog -> Text', right: 'Text' },
				],
				explanation: 'Jede Plattform hat ihr Kernformat.',
			},
			{
				...base,
				id: 'ganz',
				type: 'numeric',
				question: 'Wie viele Stufen hat die Leiter?',
				answer: 7,
				tolerance: 0,
				explanation: 'Sieben Stufen.',
			},
		],
	},
];
