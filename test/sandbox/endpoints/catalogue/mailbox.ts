/** CIPP endpoints behind the node's mailbox operations. */
import type { Endpoint } from '../endpoint';
import * as access from './mailbox/access';
import * as cmdlet from './mailbox/cmdlet';
import * as contacts from './mailbox/contacts';
import * as devices from './mailbox/devices';
import * as hve from './mailbox/hve';
import * as mailTest from './mailbox/mailTest';
import * as reports from './mailbox/reports';
import * as restore from './mailbox/restore';
import * as retention from './mailbox/retention';
import * as rules from './mailbox/rules';
import * as settings from './mailbox/settings';
import * as vacation from './mailbox/vacation';

export const endpoints: Endpoint[] = [
	...settings.endpoints,
	...access.endpoints,
	...rules.endpoints,
	...devices.endpoints,
	...reports.endpoints,
	...cmdlet.endpoints,
	...vacation.endpoints,
	...contacts.endpoints,
	...retention.endpoints,
	...hve.endpoints,
	...restore.endpoints,
	...mailTest.endpoints,
];
