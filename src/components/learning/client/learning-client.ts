/**
 * The one learning script of ordinary pages, loaded by TrainerSwitch in the site header: trainer
 * mode and progress marks. One entry instead of one per component keeps chapter pages to a
 * single small request (the chapter page budget is 5 kB of JavaScript before the quiz).
 */
import './trainer-client';
import './progress-client';
