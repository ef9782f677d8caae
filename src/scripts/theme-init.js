// Runs in <head> before the first paint so that neither a dark theme nor trainer notes flash in or out.
// Keep in sync with src/scripts/theme.ts (key and format).
(function () {
	var theme = 'light';
	try {
		var raw = localStorage.getItem('smp:theme');
		var data = raw ? JSON.parse(raw).data : null;
		if (data === 'light' || data === 'dark') theme = data;
		else if (window.matchMedia('(prefers-color-scheme: dark)').matches) theme = 'dark';
	} catch (e) {
		if (window.matchMedia('(prefers-color-scheme: dark)').matches) theme = 'dark';
	}
	document.documentElement.setAttribute('data-theme', theme);
	document.documentElement.classList.add('js');
})();

// Trainer mode (html[data-trainer]) the same way; mirrors src/stores/trainer.ts: key, envelope, ?trainer words.
(function () {
	var on = false;
	try {
		var m = /[?&]trainer=([^&#]*)/i.exec(location.search);
		var p = m && m[1] ? decodeURIComponent(m[1]).trim().toLowerCase() : '';
		if (/^(1|on|an|ja|true)$/.test(p)) on = true;
		else if (!/^(0|off|aus|nein|false)$/.test(p)) {
			var s = JSON.parse(localStorage.getItem('smp:trainer') || 'null');
			on = !!s && s.v === 1 && s.data === true;
		}
	} catch (e) {}
	document.documentElement.setAttribute('data-trainer', on ? 'on' : 'off');
})();
