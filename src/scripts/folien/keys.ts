/**
 * Which key does what in a deck. Pure, so that every binding is tested (keys.test.ts). Presenter
 * remotes („clickers“) send PageDown/PageUp or the arrow keys, some send B or „.“ to blank the
 * screen; all of those work.
 */
export type DeckAction =
	| { type: 'next' }
	| { type: 'prev' }
	| { type: 'first' }
	| { type: 'last' }
	| { type: 'digit'; digit: string }
	| { type: 'jump' }
	| { type: 'cancelJump' }
	| { type: 'backspace' }
	| { type: 'fullscreen' }
	| { type: 'blank' }
	| { type: 'timer' }
	| { type: 'timerReset' }
	| { type: 'timerAdjust'; minutes: 1 | -1 }
	| { type: 'speaker' }
	| { type: 'help' };

/** The parts of a KeyboardEvent the mapping looks at. */
export interface KeyInput {
	key: string;
	shiftKey: boolean;
	ctrlKey: boolean;
	altKey: boolean;
	metaKey: boolean;
}

/**
 * The action for a key press, or undefined to leave the key to the browser. `jumping` is true
 * while a slide number is being typed: Enter then jumps, Escape cancels, Backspace corrects.
 */
export function actionForKey(e: KeyInput, jumping: boolean): DeckAction | undefined {
	// Browser and system shortcuts (Ctrl+P, Alt+←, ⌘R …) stay with the browser.
	if (e.ctrlKey || e.altKey || e.metaKey) return undefined;
	if (/^[0-9]$/.test(e.key)) return { type: 'digit', digit: e.key };
	if (jumping) {
		if (e.key === 'Enter') return { type: 'jump' };
		if (e.key === 'Escape') return { type: 'cancelJump' };
		if (e.key === 'Backspace') return { type: 'backspace' };
	}
	switch (e.key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
			return { type: 'next' };
		case ' ':
		case 'Spacebar':
			return e.shiftKey ? { type: 'prev' } : { type: 'next' };
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
		case 'Backspace':
			return { type: 'prev' };
		case 'Home':
			return { type: 'first' };
		case 'End':
			return { type: 'last' };
		case 'f':
		case 'F':
			return { type: 'fullscreen' };
		case 'b':
		case 'B':
		case '.':
			return { type: 'blank' };
		case 't':
		case 'T':
			// Shift+T resets; a „T“ typed with Caps Lock on still starts and pauses.
			return e.shiftKey ? { type: 'timerReset' } : { type: 'timer' };
		case '+':
			return { type: 'timerAdjust', minutes: 1 };
		case '-':
			return { type: 'timerAdjust', minutes: -1 };
		case 's':
		case 'S':
			return { type: 'speaker' };
		case '?':
		case 'h':
		case 'H':
			return { type: 'help' };
		default:
			return undefined;
	}
}
