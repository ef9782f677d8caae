/** Export and import of the monthly table as CSV; an import with any problem changes nothing. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { KpiMonitoringStrings } from '../../i18n/de/kpi-monitoring';
import { replaceKpiMonths } from '../../stores/kpi-monitoring';
import { CSV_ACCEPT, readTextFile } from '../../lib/read-text-file';
import { FileInput } from '../../components/forms/FileInput';
import { fillTemplate } from '../../lib/template';
import { CSV_TYPE, downloadFile } from '../../lib/download';
import { buildKpiCsv, parseKpiCsv, type CsvProblem } from './csv';
import type { ParsedMonth } from './months';

interface Props {
	t: KpiMonitoringStrings;
	months: readonly ParsedMonth[];
	hasErrors: boolean;
}

const MAX_BYTES = 1024 * 1024;
const MAX_SHOWN = 20;

type Report = { kind: 'ok' | 'error'; message: string; problems?: CsvProblem[] };

export function CsvPanel({ t, months, hasErrors }: Props): JSX.Element {
	const c = t.csv;
	const [report, setReport] = useState<Report | null>(null);

	const exportCsv = (): void => {
		if (hasErrors) {
			setReport({ kind: 'error', message: c.exportBlocked });
			return;
		}
		setReport(null);
		downloadFile(c.exportFile, buildKpiCsv(months, c.headers), CSV_TYPE);
	};

	const importFile = async (file: File | undefined): Promise<void> => {
		if (!file) return;
		const loaded = await readTextFile(file, MAX_BYTES);
		if (!loaded.ok) {
			const message = loaded.reason === 'tooLarge' ? c.tooLarge : fillTemplate(c.readError, { file: loaded.name });
			setReport({ kind: 'error', message });
			return;
		}
		const result = parseKpiCsv(loaded.text, { headers: c.headers, messages: c.messages }, (i) => `m${i + 1}`);
		if (result.ok) {
			replaceKpiMonths(result.months);
			setReport({ kind: 'ok', message: fillTemplate(c.imported, { count: result.months.length, file: loaded.name }) });
		} else {
			setReport({ kind: 'error', message: fillTemplate(c.rejected, { file: loaded.name }), problems: result.problems });
		}
	};

	const shown = report?.problems?.slice(0, MAX_SHOWN) ?? [];
	return (
		<section class="pl-fieldset kpi-csv" aria-labelledby="kpi-csv-heading">
			<h2 id="kpi-csv-heading">{c.heading}</h2>
			<p class="pl-note">{c.intro}</p>
			<div class="pl-actions">
				<button type="button" onClick={exportCsv}>
					{c.export}
				</button>
			</div>
			<div class="pl-field">
				<label for="kpi-csv-file">{c.file}</label>
				<FileInput id="kpi-csv-file" accept={CSV_ACCEPT} onFiles={(files) => void importFile(files[0])} />
			</div>
			<div role="status" class="kpi-csv-status">
				{report && (
					<>
						<p class={report.kind === 'error' ? 'field-error' : 'kpi-ok'}>{report.message}</p>
						{shown.length > 0 && (
							<ul class="pl-list">
								{shown.map((p, i) => (
									<li key={i}>
										{p.line === null ? p.message : fillTemplate(c.line, { line: p.line, message: p.message })}
									</li>
								))}
							</ul>
						)}
						{(report.problems?.length ?? 0) > shown.length && <p>…</p>}
					</>
				)}
			</div>
		</section>
	);
}
