import { describe, expect, it } from "vitest";
import { isCrossSite, originOf } from "./cross-site";

const app = "https://tandem.example";
const request = (headers: Record<string, string>) => new Headers({ host: "tandem.example", ...headers });

describe("isCrossSite", () => {
  it.each([
    ["another site's Origin", { origin: "https://evil.example" }],
    ["a browser's cross-site marker", { "sec-fetch-site": "cross-site" }],
    ["a marker with our own Origin", { "sec-fetch-site": "cross-site", origin: app }],
    ["a sibling subdomain", { origin: "https://evil.tandem.example", "sec-fetch-site": "same-site" }],
    ["a sandboxed page's null Origin", { origin: "null" }],
    ["a look-alike host with our name as a prefix", { origin: "https://tandem.example.evil.example" }],
  ])("refuses %s", (_label, headers) => {
    expect(isCrossSite(request(headers), app)).toBe(true);
  });

  it.each([
    ["no Origin at all (server-side callers, curl)", {}],
    ["APP_URL's origin", { origin: app, "sec-fetch-site": "same-origin" }],
    ["the host the request was sent to", { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }],
    ["a typed-in address", { "sec-fetch-site": "none" }],
  ])("allows %s", (_label, headers) => {
    expect(isCrossSite(request(headers), app)).toBe(false);
  });

  it("compares hosts with their port", () => {
    expect(isCrossSite(new Headers({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:4000" }), null)).toBe(true);
  });
});

describe("originOf", () => {
  it("reads APP_URL's origin, or nothing", () => {
    expect(originOf("https://tandem.example/path")).toBe(app);
    expect(originOf(undefined)).toBeNull();
    expect(originOf("not a url")).toBeNull();
  });
});
