/** CIPP endpoints behind the node's contact operations. */
import type { Endpoint } from '../endpoint';
import * as contacts from './contact/contacts';
import * as templates from './contact/templates';

export const endpoints: Endpoint[] = [...contacts.endpoints, ...templates.endpoints];
