-- CreateTable
CREATE TABLE "field_provenance" (
    "id" SERIAL NOT NULL,
    "entity" TEXT NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "source_id" INTEGER NOT NULL,
    "as_of" DATE NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "field_provenance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "field_provenance_entity_entity_id_field_key" ON "field_provenance"("entity", "entity_id", "field");

-- AddForeignKey
ALTER TABLE "field_provenance" ADD CONSTRAINT "field_provenance_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "data_source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
