/**
 * The one learning script of every page, loaded by TrainerSwitch in the site header: trainer
 * mode, progress marks, „Kapitel erledigt“, exercise checkboxes, the start page summary and
 * `[data-print]` buttons. One entry instead of one per component keeps chapter pages to a single
 * small request (the budget is 5 kB of JavaScript before the quiz).
 */
import './trainer-client';
import './progress-client';
import './summary-client';
import './print-button';
