// Types of lib/http/security-headers.js (shared with next.config.js).
export function securityHeaders(opts: { dev: boolean; tileUrl: string | undefined }): Array<{ key: string; value: string }>;
