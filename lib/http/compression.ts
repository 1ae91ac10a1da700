// gzip for the bodies the production server sends itself (held public pages, direct routes): Next's compression
// middleware decides at the head, which those paths hold or bypass.

/** Bodies smaller than this go out as they are (nginx's gzip_min_length in deploy/ is the same). */
export const GZIP_MIN_BYTES = 1024;

/** Whether the client takes gzip (`gzip` or `*`, not with q=0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  return value.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding !== "gzip" && coding !== "*") return false;
    const q = params.map((x) => x.trim()).find((x) => x.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
