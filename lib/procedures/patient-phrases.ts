// What patients type that is neither a procedure's nor a condition's name: symptoms and everyday words, each routed
// to the condition (or procedure) it usually means, with the sentence the search page shows to explain the route.
// Pure data, shared by the matcher and its tests; user-facing text lives here, in one place.

export type TPatientPhrase = {
  phrases: readonly string[];
  target: { kind: "procedure" | "condition"; slug: string };
  explanation: string;
};

export const PATIENT_PHRASES: readonly TPatientPhrase[] = [
  {
    phrases: [
      "back pain",
      "back pain after a fall",
      "sudden back pain",
      "back pain after fall",
      "back hurts after a fall",
      "fell and hurt my back",
      "lower back pain",
      "upper back pain",
      "mid back pain",
      "spine pain",
      "spinal pain",
      "pain in my spine",
      "back injury",
      "hurt my back",
      "lost height",
      "hunched back",
      "dowager's hump",
      "osteoporosis",
      "osteoporosis back pain",
      "thin bones",
      "brittle bones",
      "fracture",
      "broken bone",
      "vertebra",
      "spine",
      "back",
    ],
    target: { kind: "condition", slug: "vertebral-compression-fractures" },
    explanation:
      "Sudden back pain, especially after a fall or with thin bones, is often a vertebral compression fracture, which interventional radiologists treat with vertebroplasty or kyphoplasty. Not all back pain is a fracture: an x-ray or MRI tells.",
  },
  {
    phrases: [
      "cement in the spine",
      "cement in my spine",
      "cement injection",
      "cement",
      "bone cement",
      "spine cement",
      "spinal cement",
      "glue in the spine",
    ],
    target: { kind: "condition", slug: "vertebral-compression-fractures" },
    explanation:
      "Bone cement is injected into a broken spine bone in vertebroplasty and kyphoplasty: showing doctors who do either for a vertebral compression fracture.",
  },
  {
    phrases: ["tailbone pain", "pain at the base of the spine", "buttock pain", "sacrum pain", "sacral pain", "hip pain when standing"],
    target: { kind: "condition", slug: "sacral-insufficiency-fractures" },
    explanation:
      "Pain low at the base of the spine that gets worse standing or walking can be a crack in the sacrum (a sacral insufficiency fracture), treated with sacroplasty.",
  },
  {
    phrases: ["cancer in my bones", "cancer spread to spine", "cancer in my back", "tumor in my spine"],
    target: { kind: "condition", slug: "spinal-metastases" },
    explanation:
      "Cancer that has spread to the spine can be treated with cement injection or tumor ablation to ease pain and strengthen the bone.",
  },
  {
    phrases: ["heavy bleeding", "painful periods", "pelvic pressure", "womb fibroids"],
    target: { kind: "condition", slug: "uterine-fibroids" },
    explanation: "Heavy or painful periods and pelvic pressure are often caused by uterine fibroids, which can be shrunk without surgery.",
  },
  {
    phrases: ["getting up at night to pee", "trouble peeing", "weak stream", "prostate"],
    target: { kind: "condition", slug: "enlarged-prostate" },
    explanation:
      "Trouble passing urine in older men is often an enlarged prostate (BPH), which can be treated by prostate artery embolization.",
  },
  {
    phrases: ["sore knee", "knee hurts", "bad knee", "knee"],
    target: { kind: "condition", slug: "knee-osteoarthritis-pain" },
    explanation: "Long-lasting knee pain from arthritis can be eased by genicular artery embolization, without knee surgery.",
  },
  {
    phrases: ["leg cramps when walking", "legs hurt when walking", "cold feet", "sore that won't heal"],
    target: { kind: "condition", slug: "peripheral-artery-disease" },
    explanation: "Leg pain when walking and slow-healing sores can come from narrowed leg arteries (peripheral artery disease).",
  },
  {
    phrases: ["swollen legs", "heavy legs", "spider veins", "veins in my legs"],
    target: { kind: "condition", slug: "varicose-veins" },
    explanation: "Aching, heavy or swollen legs with bulging veins are often varicose veins, which can be closed from the inside.",
  },
];
