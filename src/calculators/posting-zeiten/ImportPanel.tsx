/**
 * File import: drop zone plus a real file input (keyboard and screen readers use the input), the
 * progress of the worker with a cancel button, and the list of files read.
 */
import type { JSX } from 'preact';
import { useStore } from '@nanostores/preact';
import type { PostingZeitenStrings } from '../../i18n/de/posting-zeiten';
import { formatNumber } from '../../lib/number';
import {
	$importStatus,
	$postingSettings,
	cancelImport,
	importFiles,
	updatePostingSettings,
} from '../../stores/posting-zeiten';
import { formatBytes } from './describe';
import { SourceList } from './SourceList';
import { FileInput } from '../../components/forms/FileInput';
import { useFileDrop } from '../../components/forms/use-file-drop';
import { fillTemplate } from '../../lib/template';

export function ImportPanel({ t }: { t: PostingZeitenStrings }): JSX.Element {
	const status = useStore($importStatus);
	const settings = useStore($postingSettings);
	const { dragging, dropProps } = useFileDrop(importFiles);

	return (
		<section class="pz-panel" aria-labelledby="pz-data-heading">
			<h2 id="pz-data-heading">1. {t.data.heading}</h2>
			<p>{t.data.intro}</p>
			<div class={`pz-dropzone${dragging ? ' pz-dragging' : ''}`} {...dropProps}>
				<span>{t.data.dropzone}</span>{' '}
				<FileInput
					id="pz-files"
					class="pz-file-input"
					multiple
					accept=".csv,.tsv,.txt,.log,.gz,text/csv,text/plain,application/gzip"
					describedBy="pz-formats"
					onFiles={importFiles}
				/>
				{/* The input stays in the tab order (visually hidden); this label is its visible face. */}
				<label class="button pz-file-button" for="pz-files">
					{t.data.choose}
				</label>
			</div>
			<p id="pz-formats" class="pz-hint">
				{t.data.formats}
			</p>
			<div class="pz-check">
				<input
					id="pz-filter-bots"
					type="checkbox"
					checked={settings.filterBots}
					onChange={(e) => updatePostingSettings({ filterBots: e.currentTarget.checked })}
				/>
				<label for="pz-filter-bots">{t.data.filterBots}</label>
			</div>
			<div class="pz-status" role="status" aria-live="polite">
				{status.state === 'running' && (
					<div class="pz-progress">
						<p>
							{fillTemplate(t.data.progress, {
								index: status.fileIndex + 1,
								count: status.fileCount,
								name: status.fileName,
								read: formatBytes(status.bytesRead),
								total: formatBytes(status.fileSize),
							})}
						</p>
						<progress
							aria-label={t.data.progressLabel}
							max={Math.max(1, status.fileSize)}
							value={Math.min(status.bytesRead, status.fileSize)}
						/>
					</div>
				)}
				{status.state === 'done' && (
					<p>
						{fillTemplate(t.data.done, {
							count: status.fileCount,
							size: formatBytes(status.bytes),
							seconds: formatNumber(status.durationMs / 1000, 1),
						})}
					</p>
				)}
				{status.state === 'cancelled' && <p>{t.data.cancelled}</p>}
				{status.state === 'failed' && (
					<p class="field-error">{fillTemplate(t.data.failed, { message: status.message })}</p>
				)}
			</div>
			{status.state === 'running' && (
				<button type="button" onClick={cancelImport}>
					{t.data.cancel}
				</button>
			)}
			<SourceList t={t} />
			<p class="pz-hint">{t.data.sessionNote}</p>
		</section>
	);
}
