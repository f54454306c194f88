#!/usr/bin/env python3
"""Writes a SIECLE "ElevesSansAdresse" file (BEE_ELEVES, ISO-8859-15) of N pupils for a school's UAI, in the
shape of src/main/resources/organization/demo-siecle.xml: one ELEVE per pupil (INE, names, birth date and place,
MEF, status) and its division in STRUCTURES (type "D"), 30 pupils a class.

    python3 bench/school/siecle.py N UAI OUT.xml [--seed S]

Deterministic for a given seed: the same N and seed give the same file (a re-import changes nothing).
"""
import argparse
import random

FIRST = ["Léa", "Hugo", "Chloé", "Noé", "Inès", "Lucas", "Emma", "Gabriel", "Jade", "Louis", "Zoé", "Raphaël",
         "Anaïs", "Arthur", "Maëlys", "Jules", "Célia", "Adam", "Lina", "Théo", "Manon", "Nathan", "Sarah", "Éloïse"]
LAST = ["MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND", "LEROY", "MOREAU",
        "SIMON", "LAURENT", "LEFÈVRE", "MICHEL", "GARCIA", "DAVID", "BERTRAND", "ROUX", "VINCENT", "FOURNIER",
        "MOREL", "GIRARD", "ANDRÉ", "MERCIER", "DUPONT", "LAMBERT", "BONNET", "FRANÇOIS", "MARTINEZ", "LEGRAND"]


def main():
    args = argparse.ArgumentParser()
    args.add_argument("n", type=int)
    args.add_argument("uai")
    args.add_argument("out")
    args.add_argument("--seed", type=int, default=2026)
    a = args.parse_args()
    rng = random.Random(a.seed)
    pupils = []
    for i in range(1, a.n + 1):
        level = 6 + (i - 1) * 4 // a.n  # 6e to 3e
        division = "%d%s" % (level, chr(ord("A") + ((i - 1) // 30) % 26))
        pupils.append((i, "%09d%s" % (100000000 + i, "AB"[i % 2] + "CDEFGHJK"[i % 8]), rng.choice(LAST),
                       rng.choice(FIRST), "%d" % (1 + i % 2), "%02d/%02d/%d" % (1 + rng.randrange(28),
                       1 + rng.randrange(12), 2010 + (9 - level)), division))
    with open(a.out, "w", encoding="iso-8859-15", newline="\n") as f:
        w = f.write
        w('<?xml version="1.0" encoding="ISO-8859-15"?>\n<BEE_ELEVES VERSION="3.1">\n  <PARAMETRES>\n')
        w("    <UAJ>%s</UAJ>\n    <ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE>\n  </PARAMETRES>\n  <DONNEES>\n    <ELEVES>\n" % a.uai)
        for (i, ine, last, first, sex, birth, _) in pupils:
            w('      <ELEVE ELEVE_ID="%d">\n' % i)
            w("        <ID_NATIONAL>%s</ID_NATIONAL>\n        <NOM_DE_FAMILLE>%s</NOM_DE_FAMILLE>\n" % (ine, last))
            w("        <PRENOM>%s</PRENOM>\n        <CODE_SEXE>%s</CODE_SEXE>\n" % (first, sex))
            w("        <DATE_NAISS>%s</DATE_NAISS>\n        <CODE_PAYS>100</CODE_PAYS>\n" % birth)
            w("        <CODE_DEPARTEMENT_NAISS>075</CODE_DEPARTEMENT_NAISS>\n")
            w("        <CODE_COMMUNE_INSEE_NAISS>75056</CODE_COMMUNE_INSEE_NAISS>\n        <VILLE_NAISS>PARIS</VILLE_NAISS>\n")
            w("        <CODE_MEF>10010012110</CODE_MEF>\n        <CODE_STATUT>ST</CODE_STATUT>\n      </ELEVE>\n")
        w("    </ELEVES>\n    <STRUCTURES>\n")
        for (i, _, _, _, _, _, division) in pupils:
            w('      <STRUCTURES_ELEVE ELEVE_ID="%d">\n        <STRUCTURE>\n' % i)
            w("          <CODE_STRUCTURE>%s</CODE_STRUCTURE>\n          <TYPE_STRUCTURE>D</TYPE_STRUCTURE>\n" % division)
            w("        </STRUCTURE>\n      </STRUCTURES_ELEVE>\n")
        w("    </STRUCTURES>\n  </DONNEES>\n</BEE_ELEVES>\n")


if __name__ == "__main__":
    main()
