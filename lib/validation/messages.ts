// Plain-language messages for input the schemas refuse, replacing zod's defaults ("Too small: expected string to have
// >=7 characters"). Messages written on a schema itself still win; these fill in where none was written.
import type { z } from "zod";

type TIssue = z.core.$ZodRawIssue;

export function plainIssueMessage(issue: TIssue): string {
  switch (issue.code) {
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? "Fill in this field." : `Use at least ${min} characters.`;
      if (issue.origin === "array" || issue.origin === "set") return min <= 1 ? "Choose at least one." : `Choose at least ${min}.`;
      return `Use a number of at least ${min}.`;
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return `Use at most ${max} characters.`;
      if (issue.origin === "array" || issue.origin === "set") return `Choose at most ${max}.`;
      return `Use a number of at most ${max}.`;
    }
    case "invalid_type":
      return issue.input === undefined || issue.input === null || issue.input === ""
        ? "Fill in this field."
        : "This value is not valid here.";
    case "invalid_format":
      return issue.format === "email" ? "Enter a valid email address." : "Check the format of this field.";
    case "invalid_value":
      return "Choose one of the options offered.";
    case "unrecognized_keys":
      return "The form sent a field we do not accept. Reload the page and try again.";
    default:
      return "Check this value.";
  }
}
