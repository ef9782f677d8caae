// Runs in <head> before the first paint so that a dark theme never flashes white.
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
