import type { NotOffered } from './types';

/** Email-Exchange contacts and resources; Security compliance (DLP, retention, SIT, sensitivity labels) (OpenAPI tags Email-Exchange > Administration > Contacts, Email-Exchange > Resources, Security > Compliance-DLP, Security > Compliance-Retention, Security > Compliance-SIT, Security > Compliance-SensitivityLabel). */
export const notOffered: NotOffered[] = [];
