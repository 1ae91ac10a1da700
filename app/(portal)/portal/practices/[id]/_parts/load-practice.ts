// The practice pages' common start: the signed-in member (back here after sign-in) and the practice, or a 404.
import "server-only";
import { notFound } from "next/navigation";
import { requireSignedInPage } from "@/lib/auth/page-guard";
import { isAppError } from "@/lib/errors";
import type { TActor } from "@/lib/http/request-context";
import { getPractice, type TPracticeDto } from "@/lib/portal/get-practice";

export async function loadPractice(id: string, here: string): Promise<{ actor: TActor; practice: TPracticeDto }> {
  const actor = await requireSignedInPage(here);
  try {
    return { actor, practice: await getPractice(actor, { organizationId: id }) };
  } catch (e) {
    // Another practice, or an id that is not one, looks the same: not found.
    if (isAppError(e) && ["NOT_FOUND", "FORBIDDEN", "VALIDATION_FAILED"].includes(e.code)) notFound();
    throw e;
  }
}
