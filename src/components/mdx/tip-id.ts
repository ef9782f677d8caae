/**
 * Ids for the tooltips of glossary terms: unique within one page (a term can be mentioned several
 * times, and the print edition holds every chapter) and the same in every build, so that an
 * unchanged page stays byte-identical and the offline copy does not download it again.
 * Counted per page render, keyed by that render's request object.
 */
const counts = new WeakMap<object, number>();

export function tipId(render: object, term: string): string {
	const n = (counts.get(render) ?? 0) + 1;
	counts.set(render, n);
	return `begriff-${term}-${n}`;
}
