/**
 * Offer text as a file download. An object URL keeps everything inside the browser: nothing is
 * sent anywhere. Browser-only (DOM), but free of Preact so that islands and the plain scripts of
 * /datenschutz/ share it.
 */
export function downloadFile(fileName: string, content: string, type: string): void {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	// Firefox ignores clicks on links that are not in the document.
	document.body.append(a);
	a.click();
	a.remove();
	// Revoked later: some browsers start the download only after the click handler returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The media type of CSV files; the charset makes browsers keep the umlauts. */
export const CSV_TYPE = 'text/csv;charset=utf-8';
