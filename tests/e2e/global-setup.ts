import { existsSync } from 'node:fs';
import { serve } from '../../scripts/serve.mjs';

/**
 * Serve dist/ on a free port for the whole run. Tests read the address from SMP_BASE_URL, which
 * Playwright hands on to its workers. The build itself is a separate step (`npm run build`).
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
	const dir = process.env['SMP_DIST'] ?? 'dist';
	if (!existsSync(`${dir}/index.html`)) {
		throw new Error('dist/ fehlt: Erst „npm run build“ ausführen, dann die End-to-End-Tests.');
	}
	const { server, url } = (await serve({ dir, port: 0 })) as { server: import('node:http').Server; url: string };
	process.env['SMP_BASE_URL'] = url;
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
