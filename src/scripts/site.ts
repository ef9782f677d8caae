/**
 * The one script every page loads. Each part looks for its own elements and does nothing where
 * they are missing. One entry instead of one per component keeps reading pages to a single small
 * request (budget: 5 kB of JavaScript on a chapter page before the search is opened); the search
 * itself and the quiz load only when they are needed.
 */
import { initMenu } from './menu';
import { initThemeSwitch } from './theme';
import { initSearchTrigger } from './search/trigger';
import { initStorageNotice } from './storage-notice';
import { initSidebar } from './sidebar';
import { initToc } from './toc';
import { initHighlight } from './highlight';
import { initGlossaryTips } from './glossary-tips';
import { initIslandCss } from './island-css';
import '../components/learning/client/learning-client';

initMenu();
initThemeSwitch();
initSearchTrigger();
initStorageNotice();
initSidebar();
initToc();
initHighlight();
initGlossaryTips();
initIslandCss();
