// Sets html[data-trainer] before the first paint. Mirrors src/stores/trainer.ts: key, envelope, ?trainer words.
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
