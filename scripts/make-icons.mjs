#!/usr/bin/env node
// Renders the PNG icons of the web app manifest from the SVGs in public/icons/ (the favicon's
// design; the maskable one keeps the mark inside the safe zone of 80 %). Run after changing an
// SVG: node scripts/make-icons.mjs – the PNGs are committed, the build does not need a browser.
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';

const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const ICONS = [
	{ svg: 'icon.svg', png: 'icon-192.png', size: 192 },
	{ svg: 'icon.svg', png: 'icon-512.png', size: 512 },
	{ svg: 'maskable.svg', png: 'maskable-512.png', size: 512 },
	{ svg: 'maskable.svg', png: 'apple-touch-icon.png', size: 180 },
];

const browser = await chromium.launch({ ...(CHROMIUM ? { executablePath: CHROMIUM } : {}), args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const { svg, png, size } of ICONS) {
	const source = readFileSync(`public/icons/${svg}`, 'utf8').replace('<svg ', `<svg width="${size}" height="${size}" `);
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${source}</body></html>`);
	await page.locator('svg').screenshot({ path: `public/icons/${png}`, omitBackground: true });
	console.log(`public/icons/${png} (${size}×${size})`);
}
await browser.close();
