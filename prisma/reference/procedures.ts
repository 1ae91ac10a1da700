/**
 * Reference data: interventional radiology procedures and the conditions they treat.
 *
 * Pure data, no database access. Seed scripts and search read from here.
 *
 * - `cptCodes` are current CPT (Level I HCPCS) codes, including Category III codes (4 digits + "T").
 *   Only codes whose descriptor clearly covers the procedure are listed; where no specific code
 *   exists (or the coding is unsettled) the list is left short or empty rather than guessed.
 *   Several procedures legitimately share a code (e.g. 37243 covers embolization for tumors and
 *   organ ischemia/infarction, used for UFE, PAE, Y-90 and TACE), so a code alone does not
 *   identify a procedure.
 * - `synonyms` are lower-case words patients type, including common misspellings. No synonym is
 *   shared by two procedures, so a search term maps to at most one procedure.
 */

export type TProcedureRef = {
  slug: string;
  name: string;
  summary: string;
  cptCodes: string[];
  synonyms: string[];
  sortOrder: number;
};

export type TConditionRef = {
  slug: string;
  name: string;
  summary: string;
  synonyms: string[];
  procedureSlugs: string[];
  sortOrder: number;
};

export const PROCEDURES: readonly TProcedureRef[] = [
  {
    slug: "vertebroplasty",
    name: "Vertebroplasty",
    summary:
      "Using live x-ray to guide a thin needle into a broken spine bone, the doctor injects medical bone cement to stabilise it and ease the pain. Most people go home the same day.",
    // 22510 cervicothoracic, 22511 lumbosacral, +22512 each additional level
    cptCodes: ["22510", "22511", "22512"],
    synonyms: [
      "vertebroplasty",
      "percutaneous vertebroplasty",
      "spine cement injection",
      "bone cement injection",
      "cement in spine",
      "compression fracture treatment",
      "vertebraplasty",
      "vertebroplasy",
      "vertabroplasty",
    ],
    sortOrder: 1,
  },
  {
    slug: "kyphoplasty",
    name: "Kyphoplasty (balloon vertebral augmentation)",
    summary:
      "A small balloon is inflated inside a collapsed spine bone to make space and restore some height, then the space is filled with bone cement. Most people are back to normal activity within a few days.",
    // 22513 thoracic, 22514 lumbosacral, +22515 each additional level
    cptCodes: ["22513", "22514", "22515"],
    synonyms: [
      "kyphoplasty",
      "balloon kyphoplasty",
      "vertebral augmentation",
      "balloon vertebroplasty",
      "kyphoplasy",
      "kiphoplasty",
      "kyphoplasity",
      "khyphoplasty",
    ],
    sortOrder: 2,
  },
  {
    slug: "sacroplasty",
    name: "Sacroplasty",
    summary:
      "Bone cement is injected through a needle into a cracked sacrum (the flat bone at the base of the spine) to steady it and relieve pain, guided by imaging.",
    // Category III: 0200T unilateral, 0201T bilateral
    cptCodes: ["0200T", "0201T"],
    synonyms: [
      "sacroplasty",
      "percutaneous sacroplasty",
      "sacral augmentation",
      "sacral cement injection",
      "sacraplasty",
      "sacroplasy",
    ],
    sortOrder: 3,
  },
  {
    slug: "uterine-fibroid-embolization",
    name: "Uterine fibroid embolization (UFE)",
    summary:
      "Through a tiny tube placed in an artery at the wrist or groin, the doctor blocks the blood supply to fibroids so they shrink and symptoms ease, without removing the uterus.",
    cptCodes: ["37243"],
    synonyms: [
      "uterine fibroid embolization",
      "uterine fibroid embolisation",
      "fibroid embolization",
      "fibroid embolisation",
      "uterine artery embolization",
      "ufe",
      "uae",
      "non-surgical fibroid treatment",
      "fibriod embolization",
      "uterine fibroid embolyzation",
    ],
    sortOrder: 4,
  },
  {
    slug: "prostate-artery-embolization",
    name: "Prostate artery embolization (PAE)",
    summary:
      "Tiny particles are delivered through a thin tube in an artery to reduce blood flow to an enlarged prostate, which shrinks it and eases urinary symptoms without surgery.",
    cptCodes: ["37243"],
    synonyms: [
      "prostate artery embolization",
      "prostate artery embolisation",
      "prostate embolization",
      "pae",
      "prostrate artery embolization",
      "prostrate embolization",
      "non-surgical prostate treatment",
    ],
    sortOrder: 5,
  },
  {
    slug: "genicular-artery-embolization",
    name: "Genicular artery embolization (GAE)",
    summary:
      "The doctor slows blood flow in small arteries around the knee that feed painful inflammation, which can ease arthritis knee pain without surgery.",
    // No specific CPT code is settled for GAE; deliberately left empty rather than guessed.
    cptCodes: [],
    synonyms: [
      "genicular artery embolization",
      "genicular artery embolisation",
      "geniculate artery embolization",
      "genicular embolization",
      "knee embolization",
      "knee artery embolization",
      "gae",
    ],
    sortOrder: 6,
  },
  {
    slug: "varicose-vein-ablation",
    name: "Varicose vein ablation (endovenous ablation)",
    summary:
      "A thin catheter placed in a faulty leg vein seals it shut with heat, glue or a special solution, so blood reroutes through healthy veins and bulging, aching veins improve.",
    // 36473/36474 mechanochemical, 36475/36476 radiofrequency, 36478/36479 laser,
    // 36482/36483 chemical adhesive (first vein / each additional vein)
    cptCodes: ["36473", "36474", "36475", "36476", "36478", "36479", "36482", "36483"],
    synonyms: [
      "varicose vein ablation",
      "endovenous ablation",
      "vein ablation",
      "endovenous laser ablation",
      "evla",
      "radiofrequency vein ablation",
      "laser vein treatment",
      "vein closure",
      "saphenous vein ablation",
      "varicose vein treatment",
      "vericose vein ablation",
      "varicose vein removal",
    ],
    sortOrder: 7,
  },
  {
    slug: "tumor-ablation",
    name: "Tumor ablation (radiofrequency, microwave or cryoablation)",
    summary:
      "Guided by a scan, the doctor places a needle-like probe into a tumor and destroys it with heat or extreme cold, usually without open surgery.",
    // 47382 liver RFA, 47383 liver cryoablation, 50592 renal RFA, 50593 renal cryoablation,
    // 32998 lung RFA, 32994 lung cryoablation, 20982 bone RFA, 20983 bone cryoablation
    cptCodes: ["47382", "47383", "50592", "50593", "32998", "32994", "20982", "20983"],
    synonyms: [
      "tumor ablation",
      "tumour ablation",
      "radiofrequency ablation",
      "rfa",
      "microwave ablation",
      "mwa",
      "cryoablation",
      "cryotherapy",
      "cryo ablation",
      "thermal ablation",
      "freezing a tumor",
      "liver tumor ablation",
      "kidney tumor ablation",
      "lung tumor ablation",
      "bone tumor ablation",
      "tumor ablasion",
    ],
    sortOrder: 8,
  },
  {
    slug: "y90-radioembolization",
    name: "Y-90 radioembolization (SIRT)",
    summary:
      "Tiny beads carrying radiation (yttrium-90) are delivered through an artery straight into liver tumors, treating the cancer from inside while sparing most healthy liver.",
    // 79445 intra-arterial particulate radiopharmaceutical therapy; 37243 embolization for tumor
    cptCodes: ["79445", "37243"],
    synonyms: [
      "y-90",
      "y90",
      "y 90",
      "yttrium-90",
      "yttrium 90",
      "y90 radioembolization",
      "radioembolization",
      "radioembolisation",
      "sirt",
      "selective internal radiation therapy",
      "radiation beads liver",
      "ytrium 90",
      "radioembolizaton",
    ],
    sortOrder: 9,
  },
  {
    slug: "transarterial-chemoembolization",
    name: "TACE (transarterial chemoembolization)",
    summary:
      "Chemotherapy is delivered through a thin tube directly into the artery feeding a liver tumor, and the artery is then blocked so the drug stays in the tumor and its blood supply is cut off.",
    // 37243 embolization for tumor (chemotherapy-administration codes vary by payer and are not listed)
    cptCodes: ["37243"],
    synonyms: [
      "tace",
      "transarterial chemoembolization",
      "trans-arterial chemoembolization",
      "chemoembolization",
      "chemoembolisation",
      "chemo embolization",
      "liver chemoembolization",
      "deb-tace",
      "chemoembolizaton",
    ],
    sortOrder: 10,
  },
  {
    slug: "dialysis-access",
    name: "Dialysis access care (fistula and graft interventions)",
    summary:
      "When a dialysis fistula or graft narrows or clots, the doctor reopens it from the inside with a balloon, clot removal or a stent so dialysis can continue, usually as an outpatient.",
    // 36901–36909 dialysis circuit (diagnostic, angioplasty, stent, thrombectomy, central add-ons, embolization)
    cptCodes: [
      "36901",
      "36902",
      "36903",
      "36904",
      "36905",
      "36906",
      "36907",
      "36908",
      "36909",
    ],
    synonyms: [
      "dialysis access",
      "dialysis access repair",
      "fistulagram",
      "fistulogram",
      "fistula angioplasty",
      "fistula declot",
      "declotting",
      "graft thrombectomy",
      "av fistula",
      "av graft",
      "dialysis fistula",
      "dialysis graft",
      "clotted fistula",
      "fistula stent",
      "fistual",
    ],
    sortOrder: 11,
  },
  {
    slug: "ivc-filter",
    name: "IVC filter placement and retrieval",
    summary:
      "A small wire filter is placed in the body's largest vein (the inferior vena cava) to catch blood clots before they reach the lungs, and taken out through a vein when it is no longer needed.",
    // 37191 insertion, 37192 repositioning, 37193 retrieval
    cptCodes: ["37191", "37192", "37193"],
    synonyms: [
      "ivc filter",
      "inferior vena cava filter",
      "vena cava filter",
      "blood clot filter",
      "ivc filter placement",
      "ivc filter removal",
      "ivc filter retrieval",
      "vena cava filter removal",
      "greenfield filter",
      "ivc filtre",
    ],
    sortOrder: 12,
  },
  {
    slug: "peripheral-angioplasty-stenting",
    name: "Peripheral angioplasty and stenting",
    summary:
      "Narrowed or blocked leg arteries are opened from the inside with a small balloon, and sometimes a stent or plaque-removal device, to restore blood flow and ease leg pain.",
    // 37220–37235 lower-extremity revascularisation (iliac, femoral/popliteal, tibial/peroneal)
    cptCodes: [
      "37220",
      "37221",
      "37222",
      "37223",
      "37224",
      "37225",
      "37226",
      "37227",
      "37228",
      "37229",
      "37230",
      "37231",
      "37232",
      "37233",
      "37234",
      "37235",
    ],
    synonyms: [
      "peripheral angioplasty",
      "angioplasty",
      "balloon angioplasty",
      "leg angioplasty",
      "leg artery stent",
      "peripheral stent",
      "stent",
      "stenting",
      "atherectomy",
      "peripheral vascular intervention",
      "leg revascularization",
      "angioplasy",
      "angeoplasty",
    ],
    sortOrder: 13,
  },
  {
    slug: "image-guided-biopsy",
    name: "Image-guided biopsy",
    summary:
      "Using ultrasound, CT or other scans to aim precisely, the doctor takes a small tissue sample through a needle so it can be examined, usually without surgery.",
    // 10005–10012 fine-needle aspiration with imaging guidance; 20225 deep bone biopsy;
    // 32408 lung/mediastinum core biopsy; 38505 lymph node needle biopsy; 47000 liver;
    // 49180 abdominal/retroperitoneal mass; 50200 kidney; 60100 thyroid core biopsy
    cptCodes: [
      "10005",
      "10006",
      "10007",
      "10008",
      "10009",
      "10010",
      "10011",
      "10012",
      "20225",
      "32408",
      "38505",
      "47000",
      "49180",
      "50200",
      "60100",
    ],
    synonyms: [
      "biopsy",
      "image-guided biopsy",
      "image guided biopsy",
      "needle biopsy",
      "ct-guided biopsy",
      "ct guided biopsy",
      "ultrasound-guided biopsy",
      "ultrasound guided biopsy",
      "core biopsy",
      "core needle biopsy",
      "fine needle aspiration",
      "fna",
      "liver biopsy",
      "lung biopsy",
      "kidney biopsy",
      "bone biopsy",
      "lymph node biopsy",
      "biospy",
      "byopsy",
    ],
    sortOrder: 14,
  },
  {
    slug: "port-placement",
    name: "Port placement",
    summary:
      "A small device is placed under the skin of the chest or arm and connected to a vein, so chemotherapy and other IV treatments can be given and blood drawn without repeated needle sticks.",
    // 36561 tunneled central port, 36571 peripherally inserted port (age 5+), 36590 port removal
    cptCodes: ["36561", "36571", "36590"],
    synonyms: [
      "port placement",
      "port",
      "chemo port",
      "chemotherapy port",
      "port-a-cath",
      "port a cath",
      "portacath",
      "mediport",
      "power port",
      "implanted port",
      "chest port",
      "port insertion",
      "port removal",
      "medi port",
    ],
    sortOrder: 15,
  },
];

export const CONDITIONS: readonly TConditionRef[] = [
  {
    slug: "vertebral-compression-fractures",
    name: "Vertebral compression fracture",
    summary:
      "A bone in the spine cracks and collapses, most often because osteoporosis has weakened it, causing sudden back pain that can last for months. It can be treated by injecting bone cement into the broken bone.",
    synonyms: [
      "compression fracture",
      "vertebral compression fracture",
      "broken vertebra",
      "collapsed vertebra",
      "fractured vertebra",
      "crushed vertebra",
      "spinal fracture",
      "spine fracture",
      "osteoporotic fracture",
      "osteoporosis fracture",
      "vertebral fracture",
      "back fracture",
      "broken back",
      "wedge fracture",
      "compresion fracture",
    ],
    procedureSlugs: ["vertebroplasty", "kyphoplasty"],
    sortOrder: 1,
  },
  {
    slug: "sacral-insufficiency-fractures",
    name: "Sacral insufficiency fracture",
    summary:
      "A crack in the sacrum, the flat bone at the bottom of the spine, usually caused by weak bones rather than a big injury. It causes low back, buttock or hip pain that gets worse when standing or walking.",
    synonyms: [
      "sacral insufficiency fracture",
      "sacral fracture",
      "sacrum fracture",
      "broken sacrum",
      "sacral stress fracture",
      "pelvic insufficiency fracture",
      "osteoporotic sacral fracture",
    ],
    procedureSlugs: ["sacroplasty"],
    sortOrder: 2,
  },
  {
    slug: "spinal-metastases",
    name: "Spinal metastases and spine bone tumors",
    summary:
      "Cancer that has spread to the spine, or a tumor growing in a spine bone, can weaken it and cause pain or fractures. Cement injection and tumor ablation can relieve pain and strengthen the bone.",
    synonyms: [
      "spinal metastases",
      "spine metastasis",
      "spinal mets",
      "bone metastases",
      "bone mets",
      "cancer in the spine",
      "spine tumor",
      "spinal tumor",
      "spinal tumour",
      "vertebral tumor",
      "bone tumor",
      "multiple myeloma",
      "pathologic fracture",
      "spinal metastesis",
    ],
    procedureSlugs: ["vertebroplasty", "kyphoplasty", "tumor-ablation"],
    sortOrder: 3,
  },
  {
    slug: "uterine-fibroids",
    name: "Uterine fibroids",
    summary:
      "Non-cancerous growths in the womb that can cause heavy or painful periods, pelvic pressure and frequent urination. They can be shrunk by blocking their blood supply, without surgery.",
    synonyms: [
      "uterine fibroids",
      "fibroids",
      "fibroid",
      "uterine fibroid",
      "fibroid tumors",
      "myoma",
      "leiomyoma",
      "heavy periods",
      "fibriods",
      "fibroids in uterus",
    ],
    procedureSlugs: ["uterine-fibroid-embolization"],
    sortOrder: 4,
  },
  {
    slug: "enlarged-prostate",
    name: "Enlarged prostate (BPH)",
    summary:
      "A non-cancerous growth of the prostate gland common in older men, which squeezes the urine tube and causes a weak stream, frequent urination and getting up at night.",
    synonyms: [
      "enlarged prostate",
      "bph",
      "benign prostatic hyperplasia",
      "prostate enlargement",
      "swollen prostate",
      "enlarged prostrate",
      "frequent urination at night",
      "weak urine stream",
    ],
    procedureSlugs: ["prostate-artery-embolization"],
    sortOrder: 5,
  },
  {
    slug: "knee-osteoarthritis-pain",
    name: "Knee osteoarthritis pain",
    summary:
      "Wear-and-tear arthritis of the knee causes pain, stiffness and swelling. For people not ready for or not suited to knee replacement, calming inflamed blood vessels in the knee can reduce pain.",
    synonyms: [
      "knee osteoarthritis",
      "knee arthritis",
      "knee pain",
      "chronic knee pain",
      "arthritic knee",
      "osteoarthritis of the knee",
      "knee oa",
      "arthritis knee pain",
      "knee osteoarthritus",
    ],
    procedureSlugs: ["genicular-artery-embolization"],
    sortOrder: 6,
  },
  {
    slug: "varicose-veins",
    name: "Varicose veins",
    summary:
      "Swollen, twisted veins in the legs caused by faulty valves that let blood pool, often with aching, heaviness, swelling or skin changes. Closing the faulty vein from the inside usually relieves them.",
    synonyms: [
      "varicose veins",
      "varicose vein",
      "vericose veins",
      "varicous veins",
      "bulging veins",
      "venous insufficiency",
      "chronic venous insufficiency",
      "venous reflux",
      "leg vein problems",
    ],
    procedureSlugs: ["varicose-vein-ablation"],
    sortOrder: 7,
  },
  {
    slug: "liver-cancer",
    name: "Liver cancer and liver tumors",
    summary:
      "Cancer that starts in the liver, or has spread to it from elsewhere. Interventional radiologists can treat liver tumors through the arteries or with a probe, often when surgery is not an option.",
    synonyms: [
      "liver cancer",
      "liver tumor",
      "liver tumour",
      "hcc",
      "hepatocellular carcinoma",
      "hepatoma",
      "liver metastases",
      "liver mets",
      "cancer in the liver",
      "colorectal liver metastases",
      "liver cancer treatment",
    ],
    procedureSlugs: ["y90-radioembolization", "transarterial-chemoembolization", "tumor-ablation"],
    sortOrder: 8,
  },
  {
    slug: "kidney-tumors",
    name: "Kidney tumor",
    summary:
      "A growth in the kidney, which may or may not be cancer. Small kidney tumors can often be sampled with a needle and destroyed with heat or cold instead of surgery.",
    synonyms: [
      "kidney tumor",
      "kidney tumour",
      "kidney cancer",
      "kidney mass",
      "renal mass",
      "renal tumor",
      "renal cell carcinoma",
      "rcc",
      "small renal mass",
    ],
    procedureSlugs: ["tumor-ablation", "image-guided-biopsy"],
    sortOrder: 9,
  },
  {
    slug: "peripheral-artery-disease",
    name: "Peripheral artery disease (PAD)",
    summary:
      "Narrowed or blocked arteries in the legs reduce blood flow, causing leg pain when walking, slow-healing sores and, in severe cases, risk of losing a limb.",
    synonyms: [
      "peripheral artery disease",
      "peripheral arterial disease",
      "pad",
      "peripheral vascular disease",
      "pvd",
      "claudication",
      "leg pain when walking",
      "blocked leg arteries",
      "clogged leg arteries",
      "poor circulation in legs",
      "critical limb ischemia",
      "claudacation",
    ],
    procedureSlugs: ["peripheral-angioplasty-stenting"],
    sortOrder: 10,
  },
  {
    slug: "kidney-failure-dialysis-access",
    name: "Kidney failure needing dialysis access",
    summary:
      "When the kidneys fail, dialysis cleans the blood through a fistula or graft in the arm. These can narrow or clot, and interventional radiologists reopen them so dialysis can go on.",
    synonyms: [
      "kidney failure",
      "renal failure",
      "end-stage renal disease",
      "esrd",
      "end stage kidney disease",
      "dialysis",
      "dialysis access problem",
      "fistula not working",
      "blocked fistula",
      "clotted graft",
    ],
    procedureSlugs: ["dialysis-access"],
    sortOrder: 11,
  },
  {
    slug: "dvt-pulmonary-embolism-risk",
    name: "Deep vein thrombosis and pulmonary embolism risk",
    summary:
      "Blood clots in the deep veins of the legs can break off and travel to the lungs. When blood thinners cannot be used or are not enough, a filter can be placed to catch clots.",
    synonyms: [
      "deep vein thrombosis",
      "dvt",
      "blood clot in leg",
      "leg clot",
      "pulmonary embolism",
      "pe",
      "blood clot in lung",
      "blood clots",
      "venous thromboembolism",
      "vte",
      "deep vein thrombosys",
    ],
    procedureSlugs: ["ivc-filter"],
    sortOrder: 12,
  },
  {
    slug: "suspicious-mass",
    name: "Suspicious mass needing a biopsy",
    summary:
      "A lump, nodule or spot found on a scan that needs a small tissue sample to find out what it is. A needle biopsy guided by imaging is usually quicker and easier than surgery.",
    synonyms: [
      "suspicious mass",
      "mass",
      "lump",
      "nodule",
      "lung nodule",
      "lesion",
      "liver lesion",
      "spot on scan",
      "abnormal scan",
      "enlarged lymph node",
      "possible cancer",
    ],
    procedureSlugs: ["image-guided-biopsy"],
    sortOrder: 13,
  },
  {
    slug: "long-term-iv-chemotherapy",
    name: "Needing long-term IV chemotherapy",
    summary:
      "People who need months of chemotherapy or other IV treatment often benefit from a port, which avoids repeated needle sticks and protects the veins in the arms.",
    synonyms: [
      "chemotherapy",
      "chemo",
      "iv chemotherapy",
      "long-term iv treatment",
      "long term iv access",
      "need a port for chemo",
      "central line",
      "difficult iv access",
      "frequent blood draws",
    ],
    procedureSlugs: ["port-placement"],
    sortOrder: 14,
  },
];
