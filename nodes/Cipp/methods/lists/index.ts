import { lists as alert } from './alert';
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
import { lists as tenantTest } from './tenantTest';
import { lists as transportRule } from './transportRule';
import { lists as intune } from './intune';
import { lists as user } from './user';
import { lists as teamsSharePoint } from './teamsSharePoint';
import { lists as tenant } from './tenant';
import { lists as administration } from './administration';
import { lists as security } from './security';
import { lists as tool } from './tool';

/** Every record list a picker can offer, by listSearch method name (see ../recordLists.ts). */
export const RECORD_LISTS = {
	...alert,
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
	...tenantTest,
	...transportRule,
	...intune,
	...user,
	...teamsSharePoint,
	...tenant,
	...administration,
	...security,
	...tool,
};
