/** Survey import: file input or drag and drop; the file is read and evaluated in the browser. */
import { useState } from 'preact/hooks';
import { evaluateSurvey, type SurveyIssue, type SurveyResult } from './survey';
import { CSV_ACCEPT, readTextFile } from '../../lib/read-text-file';
import { FileInput } from '../../components/forms/FileInput';
import { useFileDrop } from '../../components/forms/use-file-drop';
import { draftFromCounts, type CountsDraft } from './counts-input';
import { fillTemplate } from '../../lib/template';
import type { GroupStrings } from './strings';

interface Props {
	links: { template: string; templateEmpty: string; questionnaire: string };
	t: GroupStrings;
	onImported: (draft: CountsDraft) => void;
}

const MAX_BYTES = 5 * 1024 * 1024;
const MAX_SHOWN_ISSUES = 12;

type Report = { kind: 'error'; message: string } | { kind: 'done'; file: string; result: SurveyResult };

export function CsvImport({ links, t, onImported }: Props) {
	const g = t.group;
	const [report, setReport] = useState<Report | null>(null);

	const read = async (file: File | undefined) => {
		if (!file) return;
		const loaded = await readTextFile(file, MAX_BYTES);
		if (!loaded.ok) {
			setReport({
				kind: 'error',
				message: loaded.reason === 'tooLarge' ? g.tooLarge : fillTemplate(g.readError, { file: loaded.name }),
			});
			return;
		}
		const result = evaluateSurvey(loaded.text);
		setReport({ kind: 'done', file: loaded.name, result });
		if (result.n > 0) onImported(draftFromCounts(result.n, result.counts));
	};
	const { dragging, dropProps } = useFileDrop((files) => void read(files[0]));

	return (
		<fieldset class={`tg-fieldset tg-drop${dragging ? ' tg-drop-active' : ''}`} {...dropProps}>
			<legend>{g.importLegend}</legend>
			<p class="tg-hint">{g.importIntro}</p>
			<div class="tg-field">
				<label for="tg-csv">{g.file}</label>
				<FileInput id="tg-csv" accept={CSV_ACCEPT} onFiles={(files) => void read(files[0])} />
			</div>
			<p class="tg-hint" aria-hidden="true">
				{dragging ? g.dropActive : g.drop}
			</p>
			<ul class="tg-links">
				<li>
					<a href={links.template} download>
						{g.template}
					</a>
				</li>
				<li>
					<a href={links.templateEmpty} download>
						{g.templateEmpty}
					</a>
				</li>
				<li>
					<a href={links.questionnaire}>{g.questionnaire}</a>
				</li>
			</ul>
			<div role="status" class="tg-import-status">
				{report && <ImportReport report={report} t={t} />}
			</div>
		</fieldset>
	);
}

function ImportReport({ report, t }: { report: Report; t: GroupStrings }) {
	const g = t.group;
	if (report.kind === 'error') return <p class="field-error">{report.message}</p>;
	const { result, file } = report;
	const shown = result.issues.slice(0, MAX_SHOWN_ISSUES);
	return (
		<div class="tg-report">
			{result.n > 0 && <p>{fillTemplate(g.summary, { file, n: result.n, skipped: result.skipped })}</p>}
			{result.n > 0 && result.missing.length > 0 && (
				<p>{fillTemplate(g.missing, { rungs: result.missing.map((r) => t.rungs[r].de).join(', ') })}</p>
			)}
			{shown.length > 0 && (
				<>
					<p class="tg-report-heading">{g.issuesHeading}</p>
					<ul class="tg-issues">
						{shown.map((issue, i) => (
							<li key={i}>{issueText(issue, g.issues)}</li>
						))}
					</ul>
					{result.issues.length > shown.length && (
						<p>{fillTemplate(g.moreIssues, { count: result.issues.length - shown.length })}</p>
					)}
				</>
			)}
		</div>
	);
}

/** German message for one problem, with line, column and value filled in. */
function issueText(issue: SurveyIssue, templates: GroupStrings['group']['issues']): string {
	return fillTemplate(templates[issue.code], issue);
}
