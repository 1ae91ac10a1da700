// Patient education pages in Spanish, written for IR Finder in plain Spanish (not translated word for word).
// Same slugs, section ids and order as the English pages (lib/content/education.ts), so links and anchors map across.
// One page type for both languages (lib/content/education.ts), drawn by one renderer (components/content/guide-article.tsx).
import type { TEducationPage, TEducationSection, TSource } from "@/lib/content/education";

// Patient pages in Spanish from the same publishers as the English pages' sources, and the one study in English.
const SOURCES = {
  radiologyInfo: {
    title: "Vertebroplastia y cifoplastia",
    publisher: "RadiologyInfo.org para pacientes (Colegio Americano de Radiología y RSNA)",
    url: "https://www.radiologyinfo.org/es/info/vertebro",
  },
  medlinePlus: {
    title: "Fracturas por compresión de la columna",
    publisher: "MedlinePlus en español, Biblioteca Nacional de Medicina de los EE. UU.",
    url: "https://medlineplus.gov/spanish/ency/article/000443.htm",
  },
  medlinePlusOsteoporosis: {
    title: "Osteoporosis",
    publisher: "MedlinePlus en español, Biblioteca Nacional de Medicina de los EE. UU.",
    url: "https://medlineplus.gov/spanish/osteoporosis.html",
  },
  cochrane: {
    title: "Percutaneous vertebroplasty for osteoporotic vertebral compression fracture (Buchbinder et al., 2018)",
    publisher: "Cochrane Database of Systematic Reviews",
    url: "https://doi.org/10.1002/14651858.CD006349.pub4",
    lang: "en",
  },
} satisfies Record<string, TSource>;

const REVIEWED =
  "Esta página explica lo básico con palabras sencillas. No es un diagnóstico ni un plan de tratamiento: sus médicos conocen su caso.";

const AFTER_PROCEDURE_URGENT: TEducationSection = {
  id: "urgent",
  urgent: true,
  heading: "Después del procedimiento: cuándo pedir ayuda de inmediato",
  paragraphs: ["Llame al 911 o vaya a una sala de emergencias si tiene alguna de estas señales:"],
  bullets: [
    "Debilidad, adormecimiento u hormigueo nuevos en las piernas",
    "Problemas nuevos para caminar",
    "No puede controlar la orina o el excremento",
    "Falta de aire o dolor en el pecho",
  ],
};

const VCF: TEducationPage = {
  kind: "condition",
  slug: "vertebral-compression-fractures",
  title: "Fractura por compresión vertebral",
  description:
    "Qué es una fractura por compresión vertebral, cómo se siente, cómo se diagnostica y se trata, y cuándo pueden ayudar la vertebroplastia o la cifoplastia. Con palabras sencillas.",
  lead: "Una fractura por compresión vertebral es cuando se rompe uno de los huesos de la columna (una vértebra) y se aplasta. Es común, sobre todo en personas mayores con huesos débiles. Tiene tratamiento.",
  sections: [
    {
      id: "what-it-is",
      heading: "Qué es",
      paragraphs: [
        "La columna es una fila de huesos llamados vértebras. La parte de adelante de cada vértebra carga casi todo el peso del cuerpo. Cuando el hueso está débil, esa parte se puede quebrar y aplastar.",
        "La causa más común es la osteoporosis. La osteoporosis hace que los huesos se pongan delgados y frágiles. En los Estados Unidos causa más de 700\u00a0000 de estas fracturas cada año. Son unas dos veces más que las fracturas de cadera.",
        "Si los huesos están muy frágiles, la fractura puede pasar con algo tan simple como agacharse, cargar una bolsa del mercado, toser o tener una caída pequeña.",
        "Con menos frecuencia, el hueso se debilita por un cáncer que llegó a la columna o por mieloma múltiple. También una columna sana se puede romper por un golpe fuerte, como un accidente de carro.",
      ],
    },
    {
      id: "symptoms",
      heading: "Síntomas",
      paragraphs: [
        "Algunas fracturas no duelen y se descubren por casualidad en una radiografía. Cuando hay síntomas, estos son los más comunes:",
      ],
      bullets: [
        "Dolor de espalda que empieza de repente, casi siempre en la mitad o en la parte baja de la espalda, con un movimiento pequeño o sin razón clara",
        "Dolor que empeora al estar de pie, caminar, sentarse o girar, y mejora al acostarse",
        "Pérdida de estatura, o la ropa le queda distinta",
        "Espalda encorvada (joroba) después de varias fracturas",
        "Dificultad para hacer las tareas de todos los días, dormir o respirar hondo por el dolor",
      ],
    },
    {
      id: "urgent",
      urgent: true,
      heading: "Cuándo pedir ayuda de inmediato",
      paragraphs: [
        "Llame al 911 o vaya a una sala de emergencias si el dolor de espalda viene con alguna de estas señales. Pueden indicar que algo aprieta la médula espinal o los nervios. No espere a su próxima cita.",
      ],
      bullets: [
        "Adormecimiento, hormigueo o debilidad nuevos en las piernas",
        "Problemas para caminar",
        "No puede controlar la orina o el excremento",
      ],
    },
    {
      id: "diagnosis",
      heading: "Cómo se diagnostica",
      paragraphs: [
        "Su médico le preguntará cómo empezó el dolor. Le revisará la espalda y la fuerza y la sensibilidad de las piernas. Los estudios de imagen confirman la fractura:",
      ],
      bullets: [
        "Una radiografía muestra si una vértebra perdió altura.",
        "Una resonancia magnética muestra si la fractura es reciente y todavía está sanando. Esto ayuda a saber si un tratamiento con cemento podría servir. Si no le pueden hacer resonancia, se usa una tomografía.",
        "Un estudio de densidad de los huesos (densitometría) busca osteoporosis. Así se puede tratar la causa y evitar otras fracturas.",
        "Si hay dudas de que un cáncer esté debilitando el hueso, le pueden pedir análisis de sangre o una biopsia.",
      ],
    },
    {
      id: "treatment",
      heading: "Tratamiento",
      paragraphs: [
        "Muchas fracturas por compresión sanan solas en unas 6 a 12 semanas. El tratamiento suele empezar con medicina para el dolor y con menos actividad por poco tiempo. Quedarse en cama mucho tiempo debilita los huesos y los músculos. A veces se usa una faja o corsé para la espalda. Cuando el dolor lo permite, ayuda la terapia física.",
        "Tratar la osteoporosis es igual de importante. El calcio, la vitamina D y las medicinas que fortalecen los huesos bajan el riesgo de otra fractura. Pregunte quién se va a encargar de esto.",
        "Si el dolor sigue siendo fuerte a pesar de estos cuidados, o no lo deja salir de la cama o del hospital, un radiólogo intervencionista le puede ofrecer una vertebroplastia o una cifoplastia. En las dos, el médico pone cemento especial para huesos dentro de la vértebra rota con una aguja, guiándose con rayos X, para que quede firme.",
        "Los estudios no están de acuerdo en cuánto ayudan estos procedimientos, comparados con un buen tratamiento sin cirugía. Por eso vale la pena hablar con su médico de lo que puede esperar en su caso. Se suelen considerar para fracturas recientes y dolorosas, confirmadas con una resonancia.",
      ],
    },
    {
      id: "living-with",
      heading: "Recuperación y qué esperar",
      paragraphs: [
        "A la mayoría de las personas el dolor les baja a medida que el hueso sana o después del tratamiento. Algunas personas se quedan con dolor de espalda o con la espalda más encorvada.",
        "Tener una fractura por osteoporosis aumenta el riesgo de tener otra. Por eso, cuando el dolor baje, son importantes la prevención de caídas, los ejercicios para fortalecer el cuerpo y las medicinas para los huesos.",
      ],
    },
  ],
  questions: [
    "¿Mi fractura es reciente? ¿Cómo lo sabe?",
    "¿Por qué están débiles mis huesos y cómo lo vamos a tratar?",
    "¿Qué puedo hacer para el dolor mientras sana el hueso?",
    "¿Me ayudaría una vertebroplastia o una cifoplastia? ¿Qué pasa si espero?",
    "¿Qué actividades debo evitar y por cuánto tiempo?",
    "¿Cómo puedo bajar el riesgo de caerme y de tener otra fractura?",
  ],
  searchProcedure: "vertebral-compression-fractures",
  searchLabel: "tratamiento para la fractura por compresión vertebral",
  schema: {
    alternateName: ["Fractura por compresión", "Fractura de columna", "Fractura vertebral por osteoporosis"],
    bodyLocation: "Columna vertebral",
  },
  reviewedNote: REVIEWED,
  review: null,
  sources: [SOURCES.medlinePlus, SOURCES.medlinePlusOsteoporosis, SOURCES.radiologyInfo, SOURCES.cochrane],
};

const VERTEBROPLASTY: TEducationPage = {
  kind: "procedure",
  slug: "vertebroplasty",
  title: "Vertebroplastia",
  description:
    "La vertebroplastia explicada con palabras sencillas: para quién es, cómo se pone el cemento en el hueso, riesgos, recuperación y preguntas para su radiólogo intervencionista.",
  lead: "La vertebroplastia es un tratamiento para un hueso de la columna que está roto y duele. No es una cirugía abierta. Con la ayuda de rayos X, el médico pone cemento especial para huesos con una aguja dentro de la vértebra rota. El cemento la hace más firme y calma el dolor. Se hace desde 1987.",
  sections: [
    {
      id: "who-it-is-for",
      heading: "Para quién es",
      paragraphs: [
        "Casi siempre se ofrece para una fractura por compresión vertebral causada por osteoporosis, cuando el dolor sigue siendo fuerte después de un tiempo con medicina para el dolor, descanso y faja. También cuando el dolor no deja a la persona salir de la cama o del hospital. Se usa además para huesos de la columna debilitados por cáncer o mieloma múltiple.",
        "Por lo general no se ofrece si la fractura ya sanó, si el dolor de espalda viene de otra cosa (como artritis o una hernia de disco) o si hay una infección activa. Una resonancia magnética ayuda a su médico a saber si la fractura es reciente.",
      ],
    },
    {
      id: "before",
      heading: "Antes del procedimiento",
      paragraphs: [
        "Usted se reunirá con el radiólogo intervencionista. El médico verá sus estudios, lo revisará y le explicará las opciones. Tal vez le hagan análisis de sangre.",
        "Dígale al equipo todas las medicinas que toma. Es muy importante si toma medicinas para hacer la sangre más líquida (anticoagulantes), como warfarina, apixabán o clopidogrel. Tal vez tenga que dejarlas unos días. Dígales también si tiene alergias.",
        "Le pedirán que no coma durante varias horas antes. Necesitará que alguien lo lleve a casa.",
      ],
    },
    {
      id: "how-it-is-done",
      heading: "Cómo se hace",
      paragraphs: [
        "Usted se acuesta boca abajo en la mesa de rayos X. Le dan medicina por la vena para que se relaje y tenga sueño (sedación). A veces le dan anestesia general. Le duermen la piel de la espalda con anestesia local.",
        "Por un corte muy pequeño en la piel, el médico mete una aguja hueca hasta la vértebra rota. La va viendo en rayos X en vivo (fluoroscopia) o en tomografía. Después pone despacio el cemento, que es espeso como pasta de dientes. El médico mira por dónde va el cemento. En pocos minutos se endurece y sostiene el hueso por dentro.",
        "Tratar una vértebra tarda más o menos una hora. El agujero de la aguja se tapa con una curita pequeña. No hacen falta puntos. Si hay que tratar más de una vértebra, muchas veces se hacen el mismo día.",
      ],
    },
    {
      id: "risks",
      heading: "Riesgos",
      paragraphs: [
        "La vertebroplastia es segura en general, pero como todo procedimiento tiene riesgos. Su médico le puede decir cuáles aplican en su caso:",
      ],
      bullets: [
        "Que salga un poco de cemento fuera del hueso. Pasa con cierta frecuencia y casi nunca causa molestias. Muy pocas veces el cemento aprieta un nervio o la médula espinal, o viaja por una vena hasta los pulmones. Eso puede necesitar otro tratamiento.",
        "Infección, sangrado o un moretón donde entró la aguja",
        "Una reacción a la sedación, al líquido de contraste o al cemento",
        "Una costilla rota por estar boca abajo, si los huesos están muy frágiles",
        "Nuevas fracturas en otras vértebras más adelante, sobre todo por la osteoporosis",
        "Muy pocas veces, una lesión grave de la médula espinal o de los nervios",
      ],
    },
    {
      id: "recovery",
      heading: "Recuperación",
      paragraphs: [
        "Se quedará acostado boca arriba una o dos horas, mientras el cemento se endurece del todo y se le pasa la sedación. La mayoría de las personas vuelve a casa el mismo día. Algunas se quedan una noche.",
        "Muchas personas sienten menos dolor en uno o dos días, aunque no a todos les pasa igual. La zona de la aguja puede doler unos días. Casi siempre puede caminar enseguida y volver pronto a sus actividades ligeras. Pregunte por cuánto tiempo no debe cargar cosas pesadas ni agacharse.",
        "Siga tratando la debilidad de los huesos que causó la fractura.",
        "Llame al consultorio del médico el mismo día si tiene fiebre, o si donde entró la aguja está rojo, hinchado o le sale líquido.",
      ],
    },
    AFTER_PROCEDURE_URGENT,
  ],
  questions: [
    "¿Mi fractura es lo bastante reciente para que la vertebroplastia me ayude?",
    "¿Cuántas vertebroplastias o cifoplastias hace usted cada año?",
    "¿Por qué me recomienda vertebroplastia y no cifoplastia, o esperar más?",
    "¿Qué tipo de sedación o anestesia me van a dar?",
    "¿Cuáles son mis riesgos? ¿Qué haría si se sale el cemento?",
    "¿Tengo que dejar alguna de mis medicinas antes?",
    "¿Cuándo puedo manejar, cargar cosas y volver a mis actividades?",
    "¿Quién me va a tratar la osteoporosis después?",
    "¿Lo cubre Medicare o mi seguro médico?",
  ],
  searchProcedure: "vertebroplasty",
  searchLabel: "vertebroplastia",
  schema: { alternateName: ["Vertebroplastia percutánea"], bodyLocation: "Columna vertebral", procedureType: "PercutaneousProcedure" },
  reviewedNote: REVIEWED,
  review: null,
  sources: [SOURCES.radiologyInfo, SOURCES.cochrane, SOURCES.medlinePlus],
};

const KYPHOPLASTY: TEducationPage = {
  kind: "procedure",
  slug: "kyphoplasty",
  title: "Cifoplastia (aumento vertebral con balón)",
  description:
    "La cifoplastia explicada con palabras sencillas: cómo el globo y el cemento tratan una fractura de columna, para quién es, riesgos, recuperación y preguntas para hacer.",
  lead: "La cifoplastia, también llamada aumento vertebral con balón, trata un hueso de la columna que está roto y duele. Es como la vertebroplastia, con un paso más: primero un globo pequeño abre un espacio dentro del hueso. Después el médico llena ese espacio con cemento para huesos.",
  sections: [
    {
      id: "who-it-is-for",
      heading: "Para quién es",
      paragraphs: [
        "La cifoplastia se ofrece por las mismas razones que la vertebroplastia. Por ejemplo, una fractura por compresión vertebral por osteoporosis que sigue doliendo a pesar de la medicina para el dolor, el descanso y la faja. O un hueso de la columna debilitado por cáncer o mieloma múltiple. Casi siempre una resonancia magnética confirma que la fractura es reciente.",
        "En la mayoría de los estudios, la cifoplastia y la vertebroplastia calman el dolor de forma parecida. La cifoplastia puede recuperar un poco de la altura perdida. Como el cemento va a un espacio ya preparado, puede que se salga menos. Su médico le recomendará una u otra según su fractura y su experiencia.",
      ],
    },
    {
      id: "before",
      heading: "Antes del procedimiento",
      paragraphs: [
        "El radiólogo intervencionista o el especialista de columna revisará sus estudios y le explicará el plan. Dígale todas las medicinas que toma, sobre todo las que hacen la sangre más líquida, y si tiene alergias. Le pedirán que no coma antes. Busque quién lo lleve a casa.",
      ],
    },
    {
      id: "how-it-is-done",
      heading: "Cómo se hace",
      paragraphs: [
        "Usted se acuesta boca abajo. Le dan sedación o anestesia general. Con la ayuda de rayos X en vivo, el médico mete una aguja hueca por un corte pequeño en la piel hasta la vértebra aplastada. Muchas veces pone una aguja de cada lado.",
        "Por la aguja pasa un globo pequeño y lo infla con cuidado dentro del hueso. El globo empuja el hueso aplastado, abre un espacio y puede levantar un poco la vértebra. Luego el médico saca el globo y llena el espacio con cemento espeso, que se endurece en pocos minutos.",
        "Tarda más o menos una hora por cada vértebra. Los cortes pequeños se cierran con pegamento para piel, tiritas o un punto, y se tapan con una curita.",
      ],
    },
    {
      id: "risks",
      heading: "Riesgos",
      paragraphs: ["Los problemas graves son poco comunes. Los riesgos son parecidos a los de la vertebroplastia:"],
      bullets: [
        "Que salga cemento fuera del hueso, casi siempre sin molestias. Muy pocas veces aprieta los nervios o la médula espinal, o viaja a los pulmones.",
        "Infección, sangrado o moretones donde entraron las agujas",
        "Una reacción a la anestesia, a la sedación o al cemento",
        "Una costilla rota por la posición, si los huesos están muy frágiles",
        "Nuevas fracturas en vértebras cercanas más adelante, sobre todo por la osteoporosis",
        "Muy pocas veces, una lesión de la médula espinal o de los nervios",
      ],
    },
    {
      id: "recovery",
      heading: "Recuperación",
      paragraphs: [
        "Descansará unas horas después del procedimiento. La mayoría de las personas vuelve a casa el mismo día, aunque algunas se quedan una noche. Muchas sienten menos dolor en un par de días y vuelven a sus actividades ligeras en pocos días.",
        "Donde entraron las agujas le puede doler unos días. Pregúntele a su médico cuándo puede manejar y cargar cosas.",
        "El cemento sostiene el hueso roto, pero no cura la osteoporosis. Las medicinas para fortalecer los huesos, la vitamina D y el calcio, el ejercicio y evitar caídas ayudan a prevenir la próxima fractura.",
        "Llame al consultorio del médico el mismo día si tiene fiebre, o si donde entraron las agujas está rojo, hinchado o le sale líquido.",
      ],
    },
    AFTER_PROCEDURE_URGENT,
  ],
  questions: [
    "¿Por qué cifoplastia y no vertebroplastia para mi fractura?",
    "¿Cuántas cifoplastias hace usted cada año?",
    "¿Cuánto alivio del dolor puedo esperar y en cuánto tiempo?",
    "¿Me van a dar sedación o anestesia general? ¿Tendré que quedarme una noche?",
    "¿Cuáles son mis riesgos?",
    "¿Qué debo evitar después y por cuánto tiempo?",
    "¿Quién me va a tratar la osteoporosis para que no tenga otra fractura?",
    "¿Lo cubre Medicare o mi seguro médico?",
  ],
  searchProcedure: "kyphoplasty",
  searchLabel: "cifoplastia",
  schema: {
    alternateName: ["Cifoplastia con balón", "Aumento vertebral"],
    bodyLocation: "Columna vertebral",
    procedureType: "PercutaneousProcedure",
  },
  reviewedNote: REVIEWED,
  review: null,
  sources: [SOURCES.radiologyInfo, SOURCES.medlinePlus, SOURCES.cochrane],
};

export const SPANISH_GUIDES: readonly TEducationPage[] = [VCF, VERTEBROPLASTY, KYPHOPLASTY];

/** The full Spanish page for a condition or procedure slug, if we have one. */
export function getSpanishGuide(kind: "condition" | "procedure", slug: string): TEducationPage | undefined {
  return SPANISH_GUIDES.find((p) => p.kind === kind && p.slug === slug);
}
