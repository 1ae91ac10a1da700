// robots.txt: the public pages are for everyone; the portal and the API's bulk endpoints are not for crawlers.
import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const site = env().SITE_URL.replace(/\/$/, "");
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/portal", "/api/"] }],
    sitemap: `${site}/sitemap.xml`,
  };
}
