/** Island with the posting-time calculator's results (see PostingZeitenInputs.tsx for why they are two). */
import type { JSX } from 'preact';
import type { PostingZeitenStrings } from '../../i18n/de/posting-zeiten';
import { Results } from './Results';
import { useServerRenderKey } from './server-render';

export default function PostingZeitenResults({ t }: { t: PostingZeitenStrings }): JSX.Element {
	return <Results key={useServerRenderKey()} t={t} />;
}
