/**
 * The persona as a one-page card: shown on the overview, in the share preview and — through the
 * print stylesheet — as the only thing on the printed page. Empty fields are left out.
 */
import type { ComponentChildren } from 'preact';
import { formatPercent } from '../../lib/number';
import type { PersonaLabels } from './labels';
import { OnlineWindows } from './OnlineWindows';
import { type Persona, type TextField } from './schema';
import { RUNGS } from '../../lib/technographics-rungs';
import { fillTemplate } from '../../lib/template';

interface Props {
	persona: Persona;
	labels: PersonaLabels;
	/** Makes ids unique when the card appears twice on a page (screen and print copy). */
	idSuffix: string;
	/** Labels of the texts shortened for the one-page print (see card-fit.ts); the card says so. */
	shortened?: readonly string[] | undefined;
}

const filled = (text: string): boolean => text.trim() !== '';

function Section({ title, children }: { title: string; children: ComponentChildren }) {
	return (
		<section class="pcard-section">
			<h4>{title}</h4>
			{children}
		</section>
	);
}

function Entries({ items }: { items: readonly (readonly [string, string])[] }) {
	return (
		<dl class="pcard-dl">
			{items.map(([term, text]) => (
				<div key={term}>
					<dt>{term}</dt>
					<dd>{text}</dd>
				</div>
			))}
		</dl>
	);
}

export function PersonaCard({ persona: p, labels, idSuffix, shortened = [] }: Props) {
	const t = labels.card;
	const entries = (fields: readonly TextField[]) =>
		fields.filter((f) => filled(p[f])).map((f) => [labels.fields[f].label, p[f]] as const);
	const people =
		p.kind === 'b2c'
			? entries(['age', 'gender', 'income', 'education', 'occupation', 'place'])
			: [
					...entries(['industry', 'companySize', 'revenue', 'jobTitle', 'reportsTo', 'successMeasure']),
					...(p.buyingRole ? [[labels.buyingRole.label, labels.buyingRole.options[p.buyingRole]] as const] : []),
				];
	const rungs = RUNGS.flatMap((r) => {
		const share = p.technographics.shares[r];
		return share === undefined ? [] : [[labels.media.rungs[r], formatPercent(share, 1)] as const];
	});
	const media = [
		...rungs,
		...(p.platforms.length > 0 ? [[labels.media.platformsLegend, p.platforms.join(', ')] as const] : []),
		...entries(['mediaNote']),
	];
	const groups: [string, readonly (readonly [string, string])[]][] = [
		[p.kind === 'b2c' ? t.person : t.company, people],
		[t.goals, entries(['goals', 'challenges'])],
		[t.habitus, entries(['habitus', 'values', 'interests'])],
		[t.sources, entries(['infoSources', 'trustedVoices'])],
		[t.media, media],
		[t.approach, entries(['channels', 'tone', 'contentIdeas', 'noGos'])],
	];
	const sections = p.customSections.filter((s) => filled(s.title) || filled(s.text));
	const headingId = `pcard-title-${idSuffix}`;
	const updated = new Date(p.updatedAt);
	const hasContent =
		groups.some(([, items]) => items.length > 0) || sections.length > 0 || p.scheduleSource === 'eigen';

	return (
		<article class="pcard" aria-labelledby={headingId}>
			<header class="pcard-header">
				<p class="pcard-kicker">
					{t.kicker} · {p.kind === 'b2c' ? t.b2c : t.b2b}
				</p>
				<h3 id={headingId}>{p.name}</h3>
				{filled(p.quote) && <p class="pcard-quote">„{p.quote.trim()}“</p>}
			</header>
			{p.origin === 'beispiel' && <p class="pcard-note">{t.exampleNote}</p>}
			{shortened.length > 0 && <p class="pcard-note">{fillTemplate(t.cutNote, { fields: shortened.join(', ') })}</p>}
			{!hasContent && <p>{t.empty}</p>}
			<div class="pcard-body">
				{groups.map(([title, items]) =>
					items.length > 0 ? (
						<Section key={title} title={title}>
							<Entries items={items} />
						</Section>
					) : null,
				)}
				{p.scheduleSource === 'eigen' && (
					<Section title={t.times}>
						<OnlineWindows schedule={p.schedule} labels={labels} />
						{filled(p.scheduleNote) && <p>{p.scheduleNote}</p>}
					</Section>
				)}
				{sections.map((s) => (
					<Section key={s.id} title={s.title || labels.overview.customUntitled}>
						<p>{s.text}</p>
					</Section>
				))}
			</div>
			<footer class="pcard-footer">
				{Number.isNaN(updated.getTime()) || updated.getTime() === 0
					? null
					: `${fillTemplate(t.updated, { date: new Intl.DateTimeFormat('de-DE', { dateStyle: 'long' }).format(updated) })} · `}
				{t.footer}
			</footer>
		</article>
	);
}
