// Plain-language patient education text for the condition and procedure pages (written for IR Finder).

/** `urgent`: shown as an unmistakable callout (emergency signs), not as body text. */
export type TEducationSection = { id: string; heading: string; paragraphs: string[]; bullets?: string[]; urgent?: boolean };

/** Who medically reviewed the page and when: empty until a named clinician has (never invented). */
export type TMedicalReview = { reviewer: string; credentials: string; reviewedOn: string } | null;

/** A source; `lang: "en"` marks one that is only in English, so a page in another language can say so. */
export type TSource = { title: string; publisher: string; url: string; lang?: "en" };

export type TEducationPage = {
  kind: "condition" | "procedure";
  slug: string;
  title: string;
  /** Meta description: one or two sentences. */
  description: string;
  lead: string;
  sections: TEducationSection[];
  questions: string[];
  /** The search this page ends with (a procedure or condition slug the search understands). */
  searchProcedure: string;
  /** What that search finds, as it reads after "who offer …" (lower case, mid-sentence). */
  searchLabel: string;
  /** schema.org extras for JSON-LD. */
  schema: { alternateName?: string[]; bodyLocation?: string; procedureType?: "PercutaneousProcedure" };
  reviewedNote: string;
  review: TMedicalReview;
  sources: readonly TSource[];
};

// Where the facts on these pages come from: public, patient-facing or peer-reviewed sources.
const SOURCES = {
  radiologyInfo: {
    title: "Vertebroplasty and Kyphoplasty",
    publisher: "RadiologyInfo.org (American College of Radiology and RSNA)",
    url: "https://www.radiologyinfo.org/en/info/vertebro",
  },
  medlinePlus: {
    title: "Compression fractures of the back",
    publisher: "MedlinePlus, U.S. National Library of Medicine",
    url: "https://medlineplus.gov/ency/article/000443.htm",
  },
  niams: {
    title: "Osteoporosis",
    publisher: "National Institute of Arthritis and Musculoskeletal and Skin Diseases (NIH)",
    url: "https://www.niams.nih.gov/health-topics/osteoporosis",
  },
  cochrane: {
    title: "Percutaneous vertebroplasty for osteoporotic vertebral compression fracture (Buchbinder et al., 2018)",
    publisher: "Cochrane Database of Systematic Reviews",
    url: "https://doi.org/10.1002/14651858.CD006349.pub4",
  },
} satisfies Record<string, TSource>;

const REVIEWED =
  "This page explains the basics in plain language. It is not a diagnosis or a treatment plan: your own doctors know your situation.";

const VCF: TEducationPage = {
  kind: "condition",
  slug: "vertebral-compression-fractures",
  title: "Vertebral compression fractures",
  description:
    "What a vertebral compression fracture is, the symptoms, how it is diagnosed and treated, and when vertebroplasty or kyphoplasty may help — in plain language.",
  lead: "A vertebral compression fracture is a break in one of the bones of the spine (a vertebra) that makes it squash down and lose height. It is common, especially in older adults with thin bones, and it can be treated.",
  sections: [
    {
      id: "what-it-is",
      heading: "What it is",
      paragraphs: [
        "Your spine is a stack of bones called vertebrae. The front part of each one, the vertebral body, carries most of your weight. When bone is weakened, that front part can crack and collapse, often into a wedge shape.",
        "The most common cause is osteoporosis, a condition that makes bones thin and fragile. In the United States it causes more than 700,000 of these fractures every year — about twice as many as hip fractures. With very fragile bones, a fracture can happen from something as ordinary as bending over, lifting a bag of groceries, coughing or a small fall.",
        "Less often, the bone is weakened by cancer that has spread to the spine or by multiple myeloma, or a healthy spine is broken by a serious injury such as a car accident.",
      ],
    },
    {
      id: "symptoms",
      heading: "Symptoms",
      paragraphs: ["Some fractures cause no pain and are found by chance on an x-ray. When there are symptoms, they often include:"],
      bullets: [
        "Sudden back pain, usually in the middle or lower back, that started with a small movement or without any clear reason",
        "Pain that is worse when you stand, walk, sit up or twist, and better when you lie down",
        "Loss of height, or clothes that fit differently",
        "A rounded, stooped upper back (sometimes called a dowager's hump) after several fractures",
        "Trouble with everyday tasks, sleep or breathing deeply because of the pain",
      ],
    },
    {
      id: "urgent",
      urgent: true,
      heading: "When to get help right away",
      paragraphs: [
        "Call 911 or go to an emergency department if back pain comes with new numbness, tingling or weakness in the legs, trouble walking, or loss of control of your bladder or bowels. These can be signs of pressure on the spinal cord or nerves.",
      ],
    },
    {
      id: "diagnosis",
      heading: "How it is diagnosed",
      paragraphs: [
        "Your doctor will ask how the pain started, examine your back and check the strength and feeling in your legs. Imaging confirms the fracture:",
      ],
      bullets: [
        "An x-ray shows whether a vertebra has lost height.",
        "An MRI scan shows whether a fracture is recent and still healing, which matters when deciding whether a cement procedure might help. A CT scan is used when MRI is not possible.",
        "A bone density test (DEXA scan) checks for osteoporosis, so the cause can be treated and further fractures prevented.",
        "Blood tests or a biopsy may be suggested if there is any question of cancer weakening the bone.",
      ],
    },
    {
      id: "treatment",
      heading: "Treatment",
      paragraphs: [
        "Many compression fractures heal on their own over about 6 to 12 weeks. Treatment usually starts with pain medicine, a short period of reduced activity (long bed rest weakens bones and muscles), sometimes a back brace, and physical therapy once the pain allows.",
        "Treating the osteoporosis itself is just as important: calcium, vitamin D and medicines that strengthen bone lower the chance of the next fracture. Ask who will look after this for you.",
        "If pain stays severe despite this care, or keeps you in bed or in hospital, an interventional radiologist may offer vertebroplasty or kyphoplasty. Both inject medical bone cement into the broken vertebra through a needle, guided by live x-ray, to steady it. Research does not agree on how much these procedures add to careful non-surgical care for everyone, so it is worth talking through the likely benefit for you. They tend to be considered for recent, painful fractures confirmed on MRI.",
      ],
    },
    {
      id: "living-with",
      heading: "Recovery and outlook",
      paragraphs: [
        "Most people's pain eases as the bone heals or after treatment, though some are left with lasting back pain or a change in posture. Having one osteoporotic fracture raises the chance of another, which is why fall prevention, strengthening exercises and bone medicine matter after the pain settles.",
      ],
    },
  ],
  questions: [
    "Is my fracture recent, and how do you know?",
    "What is causing my bones to be weak, and how will we treat it?",
    "What can I do for the pain while the bone heals?",
    "Would vertebroplasty or kyphoplasty be likely to help me, and what happens if I wait?",
    "Which activities should I avoid, and for how long?",
    "How can I lower my risk of falling and of another fracture?",
  ],
  searchProcedure: "vertebral-compression-fractures",
  searchLabel: "treatment for vertebral compression fractures",
  schema: {
    alternateName: ["Compression fracture", "Spinal compression fracture", "Osteoporotic vertebral fracture"],
    bodyLocation: "Spine",
  },
  reviewedNote: REVIEWED,
  review: null,
  sources: [SOURCES.medlinePlus, SOURCES.niams, SOURCES.radiologyInfo, SOURCES.cochrane],
};

const VERTEBROPLASTY: TEducationPage = {
  kind: "procedure",
  slug: "vertebroplasty",
  title: "Vertebroplasty",
  description:
    "Vertebroplasty explained in plain language: who it is for, how the bone-cement injection is done, risks, recovery and questions to ask your interventional radiologist.",
  lead: "Vertebroplasty is a minimally invasive treatment for a painful broken bone in the spine. Guided by live x-ray, a doctor injects medical bone cement through a needle into the broken vertebra to steady it and ease the pain. It has been performed since 1987.",
  sections: [
    {
      id: "who-it-is-for",
      heading: "Who it is for",
      paragraphs: [
        "Vertebroplasty is most often offered for a vertebral compression fracture caused by osteoporosis when the pain is still severe after a period of pain medicine, rest and bracing, or when the pain keeps someone in bed or in hospital. It is also used for spine bones weakened by cancer or multiple myeloma.",
        "It is usually not offered for a fracture that has already healed, for back pain from other causes such as arthritis or a slipped disc, or when there is an active infection. An MRI scan helps your doctor tell whether the fracture is recent.",
      ],
    },
    {
      id: "before",
      heading: "Before the procedure",
      paragraphs: [
        "You will meet the interventional radiologist, who will look at your scans, examine you and explain the options. You may have blood tests. Tell the team about every medicine you take — especially blood thinners such as warfarin, apixaban or clopidogrel, which may need to be paused — and about any allergies. You will be asked not to eat for several hours beforehand, and you will need someone to drive you home.",
      ],
    },
    {
      id: "how-it-is-done",
      heading: "How it is done",
      paragraphs: [
        "You lie face down on the x-ray table. You are given medicine through a drip to make you relaxed and sleepy (sedation), or sometimes a general anesthetic, and the skin over your back is numbed.",
        "Through a tiny nick in the skin, the doctor guides a hollow needle into the broken vertebra, watching it on live x-ray (fluoroscopy) or CT. Medical-grade bone cement, about the consistency of toothpaste, is then slowly injected while the doctor watches where it goes. It hardens within minutes and forms an internal support for the bone.",
        "Treating one vertebra usually takes about an hour. The needle hole is covered with a small dressing; no stitches are needed. If more than one vertebra needs treatment, they can often be done in the same session.",
      ],
    },
    {
      id: "risks",
      heading: "Risks",
      paragraphs: [
        "Vertebroplasty is generally safe, but like any procedure it has risks. Your doctor can tell you how they apply to you:",
      ],
      bullets: [
        "Cement leaking outside the bone. This is fairly common and usually causes no symptoms. Rarely, leaked cement presses on a nerve or the spinal cord, or travels in a vein to the lungs, which can need further treatment.",
        "Infection, bleeding or bruising where the needle went in",
        "A reaction to the sedation, the x-ray dye or the cement",
        "A broken rib from lying face down when bones are very fragile",
        "More fractures in other vertebrae later, mostly because of the underlying osteoporosis",
        "Very rarely, serious injury to the spinal cord or nerves",
      ],
    },
    {
      id: "recovery",
      heading: "Recovery",
      paragraphs: [
        "You will lie flat for an hour or two while the cement fully sets and the sedation wears off. Most people go home the same day; some stay overnight.",
        "Many people notice less pain within a day or two, though results vary and not everyone improves. The spot where the needle went in may be sore for a few days. You can usually walk straight away and return to light daily activity quickly; ask how long to avoid heavy lifting and bending.",
        "Keep treating the bone weakness that caused the fracture, and call your care team if you have fever, increasing pain, or new numbness or weakness.",
      ],
    },
    {
      id: "urgent",
      urgent: true,
      heading: "When to get help right away",
      paragraphs: [
        "Call 911 or go to an emergency department if, after the procedure, you have new weakness, numbness or tingling in your legs, trouble walking, chest pain or trouble breathing, or you lose control of your bladder or bowels.",
        "Call the doctor's office the same day for a fever, or for redness, swelling or fluid where the needle went in.",
      ],
    },
  ],
  questions: [
    "Is my fracture recent enough for vertebroplasty to help?",
    "How many vertebroplasty or kyphoplasty procedures do you perform each year?",
    "Why do you recommend vertebroplasty rather than kyphoplasty or waiting longer?",
    "What kind of sedation or anesthesia will I have?",
    "What are my particular risks, and how would you handle cement leakage?",
    "Do I need to stop any of my medicines beforehand?",
    "When can I drive, lift things and go back to my usual activities?",
    "Who will treat my osteoporosis afterwards?",
    "Will Medicare or my insurance cover it?",
  ],
  searchProcedure: "vertebroplasty",
  searchLabel: "vertebroplasty",
  schema: { alternateName: ["Percutaneous vertebroplasty"], bodyLocation: "Spine", procedureType: "PercutaneousProcedure" },
  reviewedNote: REVIEWED,
  review: null,
  sources: [SOURCES.radiologyInfo, SOURCES.cochrane, SOURCES.medlinePlus],
};

const KYPHOPLASTY: TEducationPage = {
  kind: "procedure",
  slug: "kyphoplasty",
  title: "Kyphoplasty (balloon vertebral augmentation)",
  description:
    "Kyphoplasty explained in plain language: how the balloon and bone cement treat a spine fracture, who it is for, risks, recovery and questions to ask.",
  lead: "Kyphoplasty, also called balloon vertebral augmentation, treats a painful broken bone in the spine. It is like vertebroplasty with one extra step: a small balloon first makes a space inside the bone, which is then filled with bone cement.",
  sections: [
    {
      id: "who-it-is-for",
      heading: "Who it is for",
      paragraphs: [
        "Kyphoplasty is offered for the same reasons as vertebroplasty: a painful vertebral compression fracture from osteoporosis that has not settled with pain medicine, rest and bracing, or a spine bone weakened by cancer or multiple myeloma. An MRI scan usually confirms that the fracture is recent.",
        "Kyphoplasty and vertebroplasty relieve pain to a similar degree in most studies. Kyphoplasty may restore a little of the lost height and, because the cement goes into a prepared space, may leak less often. Your doctor will suggest one or the other based on your fracture and their experience.",
      ],
    },
    {
      id: "before",
      heading: "Before the procedure",
      paragraphs: [
        "The interventional radiologist or spine specialist will review your scans and explain the plan. Tell them about all your medicines, especially blood thinners, and any allergies. You will be asked not to eat beforehand and should arrange a ride home.",
      ],
    },
    {
      id: "how-it-is-done",
      heading: "How it is done",
      paragraphs: [
        "You lie face down and are given sedation or a general anesthetic. Guided by live x-ray, the doctor places a hollow needle through a small cut in the skin into the collapsed vertebra — often one on each side.",
        "A small balloon is passed through the needle and gently inflated inside the bone. This pushes the crushed bone aside to make a cavity and can lift the collapsed bone slightly. The balloon is then removed and the cavity is filled with thick bone cement, which hardens within minutes.",
        "The procedure takes about an hour for each treated vertebra. The small cuts are closed with skin glue, strips or a stitch and covered with a dressing.",
      ],
    },
    {
      id: "risks",
      heading: "Risks",
      paragraphs: ["Serious problems are uncommon. The risks are similar to those of vertebroplasty:"],
      bullets: [
        "Cement leaking outside the bone, usually without symptoms; rarely it presses on nerves or the spinal cord, or travels to the lungs",
        "Infection, bleeding or bruising at the needle sites",
        "A reaction to the anesthetic, sedation or cement",
        "A rib fracture from positioning when bones are very fragile",
        "New fractures in nearby vertebrae later, mainly because of osteoporosis",
        "Very rarely, injury to the spinal cord or nerves",
      ],
    },
    {
      id: "recovery",
      heading: "Recovery",
      paragraphs: [
        "You will rest for a few hours after the procedure and most people go home the same day, though some stay one night. Many notice less pain within a couple of days and are back to their usual light activities within a few days.",
        "The needle sites may be sore for a few days. Ask your doctor when you can drive and lift. Call your care team if you develop fever, worsening back pain, or numbness or weakness in your legs.",
        "The cement supports the broken bone, but it does not treat osteoporosis. Bone-strengthening medicine, vitamin D and calcium, exercise and fall prevention help prevent the next fracture.",
      ],
    },
    {
      id: "urgent",
      urgent: true,
      heading: "When to get help right away",
      paragraphs: [
        "Call 911 or go to an emergency department if, after the procedure, you have new weakness, numbness or tingling in your legs, trouble walking, chest pain or trouble breathing, or you lose control of your bladder or bowels.",
        "Call the doctor's office the same day for a fever, or for redness, swelling or fluid where the needle went in.",
      ],
    },
  ],
  questions: [
    "Why kyphoplasty rather than vertebroplasty for my fracture?",
    "How many kyphoplasty procedures do you perform each year?",
    "How much pain relief can I expect, and how soon?",
    "Will I have sedation or general anesthesia, and will I stay overnight?",
    "What are my particular risks?",
    "What should I avoid afterwards, and for how long?",
    "Who will manage my osteoporosis so I don't have another fracture?",
    "Will Medicare or my insurance cover it?",
  ],
  searchProcedure: "kyphoplasty",
  searchLabel: "kyphoplasty",
  schema: {
    alternateName: ["Balloon kyphoplasty", "Vertebral augmentation"],
    bodyLocation: "Spine",
    procedureType: "PercutaneousProcedure",
  },
  reviewedNote: REVIEWED,
  review: null,
  sources: [SOURCES.radiologyInfo, SOURCES.medlinePlus, SOURCES.cochrane],
};

const PAGES: readonly TEducationPage[] = [VCF, VERTEBROPLASTY, KYPHOPLASTY];

/** The full written page for a condition or procedure slug, if we have one. */
export function getEducationPage(kind: "condition" | "procedure", slug: string): TEducationPage | undefined {
  return PAGES.find((p) => p.kind === kind && p.slug === slug);
}
