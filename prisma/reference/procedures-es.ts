/**
 * Reference data in Spanish: the name, a plain-language summary and what people type, for every procedure and
 * condition in `procedures.ts`, keyed by the same slug. The directory's data stays one (slugs, CPT codes, links);
 * these are its Spanish labels and search words (decision 057).
 *
 * - Written for a reader with limited health literacy: short sentences, everyday words, "usted".
 * - `synonyms` are lower-case names a Spanish speaker types for the thing itself, with common misspellings
 *   (accents are ignored when matching). No synonym is shared by two entries, and none repeats an English synonym
 *   of another entry, so a term still maps to at most one procedure or condition. Symptoms and everyday phrases
 *   ("dolor de espalda", "cemento en la columna") are in `SPANISH_PATIENT_PHRASES`, with the sentence that explains
 *   where they lead, in the shape of the English patient phrases (lib/procedures/patient-phrases.ts on i14).
 */

export type TSpanishLabel = { name: string; summary: string; synonyms: string[] };

export const PROCEDURES_ES: Readonly<Record<string, TSpanishLabel>> = {
  vertebroplasty: {
    name: "Vertebroplastia",
    summary:
      "El médico usa rayos X para guiar una aguja delgada hasta el hueso roto de la columna. Luego pone un cemento especial para huesos que lo hace más firme y calma el dolor. La mayoría de las personas vuelve a casa el mismo día.",
    synonyms: [
      "vertebroplastia",
      "vertebroplastía",
      "vertebroplastia percutanea",
      "inyeccion de cemento oseo",
      "vertebraplastia",
      "vertebroplastia columna",
    ],
  },
  kyphoplasty: {
    name: "Cifoplastia (aumento vertebral con balón)",
    summary:
      "El médico infla un globo pequeño dentro del hueso aplastado de la columna para abrir espacio y recuperar algo de altura. Después llena ese espacio con cemento para huesos. La mayoría de las personas vuelve a sus actividades en pocos días.",
    synonyms: [
      "cifoplastia",
      "cifoplastía",
      "cifoplastia con balon",
      "cifoplastia con globo",
      "kifoplastia",
      "quifoplastia",
      "xifoplastia",
      "ciphoplastia",
      "aumento vertebral",
      "aumento vertebral con balon",
      "vertebroplastia con balon",
    ],
  },
  sacroplasty: {
    name: "Sacroplastia",
    summary:
      "El médico pone cemento para huesos con una aguja en el sacro agrietado (el hueso plano al final de la columna). Esto lo hace más firme y calma el dolor. Se guía con imágenes.",
    synonyms: ["sacroplastia", "sacroplastía", "cemento en el sacro", "aumento sacro"],
  },
  "uterine-fibroid-embolization": {
    name: "Embolización de miomas uterinos",
    summary:
      "Por un tubo muy fino que entra por una arteria de la muñeca o la ingle, el médico tapa la sangre que alimenta los miomas. Así los miomas se achican y los síntomas mejoran, sin quitar el útero.",
    synonyms: [
      "embolizacion de miomas",
      "embolizacion de miomas uterinos",
      "embolizacion de fibromas",
      "embolizacion de la arteria uterina",
      "embolizacion uterina",
      "tratamiento de miomas sin cirugia",
    ],
  },
  "prostate-artery-embolization": {
    name: "Embolización de la arteria prostática",
    summary:
      "Por un tubo fino en una arteria, el médico envía partículas muy pequeñas que reducen la sangre que llega a la próstata agrandada. La próstata se achica y es más fácil orinar, sin cirugía.",
    synonyms: [
      "embolizacion de prostata",
      "embolizacion de la prostata",
      "embolizacion de la arteria prostatica",
      "embolizacion prostatica",
      "tratamiento de prostata sin cirugia",
    ],
  },
  "genicular-artery-embolization": {
    name: "Embolización de las arterias de la rodilla (arterias geniculares)",
    summary:
      "El médico reduce la sangre en arterias pequeñas de la rodilla que alimentan la inflamación. Esto puede calmar el dolor de la artritis de rodilla sin cirugía.",
    synonyms: [
      "embolizacion de rodilla",
      "embolizacion de la rodilla",
      "embolizacion genicular",
      "embolizacion de arterias geniculares",
      "embolizacion de la arteria genicular",
    ],
  },
  "varicose-vein-ablation": {
    name: "Ablación de várices (ablación endovenosa)",
    summary:
      "El médico pone un tubo fino dentro de la vena enferma de la pierna y la cierra con calor, pegamento o un líquido especial. La sangre pasa por venas sanas y las várices duelen y se hinchan menos.",
    synonyms: [
      "ablacion de varices",
      "ablacion endovenosa",
      "ablacion de venas",
      "tratamiento de varices",
      "laser para varices",
      "cierre de venas",
      "ablacion de la vena safena",
      "quitar varices",
    ],
  },
  "tumor-ablation": {
    name: "Ablación de tumores (radiofrecuencia, microondas o frío)",
    summary:
      "Con la ayuda de un escáner, el médico pone una sonda parecida a una aguja dentro del tumor y lo destruye con calor o con frío extremo. Casi siempre se hace sin abrir el cuerpo.",
    synonyms: [
      "ablacion de tumores",
      "ablacion de tumor",
      "ablacion por radiofrecuencia",
      "radiofrecuencia",
      "ablacion por microondas",
      "crioablacion",
      "crioterapia",
      "congelar un tumor",
      "quemar un tumor",
    ],
  },
  "y90-radioembolization": {
    name: "Radioembolización con Y-90 (SIRT)",
    summary:
      "El médico envía por una arteria unas bolitas muy pequeñas con radiación (itrio 90) directo a los tumores del hígado. Así trata el cáncer desde adentro y cuida la mayor parte del hígado sano.",
    synonyms: [
      "radioembolizacion",
      "radioembolizacion con y90",
      "itrio 90",
      "itrio-90",
      "radioterapia interna selectiva",
      "bolitas de radiacion en el higado",
    ],
  },
  "transarterial-chemoembolization": {
    name: "Quimioembolización (TACE)",
    summary:
      "El médico pone la quimioterapia por un tubo fino directo en la arteria que alimenta un tumor del hígado. Después tapa esa arteria para que el medicamento se quede en el tumor y le falte sangre.",
    synonyms: [
      "quimioembolizacion",
      "quimioembolizacion transarterial",
      "quimioembolizacion hepatica",
      "quimio embolizacion",
      "quimioterapia en el higado",
    ],
  },
  "dialysis-access": {
    name: "Cuidado del acceso para diálisis (fístula e injerto)",
    summary:
      "Cuando una fístula o un injerto para diálisis se estrecha o se tapa con un coágulo, el médico lo abre por dentro con un globo, quitando el coágulo o con un stent. Así puede seguir la diálisis, casi siempre sin quedarse en el hospital.",
    synonyms: [
      "acceso para dialisis",
      "acceso vascular para dialisis",
      "fistulografia",
      "angioplastia de fistula",
      "destapar la fistula",
      "trombectomia del injerto",
      "fistula arteriovenosa",
      "fistula para dialisis",
      "injerto para dialisis",
    ],
  },
  "ivc-filter": {
    name: "Colocación y retiro del filtro de vena cava",
    summary:
      "El médico pone un filtro pequeño de alambre en la vena más grande del cuerpo (la vena cava inferior). El filtro atrapa coágulos antes de que lleguen a los pulmones. Se saca por una vena cuando ya no hace falta.",
    synonyms: [
      "filtro de vena cava",
      "filtro de la vena cava",
      "filtro de vena cava inferior",
      "filtro para coagulos",
      "retiro del filtro de vena cava",
      "quitar el filtro de vena cava",
    ],
  },
  "peripheral-angioplasty-stenting": {
    name: "Angioplastia y stent de las arterias de las piernas",
    summary:
      "El médico abre por dentro las arterias de las piernas que están estrechas o tapadas. Usa un globo pequeño y a veces un stent. Así vuelve a pasar la sangre y duelen menos las piernas.",
    synonyms: [
      "angioplastia",
      "angioplastia periferica",
      "angioplastia con balon",
      "angioplastia de piernas",
      "stent en la pierna",
      "stent periferico",
      "colocacion de stent",
      "aterectomia",
      "destapar arterias de las piernas",
    ],
  },
  "image-guided-biopsy": {
    name: "Biopsia guiada por imágenes",
    summary:
      "Con ultrasonido, tomografía u otras imágenes para apuntar bien, el médico saca una muestra pequeña de tejido con una aguja. Así se puede saber qué es, casi siempre sin cirugía.",
    synonyms: [
      "biopsia",
      "biopsia guiada por imagenes",
      "biopsia con aguja",
      "biopsia guiada por tomografia",
      "biopsia guiada por ultrasonido",
      "biopsia por puncion",
      "puncion con aguja fina",
      "biopsia de higado",
      "biopsia de pulmon",
      "biopsia de rinon",
      "biopsia de hueso",
      "biopsia de ganglio",
    ],
  },
  "port-placement": {
    name: "Colocación de un puerto (port)",
    summary:
      "El médico pone un aparato pequeño debajo de la piel del pecho o del brazo, unido a una vena. Por ahí le pueden dar quimioterapia y otros tratamientos por la vena, y sacarle sangre, sin pincharle cada vez.",
    synonyms: [
      "puerto",
      "puerto para quimioterapia",
      "puerto para quimio",
      "port para quimio",
      "reservorio",
      "port a cath",
      "colocacion de puerto",
      "cateter con reservorio",
      "retiro del puerto",
    ],
  },
};

export const CONDITIONS_ES: Readonly<Record<string, TSpanishLabel>> = {
  "vertebral-compression-fractures": {
    name: "Fractura por compresión vertebral",
    summary:
      "Un hueso de la columna se rompe y se aplasta, casi siempre porque la osteoporosis lo debilitó. Causa un dolor de espalda repentino que puede durar meses. Se puede tratar poniendo cemento para huesos dentro del hueso roto.",
    synonyms: [
      "fractura por compresion vertebral",
      "fractura por compresion",
      "fractura vertebral",
      "fractura de vertebra",
      "fractura de columna",
      "fractura de la columna",
      "fractura de espalda",
      "vertebra rota",
      "vertebra aplastada",
      "vertebra fracturada",
      "columna rota",
      "espalda rota",
      "fractura osteoporotica",
      "fractura por osteoporosis",
      "aplastamiento vertebral",
      "fractura de columna por osteoporosis",
      "fractura en cuna",
    ],
  },
  "sacral-insufficiency-fractures": {
    name: "Fractura por insuficiencia del sacro",
    summary:
      "Una grieta en el sacro, el hueso plano al final de la columna. Casi siempre pasa porque el hueso está débil, no por un golpe fuerte. Causa dolor en la parte baja de la espalda, las nalgas o la cadera, que empeora al estar de pie o caminar.",
    synonyms: [
      "fractura del sacro",
      "fractura de sacro",
      "fractura sacra",
      "sacro roto",
      "fractura por insuficiencia del sacro",
      "fractura por estres del sacro",
    ],
  },
  "spinal-metastases": {
    name: "Metástasis en la columna y tumores de los huesos de la columna",
    summary:
      "Un cáncer que se extendió a la columna, o un tumor en un hueso de la columna, puede debilitar el hueso y causar dolor o fracturas. Poner cemento y destruir el tumor con calor o frío puede calmar el dolor y hacer el hueso más fuerte.",
    synonyms: [
      "metastasis en la columna",
      "metastasis oseas",
      "metastasis en los huesos",
      "cancer en la columna",
      "cancer en los huesos",
      "tumor en la columna",
      "tumor de columna",
      "tumor vertebral",
      "tumor oseo",
      "mieloma multiple",
      "fractura patologica",
    ],
  },
  "uterine-fibroids": {
    name: "Miomas uterinos",
    summary:
      "Bultos que no son cáncer y crecen en la matriz. Pueden causar reglas abundantes o dolorosas, presión en la pelvis y ganas de orinar seguido. Se pueden achicar tapando la sangre que los alimenta, sin cirugía.",
    synonyms: ["miomas", "mioma", "miomas uterinos", "fibromas", "fibroma uterino", "fibromas uterinos"],
  },
  "enlarged-prostate": {
    name: "Próstata agrandada (HPB)",
    summary:
      "Un crecimiento de la próstata que no es cáncer y es común en hombres mayores. Aprieta el conducto de la orina y causa un chorro débil, ganas de orinar seguido y levantarse de noche para orinar.",
    synonyms: [
      "prostata agrandada",
      "prostata grande",
      "crecimiento de la prostata",
      "hiperplasia prostatica benigna",
      "hpb",
    ],
  },
  "knee-osteoarthritis-pain": {
    name: "Dolor de rodilla por artrosis",
    summary:
      "El desgaste de la rodilla (artrosis) causa dolor, rigidez e hinchazón. Para quienes todavía no quieren o no pueden operarse para cambiar la rodilla, calmar los vasos sanguíneos inflamados de la rodilla puede bajar el dolor.",
    synonyms: [
      "artrosis de rodilla",
      "artritis de rodilla",
      "dolor de rodilla",
      "dolor cronico de rodilla",
      "desgaste de rodilla",
      "osteoartritis de rodilla",
      "gonartrosis",
    ],
  },
  "varicose-veins": {
    name: "Várices",
    summary:
      "Venas de las piernas hinchadas y torcidas porque sus válvulas no cierran bien y la sangre se acumula. Suelen dar dolor, pesadez, hinchazón o cambios en la piel. Cerrar la vena enferma por dentro casi siempre las mejora.",
    synonyms: [
      "varices",
      "varice",
      "venas varicosas",
      "varices en las piernas",
      "venas hinchadas",
      "insuficiencia venosa",
      "insuficiencia venosa cronica",
      "reflujo venoso",
    ],
  },
  "liver-cancer": {
    name: "Cáncer de hígado y tumores del hígado",
    summary:
      "Un cáncer que empieza en el hígado o que llegó al hígado desde otra parte del cuerpo. Los radiólogos intervencionistas pueden tratar estos tumores por las arterias o con una sonda, muchas veces cuando no se puede operar.",
    synonyms: [
      "cancer de higado",
      "cancer del higado",
      "tumor de higado",
      "tumor en el higado",
      "carcinoma hepatocelular",
      "hepatocarcinoma",
      "metastasis en el higado",
      "metastasis hepaticas",
    ],
  },
  "kidney-tumors": {
    name: "Tumor de riñón",
    summary:
      "Un bulto en el riñón que puede ser cáncer o no. Muchas veces, en los tumores pequeños, se puede sacar una muestra con una aguja y destruir el tumor con calor o frío en lugar de operar.",
    synonyms: ["tumor de rinon", "tumor en el rinon", "cancer de rinon", "masa renal", "tumor renal", "carcinoma renal"],
  },
  "peripheral-artery-disease": {
    name: "Enfermedad arterial periférica (EAP)",
    summary:
      "Las arterias de las piernas se estrechan o se tapan y llega menos sangre. Causa dolor en las piernas al caminar, heridas que tardan en sanar y, en casos graves, riesgo de perder la pierna.",
    synonyms: [
      "enfermedad arterial periferica",
      "enfermedad vascular periferica",
      "eap",
      "claudicacion",
      "arterias tapadas en las piernas",
      "mala circulacion en las piernas",
      "isquemia critica",
    ],
  },
  "kidney-failure-dialysis-access": {
    name: "Falla de los riñones que necesita acceso para diálisis",
    summary:
      "Cuando los riñones fallan, la diálisis limpia la sangre a través de una fístula o un injerto en el brazo. Estos se pueden estrechar o tapar, y los radiólogos intervencionistas los abren para que la diálisis pueda seguir.",
    synonyms: [
      "insuficiencia renal",
      "falla renal",
      "enfermedad renal terminal",
      "dialisis",
      "problema con la fistula",
      "fistula tapada",
      "fistula que no funciona",
      "injerto tapado",
    ],
  },
  "dvt-pulmonary-embolism-risk": {
    name: "Trombosis venosa profunda y riesgo de embolia pulmonar",
    summary:
      "Los coágulos de sangre en las venas profundas de las piernas se pueden soltar y llegar a los pulmones. Cuando no se pueden usar anticoagulantes o no bastan, se puede poner un filtro para atrapar los coágulos.",
    synonyms: [
      "trombosis venosa profunda",
      "tvp",
      "coagulo en la pierna",
      "embolia pulmonar",
      "trombo",
      "coagulo en el pulmon",
      "coagulos de sangre",
      "tromboembolia venosa",
    ],
  },
  "suspicious-mass": {
    name: "Bulto sospechoso que necesita una biopsia",
    summary:
      "Un bulto, un nódulo o una mancha que se vio en un estudio y necesita una muestra pequeña de tejido para saber qué es. Una biopsia con aguja guiada por imágenes suele ser más rápida y fácil que una cirugía.",
    synonyms: [
      "bulto",
      "masa",
      "nodulo",
      "nodulo en el pulmon",
      "lesion",
      "mancha en el higado",
      "mancha en un estudio",
      "ganglio inflamado",
      "posible cancer",
    ],
  },
  "long-term-iv-chemotherapy": {
    name: "Quimioterapia por la vena durante mucho tiempo",
    summary:
      "Las personas que necesitan quimioterapia u otro tratamiento por la vena durante meses suelen beneficiarse de un puerto. Así no las pinchan tantas veces y se cuidan las venas de los brazos.",
    synonyms: [
      "quimioterapia",
      "quimio",
      "quimioterapia intravenosa",
      "tratamiento intravenoso largo",
      "acceso venoso",
      "venas dificiles",
      "analisis de sangre frecuentes",
    ],
  },
};

/** What Spanish speakers type that is not a name: symptoms and everyday words, routed with a Spanish explanation. */
export type TSpanishPatientPhrase = {
  phrases: readonly string[];
  target: { kind: "procedure" | "condition"; slug: string };
  explanation: string;
};

export const SPANISH_PATIENT_PHRASES: readonly TSpanishPatientPhrase[] = [
  {
    phrases: [
      "dolor de espalda",
      "dolor de espalda por osteoporosis",
      "dolor de espalda por fractura",
      "dolor de espalda despues de una caida",
      "dolor de espalda repentino",
      "me cai y me duele la espalda",
      "dolor en la columna",
      "dolor de columna",
      "dolor de cintura",
      "perdi estatura",
      "joroba",
      "espalda encorvada",
      "osteoporosis",
      "huesos debiles",
      "huesos fragiles",
      "fractura",
      "hueso roto",
      "vertebra",
      "columna",
      "espalda",
    ],
    target: { kind: "condition", slug: "vertebral-compression-fractures" },
    explanation:
      "Un dolor de espalda repentino, sobre todo después de una caída o con huesos débiles, muchas veces es una fractura por compresión vertebral. Los radiólogos intervencionistas la tratan con vertebroplastia o cifoplastia. No todo dolor de espalda es una fractura: una radiografía o una resonancia lo aclara.",
  },
  {
    phrases: [
      "cemento en la columna",
      "cemento en la vertebra",
      "inyeccion de cemento",
      "inyeccion de cemento en la columna",
      "cemento oseo",
      "cemento para huesos",
      "cemento",
    ],
    target: { kind: "condition", slug: "vertebral-compression-fractures" },
    explanation:
      "En la vertebroplastia y la cifoplastia se pone cemento para huesos en una vértebra rota: le mostramos médicos que hacen una u otra para la fractura por compresión vertebral.",
  },
  {
    phrases: ["dolor en el coxis", "dolor en la rabadilla", "dolor en las nalgas", "dolor en el sacro", "dolor de cadera al estar de pie"],
    target: { kind: "condition", slug: "sacral-insufficiency-fractures" },
    explanation:
      "Un dolor abajo, al final de la columna, que empeora al estar de pie o caminar puede ser una grieta en el sacro (fractura por insuficiencia del sacro). Se trata con sacroplastia.",
  },
  {
    phrases: ["cancer que se extendio a la columna", "cancer en la espalda", "tumor en mi columna"],
    target: { kind: "condition", slug: "spinal-metastases" },
    explanation:
      "Un cáncer que llegó a la columna se puede tratar poniendo cemento o destruyendo el tumor, para calmar el dolor y hacer el hueso más fuerte.",
  },
  {
    phrases: ["reglas abundantes", "sangrado menstrual abundante", "reglas dolorosas", "presion en la pelvis"],
    target: { kind: "condition", slug: "uterine-fibroids" },
    explanation:
      "Las reglas abundantes o dolorosas y la presión en la pelvis muchas veces se deben a miomas uterinos, que se pueden achicar sin cirugía.",
  },
  {
    phrases: ["orinar mucho de noche", "levantarme de noche a orinar", "chorro de orina debil", "me cuesta orinar", "prostata"],
    target: { kind: "condition", slug: "enlarged-prostate" },
    explanation:
      "En los hombres mayores, la dificultad para orinar muchas veces se debe a una próstata agrandada (HPB), que se puede tratar con embolización de la arteria prostática.",
  },
  {
    phrases: ["me duele la rodilla", "rodilla mala", "rodilla"],
    target: { kind: "condition", slug: "knee-osteoarthritis-pain" },
    explanation: "El dolor de rodilla que dura mucho por artrosis se puede calmar con embolización de las arterias de la rodilla, sin operar.",
  },
  {
    phrases: ["dolor de piernas al caminar", "calambres al caminar", "pies frios", "herida que no sana"],
    target: { kind: "condition", slug: "peripheral-artery-disease" },
    explanation:
      "El dolor de piernas al caminar y las heridas que tardan en sanar pueden venir de arterias de las piernas estrechas (enfermedad arterial periférica).",
  },
  {
    phrases: ["piernas hinchadas", "piernas pesadas", "aranitas vasculares", "venas en las piernas"],
    target: { kind: "condition", slug: "varicose-veins" },
    explanation:
      "Las piernas pesadas, cansadas o hinchadas con venas abultadas muchas veces son várices, que se pueden cerrar por dentro.",
  },
];
