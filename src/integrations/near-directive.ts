/** Registers `client:near` (src/scripts/client-near.ts), the hydration directive of the calculators. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export default function nearDirective(): AstroIntegration {
	return {
		name: 'smp-near-directive',
		hooks: {
			'astro:config:setup': ({ addClientDirective }) => {
				addClientDirective({
					name: 'near',
					entrypoint: fileURLToPath(new URL('../scripts/client-near.ts', import.meta.url)),
				});
			},
		},
	};
}
