#!/usr/bin/env python3
"""Writes a deterministic synthetic registrar export, CSV or XML, for the benchmark: same arguments,
same bytes. Python standard library only.

  generate-export.py ROWS csv > export.csv
  generate-export.py ROWS xml > export.xml

The rows carry what real exports carry: quoted multi-line learning outcomes with bullets, decimal
commas in credits ("7,5"), day-first dates (dd/mm/yyyy) beside ISO ones, names with accents,
a few padded cells, and about 5 % of rows missing a mandatory element (title, issue date or
credits), which mcred rejects with a diagnostic. Both formats hold the same records and are read
with Benchmarks/registrar-mapping-csv.json and Benchmarks/registrar-mapping-xml.json.
"""
import random
import sys
from xml.sax.saxutils import escape

FIELDS = ["student_id", "given_name", "family_name", "email", "date_of_birth", "title_en", "title_nl", "ects",
          "eqf_level", "issue_date", "learning_outcomes", "assessment", "participation", "grade", "supervision",
          "stackable_towards", "info_url"]
GIVEN = ["Lotte", "Jonas", "Emma", "Noah", "Louise", "Arthur", "Marie", "Lucas", "Elise", "Finn", "Zoë", "Anaïs",
         "Bjørn", "Łukasz", "Renée", "Thijs"]
FAMILY = ["Verhaeghe", "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
          "Wouters", "De Smet", "Van den Broeck", "Ødegård", "Müller", "Nuñez", "O'Brien"]
COURSES = [("Knowledge Graphs", "Kennisgrafen"), ("Sustainable Food Systems", "Duurzame Voedselsystemen"),
           ("Data Ethics", "Data-ethiek"), ("Circular Economy", "Circulaire Economie"),
           ("Digital Humanities", "Digitale Geesteswetenschappen"), ("Urban Mobility", "Stedelijke Mobiliteit"),
           ("Machine Learning for Biologists", "Machinaal Leren voor Biologen"),
           ("Energy Transition", "Energietransitie")]
ASSESSMENT = ["project work", "written examination", "oral examination"]
PARTICIPATION = ["blended", "online", "on campus"]
CREDITS = ["3", "4", "5", "6", "7,5", "2,5"]


def record(number, rng):
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    en, nl = COURSES[number % len(COURSES)]
    month, day = 1 + number % 12, 1 + number % 28
    ascii_family = family.lower().replace(" ", "").replace("'", "")
    ascii_family = ascii_family.encode("ascii", "ignore").decode() or "learner"
    issue = f"{day:02d}/{month:02d}/2025" if number % 2 else f"2025-{month:02d}-{day:02d}"
    row = {
        "student_id": f"{20000000 + number:08d}",
        "given_name": given,
        "family_name": family if number % 50 else f"  {family} ",  # padded cells
        "email": f"{given[0].lower()}.{ascii_family}.{number}@student.example.org",
        "date_of_birth": f"{1 + number % 28:02d}/{1 + number % 12:02d}/19{70 + number % 30}",
        "title_en": f"Micro-credential {en}",
        "title_nl": f"Microcredential {nl}",
        "ects": CREDITS[number % len(CREDITS)],
        "eqf_level": str(5 + number % 3),
        "issue_date": issue,
        "learning_outcomes": f"- Apply {en.lower()} methods to a real case.\n"
                             f"- Explain the main concepts of {en.lower()}, with \"worked\" examples.\n"
                             f"- Evaluate a {en.lower()} project against its goals.",
        "assessment": ASSESSMENT[number % 3],
        "participation": PARTICIPATION[number % 3],
        "grade": f"{rng.randint(10, 20)}/20",
        "supervision": "supervised with ID verification",
        "stackable_towards": f"Postgraduate Certificate in {en}",
        "info_url": f"https://www.example.edu/mc/{number % 97}",
    }
    # About 5 % of rows miss a mandatory element, as real exports do.
    if number % 20 == 7:
        which = (number // 20) % 3
        if which == 0:
            row["title_en"] = row["title_nl"] = ""
        elif which == 1:
            row["issue_date"] = ""
        else:
            row["ects"] = ""
    return row


def csv_cell(value):
    if any(c in value for c in ',"\n\r') or value != value.strip():
        return '"' + value.replace('"', '""') + '"'
    return value


def main():
    if len(sys.argv) != 3 or sys.argv[2] not in ("csv", "xml"):
        sys.exit(__doc__)
    rows, form = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(2026)
    out = sys.stdout
    chunk = []
    if form == "csv":
        out.write(",".join(FIELDS) + "\r\n")
    else:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<export institution="Example University">\n')
    for number in range(1, rows + 1):
        row = record(number, rng)
        if form == "csv":
            chunk.append(",".join(csv_cell(row[f]) for f in FIELDS) + "\r\n")
        else:
            cells = "".join(f"    <{f}>{escape(row[f])}</{f}>\n" for f in FIELDS if row[f])
            chunk.append(f'  <achievement number="{number}">\n{cells}  </achievement>\n')
        if len(chunk) >= 10000:
            out.write("".join(chunk))
            chunk.clear()
    out.write("".join(chunk))
    if form == "xml":
        out.write("</export>\n")


if __name__ == "__main__":
    main()
