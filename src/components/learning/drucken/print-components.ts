import PersonaBaukasten from './rechner/PersonaBaukasten.astro';
import PostingZeiten from './rechner/PostingZeiten.astro';
import TechnographicsLeiter from './rechner/TechnographicsLeiter.astro';
import TechnographicsSelbsttest from './rechner/TechnographicsSelbsttest.astro';
import PlattformFinder from './rechner/PlattformFinder.astro';
import EchtzeitBudget from './rechner/EchtzeitBudget.astro';
import KpiMonitoring from './rechner/KpiMonitoring.astro';
import KulanzRechner from './rechner/KulanzRechner.astro';
import Planspiel from './rechner/Planspiel.astro';

/**
 * The calculators and the Planspiel in the print edition: static text in place of the islands
 * (RechnerImBuch.astro), so /drucken/ loads no framework JavaScript while scrolling.
 */
export const printCalculators = {
	PersonaBaukasten,
	PostingZeiten,
	TechnographicsLeiter,
	TechnographicsSelbsttest,
	PlattformFinder,
	EchtzeitBudget,
	KpiMonitoring,
	KulanzRechner,
	Planspiel,
};
