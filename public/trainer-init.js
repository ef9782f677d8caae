// Runs in <head> before the first paint so that trainer notes and solutions never flash in or out.
// Keep in sync with src/stores/trainer.ts (key `smp:trainer`, envelope { v: 1, data: boolean },
// and the words accepted in ?trainer=…). The bundled script later takes over and remembers ?trainer.
(function () {
	var on = false;
	try {
		var match = /[?&]trainer=([^&#]*)/i.exec(location.search);
		var param = match && match[1] ? decodeURIComponent(match[1]).trim().toLowerCase() : '';
		if (/^(1|on|an|ja|true)$/.test(param)) on = true;
		else if (/^(0|off|aus|nein|false)$/.test(param)) on = false;
		else {
			var raw = localStorage.getItem('smp:trainer');
			var stored = raw ? JSON.parse(raw) : null;
			on = !!stored && stored.v === 1 && stored.data === true;
		}
	} catch (e) {
		on = false;
	}
	document.documentElement.setAttribute('data-trainer', on ? 'on' : 'off');
})();
