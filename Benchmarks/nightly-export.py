#!/usr/bin/env python3
"""Writes a deterministic registrar export shaped like Fixtures/sample/ugent-microcredentials.csv,
for measuring nightly runs (convert --state): same arguments, same bytes.

  nightly-export.py ROWS [--change K] [--drop K] [--seed S] > export.csv

--change K corrects the grade of every K-th row (a re-marked exam); --drop K leaves out every K-th
row (a withdrawn result). Both shift nothing else, so a rerun sees exactly those differences.
"""
import argparse
import random
import sys

HEADER = ("student_id,given_name,family_name,email,date_of_birth,title_en,title_nl,ects,eqf_level,issue_date,"
          "learning_outcomes,assessment,participation,grade,prerequisites,supervision,stackable_towards,info_url")
GIVEN = ["Lotte", "Jonas", "Emma", "Noah", "Louise", "Arthur", "Marie", "Lucas", "Elise", "Finn"]
FAMILY = ["Verhaeghe", "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters"]
COURSES = [("Knowledge Graphs", "Kennisgrafen"), ("Sustainable Food Systems", "Duurzame Voedselsystemen"),
           ("Data Ethics", "Data-ethiek"), ("Circular Economy", "Circulaire Economie"),
           ("Digital Humanities", "Digitale Geesteswetenschappen"), ("Urban Mobility", "Stedelijke Mobiliteit")]
ASSESSMENT = ["project work", "written examination", "oral examination"]
PARTICIPATION = ["blended", "online", "on campus"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", type=int)
    parser.add_argument("--change", type=int, default=0)
    parser.add_argument("--drop", type=int, default=0)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    out = sys.stdout
    out.write(HEADER + "\n")
    lines = []
    for number in range(1, args.rows + 1):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        en, nl = rng.choice(COURSES)
        grade = rng.randint(10, 20)
        row_is_changed = args.change and number % args.change == 0
        if row_is_changed:
            grade = grade - 1 if grade > 10 else grade + 1
        student = f"{10000000 + number:08d}"
        month = 1 + number % 12
        lines.append(
            f"{student},{given},{family},{given.lower()}.{family.lower()}.{number}@example.org,"
            f"19{70 + number % 30}-{month:02d}-{1 + number % 28:02d},Micro-credential {en},Microcredential {nl},"
            f"{3 + number % 4},{5 + number % 3},2025-{month:02d}-{1 + number % 28:02d},"
            f"\"- Apply {en.lower()} methods to a case.\n- Explain the main concepts of {en.lower()}.\","
            f"{ASSESSMENT[number % 3]},{PARTICIPATION[number % 3]},{grade}/20,,supervised with ID verification,"
            f"Postgraduate Certificate in {en},https://www.ugent.be/mc/{number % 97}\n")
        if args.drop and number % args.drop == 0:
            lines.pop()
        if len(lines) >= 10000:
            out.write("".join(lines))
            lines.clear()
    out.write("".join(lines))


if __name__ == "__main__":
    main()
