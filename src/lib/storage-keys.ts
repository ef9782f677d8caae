/**
 * Every key this site writes to localStorage starts with `smp:`, so that „Alle meine Daten
 * löschen“ and the export find all of them without a central list. Unreadable values are kept
 * under `smp:sicherung:<name>:<fingerprint>` (see src/stores/persisted.ts).
 */
export const STORAGE_PREFIX = 'smp:';
export const BACKUP_PREFIX = 'smp:sicherung:';
