// Home page in English (the page itself is shared with /es: app/(public)/_views/home-page.tsx).
import { HomePage, homeMetadata } from "@/app/(public)/_views/home-page";

// Prerendered (no database read: the search form, popular searches and guides come from code; decision 068), and
// re-rendered hourly so the site address in its structured data follows the running configuration.
export const revalidate = 3600;

export const metadata = homeMetadata("en");

export default function EnglishHomePage() {
  return <HomePage locale="en" />;
}
