// Any other address: the English "not found" page, inside the site's shell (there is no single root layout to
// hang a global one from: each language has its own, decision 068).
import { notFound } from "next/navigation";

export default function UnknownPage() {
  notFound();
}
