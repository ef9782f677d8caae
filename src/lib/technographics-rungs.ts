/**
 * The rungs of Forrester's Social-Technographics ladder (Li/Bernoff 2008; Conversationalists added
 * by Bernoff 2010), top to bottom, the order every chart and table uses. One list for the profile
 * calculator, the persona builder, the stores and the data schemas; the German names live in
 * src/i18n/de/technographics-rungs.ts.
 */
export const RUNGS = [
	'creators',
	'conversationalists',
	'critics',
	'collectors',
	'joiners',
	'spectators',
	'inactives',
] as const;
export type Rung = (typeof RUNGS)[number];
