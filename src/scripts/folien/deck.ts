/**
 * The deck script, loaded only by /folien/ pages (components/folien/DeckLayout.astro). It shows
 * one slide at a time and wires keyboard, presenter remote, touch, controls, fragment, timer,
 * blank screen, fullscreen, handout print and the speaker view; windows of the same deck follow
 * each other over a BroadcastChannel.
 */
import { actionForKey, type DeckAction } from './keys';
import { fillTemplate } from '../../lib/template';
import { clampSlide, hashForSlide, jumpTarget, slideFromHash, typeDigit } from './navigation';
import { adjustTimer, createTimer, formatTimer, isRunning, remainingMs, toggleTimer, type TimerState } from './timer';
import { channelName, parseMessage, type SyncMessage } from './sync';
import { swipeAction } from './swipe';
import { initSpeakerView, type SpeakerView } from './speaker';

type Strings = Record<
	| 'slideOf'
	| 'jumpTo'
	| 'jumpInvalid'
	| 'blankOn'
	| 'blankOff'
	| 'timerRunning'
	| 'timerPaused'
	| 'timerDone'
	| 'timerSet'
	| 'noNotes'
	| 'lastSlide'
	| 'speakerBlocked'
	| 'fullscreenFailed',
	string
>;

/** Minutes the timer starts with on slides that name none. */
const DEFAULT_MINUTES = 5;

function initDeck(): void {
	const root = document.querySelector<HTMLElement>('[data-folien]');
	const stage = root?.querySelector<HTMLElement>('[data-buehne]');
	if (!root || !stage) return;
	const slug = root.dataset['folien'] ?? '';
	const slides = [...stage.querySelectorAll<HTMLElement>('.folie')];
	const total = slides.length;
	const t = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
	const q = <T extends Element>(selector: string) => document.querySelector<T>(selector);
	const announcer = q<HTMLElement>('[data-ansage]');
	const position = q<HTMLElement>('[data-position]');
	const controls = q<HTMLElement>('[data-steuerung]');
	const timerBox = q<HTMLElement>('[data-timer-anzeige]');
	const timerButton = q<HTMLButtonElement>('[data-aktion="timer"]');
	const jumpBox = q<HTMLElement>('[data-sprung]');
	const blankBox = q<HTMLElement>('[data-schwarz]');
	const help = q<HTMLDialogElement>('[data-hilfe]');
	const speakerMode = new URLSearchParams(location.search).get('sprecher') === '1';
	const channel = 'BroadcastChannel' in window ? new BroadcastChannel(channelName(slug)) : undefined;

	let current = 0;
	let typed = '';
	let timer: TimerState | null = null;
	let timerDoneAnnounced = false;
	let blank = false;
	let speaker: SpeakerView | undefined;

	const say = (text: string) => {
		if (!announcer) return;
		// Emptying first makes screen readers repeat an identical message.
		announcer.textContent = '';
		window.setTimeout(() => (announcer.textContent = text), 30);
	};
	const send = (message: SyncMessage) => channel?.postMessage(message);
	const slideTitle = (slide: HTMLElement | undefined) =>
		slide?.querySelector('.folie-titel')?.textContent?.trim() ?? '';

	function show(n: number, options: { broadcast?: boolean; announce?: boolean } = {}): void {
		const next = clampSlide(n, total);
		const previous = slides[current - 1];
		const hadFocus = previous?.contains(document.activeElement) ?? false;
		current = next;
		slides.forEach((slide, i) => {
			const active = i === next - 1;
			slide.classList.toggle('aktiv', active);
			slide.hidden = !active;
		});
		const slide = slides[next - 1];
		if (position) position.textContent = `${next}\u00a0/\u00a0${total}`;
		// Replace, not push: the browser's Back button leaves the deck instead of stepping through it.
		if (location.hash !== hashForSlide(next)) history.replaceState(history.state, '', hashForSlide(next));
		if (hadFocus && slide) {
			slide.tabIndex = -1;
			slide.focus({ preventScroll: true });
		}
		if (options.announce !== false) say(`${fillTemplate(t.slideOf, { n: next, total })}: ${slideTitle(slide)}`);
		speaker?.update(next);
		if (options.broadcast !== false) send({ type: 'folie', n: next });
	}

	// ---------- Timer ----------
	const slideMinutes = () => Number(slides[current - 1]?.dataset['minuten']) || DEFAULT_MINUTES;
	function renderTimer(): void {
		const now = Date.now();
		const text = timer ? formatTimer(remainingMs(timer, now)) : '';
		const done = timer !== null && remainingMs(timer, now) === 0;
		if (timerBox) {
			timerBox.hidden = timer === null;
			timerBox.textContent = text;
			timerBox.classList.toggle('abgelaufen', done);
		}
		timerButton?.setAttribute('aria-pressed', String(timer !== null && isRunning(timer)));
		speaker?.timer(text || '–');
		if (done && !timerDoneAnnounced) {
			timerDoneAnnounced = true;
			say(t.timerDone);
		}
	}
	function setTimer(next: TimerState | null, broadcast = true): void {
		timer = next;
		if (!timer || remainingMs(timer, Date.now()) > 0) timerDoneAnnounced = false;
		renderTimer();
		if (broadcast) send({ type: 'timer', timer });
	}
	window.setInterval(() => timer && isRunning(timer) && renderTimer(), 250);

	// ---------- Blank screen ----------
	function setBlank(on: boolean, broadcast = true): void {
		blank = on;
		if (blankBox) blankBox.hidden = !on || speakerMode;
		speaker?.blank(on);
		if (broadcast) {
			say(on ? t.blankOn : t.blankOff);
			send({ type: 'schwarz', on });
		}
	}

	// ---------- Jumping by number ----------
	function setTyped(value: string): void {
		typed = value;
		if (jumpBox) {
			jumpBox.hidden = typed === '';
			jumpBox.textContent = fillTemplate(t.jumpTo, { n: typed });
		}
	}

	function toggleFullscreen(): void {
		if (document.fullscreenElement) void document.exitFullscreen();
		else document.documentElement.requestFullscreen?.().catch(() => say(t.fullscreenFailed));
	}

	function openSpeaker(): void {
		if (speakerMode) return;
		const url = `${location.pathname}?sprecher=1${hashForSlide(current)}`;
		const win = window.open(url, `smp-sprecher-${slug}`);
		if (!win) say(t.speakerBlocked);
	}

	function run(action: DeckAction): void {
		switch (action.type) {
			case 'next':
				if (current === total) say(t.lastSlide);
				else show(current + 1);
				break;
			case 'prev':
				show(current - 1);
				break;
			case 'first':
				show(1);
				break;
			case 'last':
				show(total);
				break;
			case 'digit':
				setTyped(typeDigit(typed, action.digit));
				break;
			case 'backspace':
				setTyped(typed.slice(0, -1));
				break;
			case 'cancelJump':
				setTyped('');
				break;
			case 'jump': {
				const target = jumpTarget(typed, total);
				if (target === undefined) say(fillTemplate(t.jumpInvalid, { n: typed, total }));
				else show(target);
				setTyped('');
				break;
			}
			case 'fullscreen':
				toggleFullscreen();
				break;
			case 'blank':
				setBlank(!blank);
				break;
			case 'timer': {
				const next = toggleTimer(timer ?? createTimer(slideMinutes()), Date.now());
				setTimer(next);
				say(
					(isRunning(next) ? t.timerRunning : t.timerPaused).replace(
						'{time}',
						formatTimer(remainingMs(next, Date.now())),
					),
				);
				break;
			}
			case 'timerReset':
				setTimer(null);
				break;
			case 'timerAdjust': {
				const next = adjustTimer(timer ?? createTimer(slideMinutes()), action.minutes, Date.now());
				setTimer(next);
				say(fillTemplate(t.timerSet, { time: formatTimer(remainingMs(next, Date.now())) }));
				break;
			}
			case 'speaker':
				openSpeaker();
				break;
			case 'help':
				if (help && !help.open) help.showModal();
				break;
		}
	}

	// ---------- Input ----------
	document.addEventListener('keydown', (event) => {
		if (event.defaultPrevented || help?.open) return;
		const target = event.target as HTMLElement | null;
		if (target?.closest('input, select, textarea, [contenteditable]')) return;
		// On a focused button or link, Enter and Space activate it as usual.
		if (target?.closest('button, a') && (event.key === 'Enter' || event.key === ' ')) return;
		const action = actionForKey(event, typed !== '');
		if (!action) return;
		event.preventDefault();
		// Any key but a digit ends a half-typed number, so that it cannot jump later by surprise.
		if (typed !== '' && !['digit', 'backspace', 'jump', 'cancelJump'].includes(action.type)) setTyped('');
		run(action);
	});

	let start: { x: number; y: number; time: number } | undefined;
	stage.addEventListener('pointerdown', (e) => {
		if (e.pointerType === 'touch') start = { x: e.clientX, y: e.clientY, time: e.timeStamp };
	});
	stage.addEventListener('pointerup', (e) => {
		if (!start || e.pointerType !== 'touch') return;
		const action = swipeAction(e.clientX - start.x, e.clientY - start.y, e.timeStamp - start.time);
		start = undefined;
		if (action) run({ type: action });
	});
	blankBox?.addEventListener('click', () => setBlank(false));

	let hideControls = 0;
	document.addEventListener('pointermove', () => {
		controls?.classList.add('sichtbar');
		window.clearTimeout(hideControls);
		hideControls = window.setTimeout(() => controls?.classList.remove('sichtbar'), 2500);
	});
	const actions: Record<string, DeckAction> = {
		zurueck: { type: 'prev' },
		weiter: { type: 'next' },
		timer: { type: 'timer' },
		vollbild: { type: 'fullscreen' },
		sprecher: { type: 'speaker' },
		hilfe: { type: 'help' },
	};
	for (const button of document.querySelectorAll<HTMLButtonElement>('[data-aktion]')) {
		const action = actions[button.dataset['aktion'] ?? ''];
		if (speakerMode && button.dataset['aktion'] === 'sprecher') button.hidden = true;
		button.addEventListener('click', () => {
			if (action) run(action);
			if (button.closest('dialog') && button.dataset['aktion'] === 'sprecher') help?.close();
		});
	}
	for (const button of document.querySelectorAll<HTMLButtonElement>('[data-drucken]')) {
		button.addEventListener('click', () => {
			document.documentElement.dataset['handout'] = button.dataset['drucken'] ?? '2';
			help?.close();
			window.print();
		});
	}
	window.addEventListener('afterprint', () => delete document.documentElement.dataset['handout']);
	window.addEventListener('hashchange', () => show(slideFromHash(location.hash, total)));

	// ---------- Other windows of this deck ----------
	channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
		const message = parseMessage(event.data);
		if (!message) return;
		switch (message.type) {
			case 'folie':
				show(message.n, { broadcast: false });
				break;
			case 'timer':
				setTimer(message.timer, false);
				break;
			case 'schwarz':
				setBlank(message.on, false);
				break;
			case 'hallo':
				send({ type: 'stand', n: current, timer, schwarz: blank });
				break;
			case 'stand':
				show(message.n, { broadcast: false, announce: false });
				setTimer(message.timer, false);
				setBlank(message.schwarz, false);
				break;
		}
	});

	if (speakerMode) speaker = initSpeakerView(slides, t.noNotes);
	stage.classList.add('bereit');
	show(slideFromHash(location.hash, total), { broadcast: false, announce: false });
	renderTimer();
	send({ type: 'hallo' });
}

// Nothing here may come from modules other bundles load too (theme, offline, the quiz's template
// helper …): the bundler would split such a module into a chunk of its own and cost every reading
// page or the quiz an extra request. Hence plain `replace` for the placeholders. The deck page
// inlines the theme and offline scripts like every page.
initDeck();
