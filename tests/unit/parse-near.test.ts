import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseNear } from "@/lib/geo/resolve-near";

describe("parseNear", () => {
  it.each([
    ["10001", { kind: "zip", zip: "10001" }],
    [" 02139-4307 ", { kind: "zip", zip: "02139" }],
    ["40.7484,-73.9967", { kind: "point", lat: 40.7484, lng: -73.9967 }],
    ["40.7, -74", { kind: "point", lat: 40.7, lng: -74 }],
    ["Boston, MA", { kind: "city", city: "Boston", state: "MA" }],
    ["boston,  massachusetts", { kind: "city", city: "boston", state: "MA" }],
    ["Saint Louis MO", { kind: "city", city: "Saint Louis", state: "MO" }],
    ["Coeur d'Alene, ID", { kind: "city", city: "Coeur d'Alene", state: "ID" }],
    ["Boston", { kind: "city", city: "Boston", state: undefined }],
  ])("reads %j", (input, expected) => {
    expect(parseNear(input)).toEqual(expected);
  });

  it.each(["123", "123456", "91,200", "Boston, Narnia", "<script>", "SELECT 1;", "a".repeat(90)])(
    "refuses %j with a 400 and a hint",
    (input) => {
      try {
        parseNear(input);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).status).toBe(400);
      }
    },
  );
});
