/**
 * The bits of PowerShell / .NET behaviour that CIPP's HTTP functions expose to callers.
 * CIPP is a PowerShell Azure Functions app, so these quirks are part of its API.
 */
import { isPlainObject } from './http';

/** PowerShell's `??`: only $null falls through (an empty string does not). */
export function coalesce(...values: unknown[]): unknown {
	return values.find((value) => value !== undefined && value !== null);
}

/** How PowerShell renders a value inside an expandable string ("...$($x)..."). */
export function psString(value: unknown): string {
	if (value === undefined || value === null) return '';
	if (typeof value === 'boolean') return value ? 'True' : 'False';
	if (Array.isArray(value)) return value.map(psString).join(' ');
	if (isPlainObject(value)) {
		const members = Object.entries(value).map(([key, item]) => `${key}=${psString(item)}`);
		return `@{${members.join('; ')}}`;
	}
	return String(value);
}

/** PowerShell's `@($x)`: $null is an empty list, a list stays as it is, anything else is a list of one. */
export function psList(value: unknown): unknown[] {
	if (value === undefined || value === null) return [];
	return Array.isArray(value) ? value : [value];
}

/**
 * PowerShell's truthiness (`if ($x)`) of a JSON value: $null, $false, 0 and '' are false, any object
 * is true; an empty list is false, a list of one is as true as its element, a longer list is true.
 */
export function psTruthy(value: unknown): boolean {
	if (Array.isArray(value)) return value.length > 1 || (value.length === 1 && psTruthy(value[0]));
	return value !== undefined && value !== null && value !== false && value !== 0 && value !== '';
}

/** A .NET exception thrown from a method call, as PowerShell reports it (MethodInvocationException). */
function methodInvocationError(method: string, inner: string): Error {
	return new Error(`Exception calling "${method}" with "1" argument(s): "${inner}"`);
}

/**
 * `[System.Convert]::ToBoolean($value)` on a value taken from the query string or the parsed JSON body:
 * missing/null => false, JSON booleans and numbers convert, the strings 'true'/'false' in any case
 * (surrounding whitespace ignored) convert, anything else throws.
 */
export function convertToBoolean(value: unknown): boolean {
	if (value === undefined || value === null) return false;
	if (typeof value === 'boolean') return value;
	if (typeof value === 'number') return value !== 0;
	if (typeof value === 'string') {
		const trimmed = value.trim().toLowerCase();
		if (trimmed === 'true') return true;
		if (trimmed === 'false') return false;
		throw methodInvocationError('ToBoolean', `String '${value}' was not recognized as a valid Boolean.`);
	}
	const typeName = Array.isArray(value) ? 'System.Object[]' : 'System.Management.Automation.PSCustomObject';
	throw methodInvocationError('ToBoolean', `Unable to cast object of type '${typeName}' to type 'System.IConvertible'.`);
}
