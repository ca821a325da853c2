/** CIPP endpoints behind the node's standard operations. */
import type { Endpoint } from '../endpoint';
import * as ai from './standard/ai';
import * as baseline from './standard/baseline';
import * as drift from './standard/drift';
import * as scans from './standard/scans';
import * as templates from './standard/templates';
import { ExecCloneTemplate } from './standard/cloneTemplate';
import { ExecEditTemplate } from './standard/editTemplate';

export const endpoints: Endpoint[] = [
	...drift.endpoints,
	...templates.endpoints,
	...scans.endpoints,
	...baseline.endpoints,
	...ai.endpoints,
	ExecCloneTemplate,
	ExecEditTemplate,
];
