// NPPES secondary practice locations (`pl_pfile_…csv`, in the same zip as the NPI file): more places where an NPI
// in the directory (or on file) practises, added as locations of the same physician.
import { zipCentroids } from "@/lib/imports/geocode";
import { storeFacts } from "@/lib/imports/facts";
import { resolveLayout, type TLayout } from "@/lib/imports/layouts";
import type { TAddressInput } from "@/lib/imports/locations";
import { addressLines, normalizePhone, titleCaseName, zip5 } from "@/lib/imports/normalize";
import { projectNpis } from "@/lib/imports/project";
import { leadingNpi } from "@/lib/imports/records";
import { startRow, type TReader } from "@/lib/imports/sources/reader";

const P = "Provider Secondary Practice Location Address";

export const NPPES_SECONDARY_LAYOUT = {
  what: "an NPPES secondary practice location file (pl_pfile)",
  releases: ['NPPES pl_pfile since 2016 (NPI and "Provider Secondary Practice Location Address- …" columns)'],
  columns: {
    npi: { names: ["NPI"] },
    address1: { names: [`${P}- Address Line 1`] },
    address2: { names: [`${P}-  Address Line 2`] },
    city: { names: [`${P} - City Name`] },
    state: { names: [`${P} - State Name`] },
    zip: { names: [`${P} - Postal Code`] },
    country: { names: [`${P} - Country Code (If outside U.S.)`], optional: true },
    phone: { names: [`${P} - Telephone Number`], optional: true },
  },
} satisfies TLayout<Record<string, { names: string[]; optional?: true }>>;

export type TSecondaryRow = { key: string; line: number; npi: string; addresses: TAddressInput[]; lines: number[] };

export const nppesSecondaryReader: TReader<TSecondaryRow> = {
  what: NPPES_SECONDARY_LAYOUT.what,
  mode: "grouped",
  bind(header, isKnown) {
    const c = resolveLayout(header, NPPES_SECONDARY_LAYOUT);
    const width = header.names.length;
    return {
      prefilter: (r) => isKnown(leadingNpi(r) ?? ""),
      map(f, line) {
        const start = startRow(f, width, c.npi);
        if ("reject" in start) return start;
        const { get, npi } = start;
        const country = get(c.country).toUpperCase();
        if (country && country !== "US") return { skip: true };
        const zip = zip5(get(c.zip));
        if (!zip) return { reject: `NPI ${npi}: missing or invalid secondary location ZIP "${get(c.zip)}"`, npi };
        const state = get(c.state).toUpperCase();
        if (!/^[A-Z]{2}$/.test(state)) return { reject: `NPI ${npi}: invalid secondary location state "${get(c.state)}"`, npi };
        const lines = addressLines(get(c.address1), get(c.address2));
        if (!lines.address1) return { reject: `NPI ${npi}: missing secondary location street address`, npi };
        const address: TAddressInput = {
          name: lines.address1,
          facilityName: false,
          address1: lines.address1,
          address2: lines.address2,
          city: titleCaseName(get(c.city)),
          state,
          zip,
          phone: normalizePhone(get(c.phone)),
        };
        return { row: { key: `pl|${npi}`, line, npi, addresses: [address], lines: [line] } };
      },
    };
  },
  merge(into, row) {
    into.addresses.push(...row.addresses);
    into.lines.push(...row.lines);
    return into;
  },
  async write(w, rows) {
    const centroids = await zipCentroids(
      w.ctx.client,
      rows.flatMap((r) => r.addresses.map((a) => a.zip)),
    );
    const facts = rows.map((r) => {
      const ok = r.addresses.filter((a, i) => {
        if (centroids.has(a.zip)) return true;
        w.reject({ line: r.lines[i] ?? r.line, npi: r.npi, reason: `NPI ${r.npi}: ZIP ${a.zip} is not a known US ZIP code` });
        return false;
      });
      const unique = [...new Map(ok.map((a) => [JSON.stringify(a), a])).entries()]
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([, a]) => a);
      return { key: r.key, npi: r.npi, payload: { addresses: unique } };
    });
    const written = await storeFacts(w.ctx, "NPPES", facts, w.counts);
    await projectNpis(
      w.ctx,
      written.map((f) => f.npi as string),
      w.counts,
      w.geocoder,
    );
  },
};

/**
 * A full NPI file that lists an NPI, shipped with a pl_pfile that does not, says the NPI has no secondary
 * locations any more: for the NPIs this run's NPI file wrote that had older secondary locations, record that.
 */
export async function clearUnlistedSecondaries(w: Parameters<typeof nppesSecondaryReader.write>[0]): Promise<void> {
  const { rows } = await w.ctx.client.query<{ npi: string }>(
    `INSERT INTO import_row_state AS s (kind, key, npi, checksum, payload, as_of, source_id, run_id, updated_at)
     SELECT 'NPPES', 'pl|' || m.npi, m.npi, 'none', '{"addresses":[]}'::jsonb, $2::date, $3, $1, now()
       FROM import_row_state m
      WHERE m.kind = 'NPPES' AND m.key = m.npi AND m.run_id = $1
        AND EXISTS (SELECT 1 FROM import_row_state p WHERE p.kind = 'NPPES' AND p.key = 'pl|' || m.npi
                     AND p.run_id <> $1 AND p.as_of < $2::date AND p.payload -> 'addresses' <> '[]'::jsonb)
     ON CONFLICT (kind, key) DO UPDATE SET checksum = EXCLUDED.checksum, payload = EXCLUDED.payload, as_of = EXCLUDED.as_of,
       source_id = EXCLUDED.source_id, run_id = EXCLUDED.run_id, updated_at = now()
     RETURNING s.npi`,
    [w.ctx.runId, w.ctx.fileDate, w.ctx.sourceId],
  );
  await projectNpis(
    w.ctx,
    rows.map((r) => r.npi),
    w.counts,
    w.geocoder,
  );
}
