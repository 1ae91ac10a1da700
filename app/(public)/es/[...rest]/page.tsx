// /es/<whatever else>: the Spanish "not found" page, not the English one (pages without a Spanish twin yet included).
import { notFound } from "next/navigation";

export default function SpanishUnknownPage() {
  notFound();
}
