/**
 * A CIPP endpoint (from its OpenAPI, test/contract/cipp-contract.json) that the node does not offer
 * as an operation, and why. Every endpoint is either offered or listed here; the contract test
 * fails for one that is in neither place, and the README's table is generated from these lists.
 */
export interface NotOffered {
	/** The endpoint, spelled as CIPP's OpenAPI spells it. */
	endpoint: string;
	/**
	 * - setup: first-time CIPP setup, or connecting CIPP itself to the partner tenant;
	 * - frontend: the web front end's own plumbing (the signed-in user's settings, page helpers);
	 * - signedInUser: needs a signed-in person (a delegated token, a browser consent), so it cannot work for an API client;
	 * - public: an unauthenticated endpoint CIPP exposes for others to call (webhook receivers, ping), not an action;
	 * - duplicate: the same action is offered through another endpoint, named in `note`;
	 * - internal: CIPP's own hosting and diagnostics (queues, storage, function app), not a tenant action;
	 * - notYetBuilt: an action an MSP could automate that no operation offers yet.
	 */
	reason: 'setup' | 'frontend' | 'signedInUser' | 'public' | 'duplicate' | 'internal' | 'notYetBuilt';
	/** One sentence a technician understands: what the endpoint is for and why it is left out. */
	note: string;
}
