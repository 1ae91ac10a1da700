// /es: the home page in Spanish (shared with / : app/(public)/_views/home-page.tsx).
import { HomePage, homeMetadata } from "@/app/(public)/_views/home-page";

// Reads the live directory on every request (there is no database at build time).
export const dynamic = "force-dynamic";

export const metadata = homeMetadata("es");

export default function SpanishHomePage() {
  return <HomePage locale="es" />;
}
