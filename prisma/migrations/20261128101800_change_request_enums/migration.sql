-- Change requests name their record kind and action with enums instead of free text, so an unknown value
-- cannot be stored (and can never be mistaken for a delete). Existing rows convert in place.
CREATE TYPE "change_entity" AS ENUM ('organization', 'location', 'practitioner_role', 'physician');

CREATE TYPE "change_action" AS ENUM ('UPDATE', 'CREATE', 'DELETE');

ALTER TABLE "change_request"
  ALTER COLUMN "entity" TYPE "change_entity" USING "entity"::"change_entity",
  ALTER COLUMN "action" TYPE "change_action" USING "action"::"change_action";
