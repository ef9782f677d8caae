/** Export and import of all personas as JSON, and „Alle meine Daten löschen“. */
import { useState } from 'preact/hooks';
import { deleteAllMyData, importPersonas } from '../../stores/personas';
import { ConfirmButton } from '../../components/forms/ConfirmButton';
import { exportFileName, MAX_IMPORT_BYTES, parseImport, serializeExport } from './export-import';
import { readTextFile } from '../../lib/read-text-file';
import { FileInput } from '../../components/forms/FileInput';
import type { PersonaStrings } from './strings';
import { importErrorText } from './messages';
import type { Persona } from './schema';
import { fillTemplate } from '../../lib/template';
import { downloadFile } from '../../lib/download';

/** Offer personas as a JSON download; an object URL keeps everything inside the browser. */
export function exportPersonas(personas: readonly Persona[]): void {
	const now = new Date();
	downloadFile(exportFileName(now), serializeExport(personas, now), 'application/json');
}

interface Props {
	personas: readonly Persona[];
	t: PersonaStrings;
	/** Show a message in the builder's status line. */
	announce: (message: string) => void;
}

export function DataPanel({ personas, t, announce }: Props) {
	const [importError, setImportError] = useState<string | undefined>(undefined);

	const onFile = async (file: File | undefined) => {
		if (!file) return;
		const loaded = await readTextFile(file, MAX_IMPORT_BYTES);
		if (!loaded.ok) {
			const reason = loaded.reason === 'tooLarge' ? t.data.importErrors.tooLarge : t.data.importErrors.read;
			setImportError(`${reason} ${t.data.importNothingChanged}`);
			return;
		}
		const result = parseImport(loaded.text);
		if (!result.ok) {
			setImportError(`${importErrorText(t, result)} ${t.data.importNothingChanged}`);
			return;
		}
		setImportError(undefined);
		const added = importPersonas(result.personas);
		announce(fillTemplate(t.data.imported, { count: added.length }));
	};

	const deleteAll = () => {
		const report = deleteAllMyData(localStorage);
		announce(
			fillTemplate(t.data.deleteAllDone, {
				personas: fillTemplate(t.data.personas, { count: report.personas }),
				keys: fillTemplate(t.data.keys, { count: report.keys }),
			}),
		);
	};

	return (
		<section class="pb-block pb-data" aria-labelledby="pb-data-heading">
			<h2 id="pb-data-heading">{t.data.heading}</h2>
			<div class="pb-actions">
				<button type="button" disabled={personas.length === 0} onClick={() => exportPersonas(personas)}>
					{t.data.export}
				</button>
			</div>
			<div class="pb-field">
				<label for="pb-import">{t.data.import}</label>
				<p class="pb-hint" id="pb-import-hint">
					{t.data.importHint}
				</p>
				<FileInput
					id="pb-import"
					accept="application/json,.json"
					describedBy={importError ? 'pb-import-hint pb-import-error' : 'pb-import-hint'}
					invalid={importError !== undefined}
					onFiles={(files) => void onFile(files[0])}
				/>
				{importError && (
					<p class="field-error" id="pb-import-error" role="alert">
						{importError}
					</p>
				)}
			</div>
			<p class="pb-hint">{t.data.deleteAllHint}</p>
			<ConfirmButton
				label={t.data.deleteAll}
				question={t.data.deleteAllConfirm}
				confirmLabel={t.data.deleteAllYes}
				cancelLabel={t.manage.cancel}
				onConfirm={deleteAll}
				danger
			/>
		</section>
	);
}
