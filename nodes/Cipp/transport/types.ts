import type { IDataObject } from 'n8n-workflow';

/** One request to CIPP's API, as an operation builds it and the transport sends it. */
export interface CippRequest {
	method: 'GET' | 'POST';
	endpoint: string;
	qs: IDataObject;
	body?: IDataObject | IDataObject[];
}
