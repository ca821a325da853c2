/**
 * Fields an endpoint's PowerShell reads that CIPP's generated OpenAPI does not declare, or declares
 * with the wrong type (the spec
 * is derived from the `$Request.Body.X` it can trace; a field read in a loop over names, or in a
 * helper the request is handed to, is missing). Each entry names the line that reads it. The
 * contract test and the sandbox accept these as if the spec declared them; nothing else.
 */
export interface BeyondSpec {
	/** Query fields with their types (string, boolean, object, labelValue, string[] ...). */
	query?: Record<string, string>;
	/** Body fields with their types. */
	body?: Record<string, string>;
	/**
	 * Fields the spec declares with a type the PowerShell does not read them as (a `-split ','` text
	 * typed as a list, a UPN typed as an object), with the type CIPP really reads. The spec's type is
	 * replaced, never widened, and `source` names the line that reads the field.
	 */
	corrected?: { query?: Record<string, string>; body?: Record<string, string> };
	/** Where CIPP reads them: file relative to `HTTP Functions/` (or CIPPCore/Public/...) with line numbers. */
	source: string;
}
