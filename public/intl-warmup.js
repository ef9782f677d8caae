// Builds the German number, plural and date formats once, reports back and exits. The first Intl
// object of a kind costs a page 40–90 ms (Chromium reads its locale data then; issue 14) – during a
// calculator's hydration that is most of a long task. The locale data stays cached for the whole
// renderer process, so the island that follows finds it ready. Started by src/scripts/client-near.ts.
new Intl.PluralRules('de-DE').select(2);
new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }).format(1234.5);
new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(1234.5);
new Intl.NumberFormat('de-DE', { style: 'percent' }).format(0.5);
new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit' }).format(0);
new Intl.DateTimeFormat('de-DE', { dateStyle: 'long' }).format(0);
new Intl.Collator('de').compare('a', 'b');
postMessage('bereit');
close();
