// Home page in English (the page itself is shared with /es: app/(public)/_views/home-page.tsx).
import { HomePage, homeMetadata } from "@/app/(public)/_views/home-page";

// Reads the live directory on every request (there is no database at build time).
export const dynamic = "force-dynamic";

export const metadata = homeMetadata("en");

export default function EnglishHomePage() {
  return <HomePage locale="en" />;
}
