/**
 * Strings of the offline copy: the update notice on every page and the status on /datenschutz/.
 * Scripts receive them through data attributes, never by importing this file.
 */
export const offline = {
	/** Web app manifest: name on the home screen. */
	appName: 'Social Media Praxis',
	appShortName: 'SM Praxis',
	footerLink: 'Offline nutzen',
	update: {
		text: 'Neue Version verfügbar –',
		reload: 'neu laden',
	},
	status: {
		heading: 'Offline nutzen',
		intro:
			'Beim ersten Besuch legt Ihr Browser nach wenigen Sekunden eine Kopie der ganzen Website an (außer er ist auf Datensparen eingestellt): Kapitel, Übungen, Glossar, Druckausgabe, Folien, Rechner und Suchindex. Danach funktioniert alles auch ohne Internet – im Seminarraum ohne WLAN, im Zug oder im Flugzeug. Die Kopie enthält nur die Dateien der Website, nichts von dem, was Sie eingeben; sie liegt im Cache-Speicher Ihres Browsers und wird nirgendwohin übertragen.',
		install:
			'Auf Smartphone und Tablet können Sie die Website außerdem über das Browsermenü („Zum Startbildschirm hinzufügen“ oder „Installieren“) wie eine App ablegen.',
		updates:
			'Erscheint eine neue Fassung, lädt der Browser sie beim nächsten Besuch im Hintergrund und zeigt dann „Neue Version verfügbar – neu laden“. Bis Sie neu laden, sehen Sie vollständig die alte Fassung, nie eine Mischung.',
		/** Filled by the status script. */
		checking: 'Der Stand der Offline-Kopie wird geprüft …',
		ready: 'Offline-Nutzung ist bereit: Die Kopie vom {date} umfasst {files} Dateien mit {size}.',
		loading: 'Die Offline-Kopie wird angelegt: {done} von {files} Dateien …',
		loadingStart: 'Die Offline-Kopie wird angelegt …',
		off: 'Offline-Nutzung ist ausgeschaltet. Die Website lädt alles aus dem Internet und legt keine Kopie an.',
		unsupported:
			'Dieser Browser kann keine Offline-Kopie anlegen (kein Service Worker), oder er ist im privaten Modus.',
		notYet: 'Noch keine Offline-Kopie vorhanden. Sie entsteht wenige Sekunden nach dem Laden einer Seite.',
		saveData:
			'Noch keine Offline-Kopie vorhanden: Ihr Browser ist auf Datensparen eingestellt, deshalb legt die Website sie nicht von selbst an – sie umfasst die ganze Website, einige Megabyte. Mit „Offline-Nutzung einschalten“ legen Sie sie trotzdem an.',
		failed:
			'Die Offline-Kopie konnte nicht vollständig angelegt werden; der Browser versucht es beim nächsten Besuch erneut.',
		remove: 'Offline-Kopie entfernen',
		removed: 'Die Offline-Kopie wurde entfernt; Offline-Nutzung ist ausgeschaltet.',
		enable: 'Offline-Nutzung einschalten',
		enabled: 'Offline-Nutzung ist eingeschaltet; die Kopie wird jetzt angelegt.',
	},
} as const;
