/** Function words that never begin or end a name, place or noun phrase. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor of in on at by for to from with without into onto over under near about after before
during since until than that this these those which who whom whose what when where why how is are was were be been
being has have had do does did will would shall should can could may might must not no it its he she they them their
his her we our you your i me my as if then there here also said says say told according while said some any all each
every other such very so just only more most less least one`.split(/\s+/),
);
