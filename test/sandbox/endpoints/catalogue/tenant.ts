/** CIPP endpoints behind the node's tenant operations (beyond the core ones in endpoints/). */
import type { Endpoint } from '../endpoint';
import * as administration from './tenant/administration';
import * as alerts from './tenant/alerts';
import * as conditionalAccess from './tenant/conditionalAccess';
import * as offboarding from './tenant/offboarding';
import * as registration from './tenant/registration';
import * as onboarding from './tenant/onboarding';
import * as reports from './tenant/reports';
import * as secureScore from './tenant/secureScore';
import * as standards from './tenant/standards';
import * as tenants from './tenant/tenants';
import * as tenantCpv from './tenant/cpv';

export const endpoints: Endpoint[] = [
	tenants,
	standards,
	alerts,
	conditionalAccess,
	reports,
	administration,
	offboarding,
	secureScore,
	tenantCpv,
	registration,
	onboarding,
].flatMap((module) => module.endpoints);
