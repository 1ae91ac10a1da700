// Minimal types for the `zipcodes` package (BSD; US ZIP centroids), which ships none.
declare module "zipcodes/lib/codes.js" {
  export type TZipCode = {
    zip: string;
    latitude: number;
    longitude: number;
    city: string;
    state: string;
    country: string;
  };
  export const codes: Record<string, TZipCode>;
}
