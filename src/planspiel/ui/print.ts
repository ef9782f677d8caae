/**
 * Print only the debrief: `html[data-druck="planspiel"]` switches planspiel.css to a one-page
 * layout that hides everything else on the page (also in a chapter), until printing is done.
 */
export function printDebrief(): void {
	const root = document.documentElement;
	root.dataset['druck'] = 'planspiel';
	const done = () => {
		delete root.dataset['druck'];
		window.removeEventListener('afterprint', done);
	};
	window.addEventListener('afterprint', done);
	window.print();
}
