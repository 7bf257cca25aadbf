// Registers <tickets-provider> and exports its class: `import 'my-open-tickets/tickets-provider'`.
// `my-open-tickets/tickets-provider/class` exports the class without registering it.
import { defineElement } from '../shared/define-element.js';
import { TicketsProvider } from './tickets-provider.js';

defineElement('tickets-provider', TicketsProvider);

export { TicketsProvider };
