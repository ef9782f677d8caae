import { describe, expect, it } from 'vitest';
import { buildResultCsv, type ExportLabels } from './export';
import { buildProfile, indexProfile, profileValues } from './profile';
import { RUNGS } from './rungs';
import { parseCsv } from '../../lib/csv';

const labels: ExportLabels = {
	columns: {
		rung: 'Stufe',
		original: 'Original',
		count: 'Anzahl',
		share: 'Anteil (%)',
		low: 'KI unten',
		high: 'KI oben',
		n: 'n',
		index: 'Index',
	},
	rungs: Object.fromEntries(RUNGS.map((r) => [r, { de: `DE ${r}`, en: r }])) as ExportLabels['rungs'],
};

describe('buildResultCsv', () => {
	it('writes a German spreadsheet file with decimal commas and empty cells for unsurveyed rungs', () => {
		const profile = buildProfile(3, {
			creators: 1,
			conversationalists: null,
			critics: 0,
			collectors: 0,
			joiners: 2,
			spectators: 3,
			inactives: 0,
		});
		if (!profile) throw new Error('profile expected');
		const reference = {
			creators: 24,
			conversationalists: 33,
			critics: 37,
			collectors: 20,
			joiners: 59,
			spectators: 70,
			inactives: 17,
		};
		const csv = buildResultCsv(3, profile, indexProfile(profileValues(profile), reference), labels);
		expect(csv.startsWith('\uFEFFStufe;Original;Anzahl;n;Anteil (%);KI unten;KI oben;Index\r\n')).toBe(true);
		const rows = parseCsv(csv).records.map((r) => r.cells);
		expect(rows[1]).toEqual(['DE creators', 'creators', '1', '3', '33,3', '6,1', '79,2', '139']);
		expect(rows[2]).toEqual(['DE conversationalists', 'conversationalists', '', '3', '', '', '', '']);
	});
});
