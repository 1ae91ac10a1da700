// /conditions: the conditions are listed with the procedures on one index page.
import { permanentRedirect } from "next/navigation";

export default function ConditionsIndexPage() {
  permanentRedirect("/procedures");
}
