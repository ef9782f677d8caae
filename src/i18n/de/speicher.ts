/**
 * Problems with stored data (src/stores/persisted.ts), each after the store's label („Personas:
 * nicht lesbar“). Every page loads these, so they are as short as possible; the notice explains
 * each case in its own HTML (`daten.notice…`), /datenschutz/ names the exact reason of a backup
 * (`daten.backupReasons`), and the repair says how much was lost (`speicherTeile`).
 */
const unreadable = 'nicht lesbar (beschädigt)';

export const speicher = {
	json: unreadable,
	format: unreadable,
	invalid: unreadable,
	old: 'aus einer alten Version, nicht übernehmbar',
	newer: 'aus einer neueren Version',
	conflict: 'in einem anderen Tab geändert',
	unsaved: 'nicht gespeichert',
} as const;
