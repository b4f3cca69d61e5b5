#!/usr/bin/env node
/**
 * Writes the one PDF of the sample corpus (data/sample-corpus/brief-2020-11-kabul-autumn-attacks.pdf)
 * with the project's tiny PDF writer, so that the PDF path of ingest is tested on a document we wrote.
 * The text below is our own (Vigil authors, CC-BY-4.0); data/gold annotates it.
 *
 *   node scripts/make-sample-pdf.mjs            # writes the default file
 *   node scripts/make-sample-pdf.mjs out.pdf    # writes elsewhere
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePdf } from './minimal-pdf.mjs';

export const SAMPLE_BRIEF = {
  title: 'Kabul under fire: three attacks in four weeks, autumn 2020',
  author: 'Nodira Karimova, Steppe Security Review',
  date: '2020-11-25',
  paragraphs: [
    'Steppe Security Review - Situation brief, 25 November 2020.',
    'While negotiators of the Afghan government and the Taliban met in Doha, Kabul lived through its worst month of violence in a year. Three attacks stand out because they struck places of learning and the city centre, and because Islamic State Khorasan Province (ISKP) claimed all three.',
    'On October 24 a suicide bomber blew himself up at the entrance of the Kawsar-e-Danish education centre in the Dasht-e-Barchi district of western Kabul, where young people were preparing for university entrance exams. The Interior Ministry said at least 24 people were killed, most of them students; local residents gave higher figures. ISKP claimed the bombing, and the Taliban denied any role in it.',
    'On November 2 three gunmen entered Kabul University and opened fire on students in classrooms. The battle with security forces lasted several hours and ended with the attackers dead. Officials said 22 people were killed and 22 wounded. ISKP claimed the assault. First Vice President Amrullah Saleh blamed the Taliban and their allies, a charge the Taliban rejected; Afghan security officials later said they had arrested a man they described as the organiser of the attack.',
    'On November 21 rockets were fired from small vehicles into several districts of central and northern Kabul, including areas near the diplomatic quarter. The Interior Ministry said eight civilians were killed and 31 wounded. ISKP said it had fired 28 rockets. The Taliban said they were not involved.',
    'Assessment: ISKP has shifted from holding territory in Nangarhar to a campaign of urban attacks designed to weaken public trust in the state and in the peace process. We expect further attacks on Hazara and Shia targets in western Kabul over the winter.',
  ],
};

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const here = dirname(fileURLToPath(import.meta.url));
  const out = process.argv[2] ?? join(here, '..', 'data', 'sample-corpus', 'brief-2020-11-kabul-autumn-attacks.pdf');
  writeFileSync(out, writePdf(SAMPLE_BRIEF));
  process.stdout.write(`wrote ${out}\n`);
}
