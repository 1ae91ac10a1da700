// Types of lib/http/csp.js (the CSP builder shared with next.config.js).
export function tileSource(template: string | undefined): string;
export function buildCsp(opts: { dev: boolean; tileUrl: string | undefined; nonce?: string }): string;
