import type { RecordList } from '../recordLists';
import { lists as application } from './application';
import { lists as compliance } from './compliance';
import { lists as conditionalAccess } from './conditionalAccess';
import { lists as contact } from './contact';
import { lists as customScript } from './customScript';
import { lists as domain } from './domain';
import { lists as exchangePolicy } from './exchangePolicy';
import { lists as gdap } from './gdap';
import { lists as mailbox } from './mailbox';
import { lists as reportBuilder } from './reportBuilder';
import { lists as room } from './room';
import { lists as scheduler } from './scheduler';
import { lists as standard } from './standard';
import { lists as transportRule } from './transportRule';
import { lists as intune } from './intune';
import { lists as user } from './user';
import { lists as administration } from './administration';
import { lists as alert } from './alert';
import { lists as teamsSharePoint } from './teamsSharePoint';

/** Every record list a picker can offer, by listSearch method name (see ../recordLists.ts). */
export const RECORD_LISTS: Record<string, RecordList> = {
	...application,
	...compliance,
	...conditionalAccess,
	...contact,
	...customScript,
	...domain,
	...exchangePolicy,
	...gdap,
	...mailbox,
	...reportBuilder,
	...room,
	...scheduler,
	...standard,
	...transportRule,
	...intune,
	...user,
	...administration,
	...alert,
	...teamsSharePoint,
};
