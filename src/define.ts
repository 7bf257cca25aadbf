// Registers every tag; each element's own define.ts registers it alone.
import './tickets-provider/define.js';
import './ticket-card/define.js';
import './my-open-tickets/define.js';
import './due-tickets-summary/define.js';

export { defineElement } from './shared/define-element.js';
