/**
 * Island of the Kulanz-Rechner: facts and assumptions as typed (kept in the store), the result
 * as figures and as a verdict in words. During hydration it renders the defaults exactly as the
 * server did and switches to the stored settings once mounted.
 */
import type { JSX } from 'preact';
import { useStore } from '@nanostores/preact';
import type { KulanzStrings } from '../../i18n/de/kulanz';
import { formatEuro, formatNumber } from '../../lib/number';
import { $kulanz, applyOttoExample, resetKulanz, updateKulanz } from '../../stores/kulanz';
import { useHydrated } from '../../components/use-hydrated';
import { fillTemplate } from '../../lib/template';
import { Field } from '../../components/forms/Field';
import { PL_FIELD } from '../../components/planung/field-look';
import { ResultList } from '../../components/planung/ResultList';
import { computeGoodwill, type GoodwillInput, type GoodwillResult } from './kulanz';
import {
	DEFAULT_GOODWILL_SETTINGS,
	isOttoExample,
	OTTO_VOUCHERS,
	resolveGoodwill,
	type GoodwillField,
} from './settings';
import { buildGoodwillVerdict } from './verdict';

export function KulanzRechner({ t }: { t: KulanzStrings }): JSX.Element {
	const stored = useStore($kulanz);
	const hydrated = useHydrated(() => stored === DEFAULT_GOODWILL_SETTINGS);
	const s = hydrated ? stored : DEFAULT_GOODWILL_SETTINGS;
	const f = t.form;
	const { input, errors } = resolveGoodwill(s, { orderBelowVoucher: f.orderBelowVoucher });
	const result = input ? computeGoodwill(input) : null;
	const field = (id: GoodwillField, label: string, hint?: string) => (
		<Field
			{...PL_FIELD}
			id={`ku-${id}`}
			label={label}
			value={s[id]}
			hint={hint}
			error={errors[id]}
			inputMode={id === 'recipients' ? 'numeric' : 'decimal'}
			onInput={(value) => updateKulanz({ [id]: value })}
		/>
	);
	return (
		<div class="pl">
			<form aria-labelledby="ku-heading" onSubmit={(e) => e.preventDefault()}>
				<h2 id="ku-heading">{f.heading}</h2>
				<div class="pl-actions" role="group" aria-label={f.example} aria-describedby="ku-example-hint">
					{OTTO_VOUCHERS.map((v) => (
						<button key={v} type="button" onClick={() => applyOttoExample(v)}>
							{fillTemplate(f.exampleWith, { voucher: v })}
						</button>
					))}
				</div>
				<p id="ku-example-hint" class="pl-note">
					{f.exampleHint}
				</p>
				<fieldset class="pl-fieldset">
					<legend>{f.facts}</legend>
					<div class="pl-grid">
						{field('recipients', f.recipients)}
						{field('voucher', f.voucher)}
					</div>
				</fieldset>
				<fieldset class="pl-fieldset" aria-describedby="ku-assumptions-hint">
					<legend>{f.assumptions}</legend>
					<p id="ku-assumptions-hint" class="pl-note">
						{f.assumptionsHint}
					</p>
					<div class="pl-grid">
						{field('redemption', f.redemption)}
						{field('orderValue', f.orderValue, f.orderValueHint)}
						{field('margin', f.margin, f.marginHint)}
					</div>
				</fieldset>
				<fieldset class="pl-fieldset">
					<legend>{f.retention}</legend>
					<div class="pl-grid">
						{field('churn', f.churn)}
						{field('lifetimeValue', f.lifetimeValue, f.lifetimeValueHint)}
					</div>
				</fieldset>
				<div class="pl-actions">
					<button type="button" onClick={resetKulanz}>
						{f.reset}
					</button>
				</div>
			</form>
			<KulanzResults t={t} input={input} result={result} />
		</div>
	);
}

function KulanzResults({
	t,
	input,
	result,
}: {
	t: KulanzStrings;
	input: GoodwillInput | null;
	result: GoodwillResult | null;
}) {
	const r = t.results;
	const euro = (v: number | null) => (v === null ? r.missing : formatEuro(v, 0));
	const count = (v: number | null) => (v === null ? r.missing : formatNumber(v, 0));
	return (
		<section class="pl-results" aria-labelledby="ku-results-heading">
			<h2 id="ku-results-heading">{r.heading}</h2>
			{input && isOttoExample(input) && (
				<p class="pl-warning ku-example">
					{t.example.notice} <a href="/quellen/#faz-2012-otto">{t.example.source}</a>
				</p>
			)}
			<div role="status">
				{input && result ? (
					<div class="pl-verdict">
						{buildGoodwillVerdict(input, result, t.verdict).map((text) => (
							<p key={text}>{text}</p>
						))}
					</div>
				) : (
					<p>{r.fixErrors}</p>
				)}
			</div>
			{input && result && (
				<>
					<ResultList
						items={[
							{ label: r.maxCost, value: euro(result.maxCost) },
							{ label: r.redemptions, value: count(result.redemptions) },
							{ label: r.expectedCost, value: euro(result.expectedCost) },
							{ label: r.extraRevenue, value: euro(result.extraRevenue) },
							{ label: r.extraMargin, value: euro(result.extraMargin) },
							{
								label: r.netCost,
								value:
									result.netCost !== null && result.netCost < 0
										? fillTemplate(r.surplus, { amount: formatEuro(-result.netCost, 0) })
										: euro(result.netCost),
								strong: true,
							},
							{ label: r.breakEven, value: count(result.breakEvenCustomers), strong: true },
						]}
					/>
					<p class="pl-note">{r.assumptionsNote}</p>
				</>
			)}
		</section>
	);
}
