import { chromium } from '@playwright/test';
import { serve } from '../scripts/serve.mjs';
import { loadStability, measurePage, scriptsOnScroll } from './lib/measure.mjs';
import { indexStats } from './lib/search.mjs';
import { readFileSync } from 'node:fs';
import { brotliSize } from './lib/measure.mjs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [name, dist] of [['vorher', '/tmp/perf-dist-base'], ['nachher', 'dist']]) {
  const { server, url } = await serve({ dir: dist, port: 0 });
  for (const p of ['/kapitel/big-data/', '/kapitel/echtzeit/', '/', '/rechner/posting-zeiten/']) {
    const m = await measurePage(browser, { base: url, dist, path: p });
    console.log(name, p, 'req', m.requests, 'first', (m.firstView/1024).toFixed(1), 'total', (m.total/1024).toFixed(1), 'html', (m.html/1024).toFixed(1), 'css', (m.css/1024).toFixed(1), 'js', (m.js/1024).toFixed(1));
  }
  for (const [label, viewport] of [['mobil', { width: 412, height: 823 }], ['desktop', { width: 1350, height: 940 }]]) {
    const r = await loadStability(browser, url + '/rechner/posting-zeiten/', { viewport, cpuSlowdown: 4 });
    console.log(name, 'posting-zeiten', label, 'cls', r.cls.toFixed(3), 'longest', Math.round(r.longest));
  }
  const s = await scriptsOnScroll(browser, url + '/drucken/');
  console.log(name, 'drucken scripts on scroll', s.length, 'size br', (brotliSize(readFileSync(dist + '/drucken/index.html')) / 1024).toFixed(1));
  console.log(name, 'index', JSON.stringify(indexStats(dist)));
  server.close();
}
await browser.close();
