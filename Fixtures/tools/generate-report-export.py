#!/usr/bin/env python3
"""Writes a deterministic synthetic registrar export for `mcred report` screenshots and checks.

    Fixtures/tools/generate-report-export.py 10000 > export.csv
    mcred report --mapping Fixtures/tools/report-screenshot-mapping.json --html report.html export.csv

Same count, same bytes: a linear congruential generator, not `random`. About 5% of the rows lack a
mandatory element (learning outcomes, assessment type, awarding body or issue date), spread over
six awarding bodies, forty titles and five academic years that grow like a young programme does.
"""
import sys

BODIES = [
    "Faculty of Engineering and Architecture",
    "Faculty of Bioscience Engineering",
    "Faculty of Medicine and Health Sciences",
    "Faculty of Economics and Business Administration",
    "Faculty of Arts and Philosophy",
    "Centre for Lifelong Learning",
]
TOPICS = [
    "Knowledge Graphs", "Sustainable Food Systems", "Data Protection for Researchers", "Circular Economy",
    "Clinical Trial Management", "Machine Learning in Practice", "Urban Water Management", "Digital Humanities",
    "Health Economics", "Leadership in Care", "Geographic Information Systems", "Supply Chain Analytics",
    "Renewable Energy Systems", "Academic Writing in English", "Intellectual Property", "Soil Remediation",
    "Precision Agriculture", "Cybersecurity Fundamentals", "Pharmacovigilance", "Research Data Management",
    "Entrepreneurship", "Public Procurement", "Bioinformatics", "Heritage Conservation",
    "Climate Adaptation", "Financial Reporting (IFRS)", "Medical Imaging", "Structural Timber Design",
    "Nutrition and Health", "Cognitive Behavioural Therapy", "Quantum Computing Basics", "Sign Language",
    "Innovation Management", "Air Quality Monitoring", "Wound Care", "Process Safety",
    "Teaching in Higher Education", "Blockchain for Business", "Forensic Accounting", "Animal Welfare",
]
ASSESSMENTS = ["written examination", "oral examination", "project work", "portfolio"]
FORMS = ["on campus", "online", "blended"]
ECTS = ["1", "2", "3", "3", "4", "4", "5", "5", "6", "6", "6", "10", "15", "1.5", "2.5"]
# Share of the rows per academic year (starting September of the year): a programme that grows.
YEARS = [(2021, 69), (2022, 149), (2023, 234), (2024, 300), (2025, 248)]
MISSING = ["learning_outcomes", "assessment", "faculty", "issue_date"]
# Optional elements, each filled in a share of the rows (percent) as registrars really fill them.
GRADES = ["14/20", "16/20", "12/20", "geslaagd", "A", "B"]
SUPERVISION = ["supervised with identity verification", "unsupervised without identity verification"]


class Generator:
    def __init__(self, seed=20240901):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % bound

    def pick(self, items):
        return items[self.next(len(items))]


def quote(cell):
    if any(c in cell for c in ',"\n'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    g = Generator()
    weights = sum(w for _, w in YEARS)
    header = ["student_id", "given_name", "family_name", "faculty", "title", "ects", "eqf_level", "issue_date",
              "learning_outcomes", "assessment", "participation", "grade", "prerequisites", "supervision",
              "stackable_towards", "info_url"]
    out = [",".join(header)]
    learners = max(1, count * 7 // 10)
    # A second stream for the optional elements, so the mandatory figures do not depend on them.
    optional = Generator(seed=20250901)
    for row in range(count):
        learner = 10_000_000 + g.next(learners)
        topic = g.next(len(TOPICS))
        body = BODIES[topic % len(BODIES)] if g.next(5) else g.pick(BODIES)
        point = g.next(weights)
        for year, weight in YEARS:
            if point < weight:
                break
            point -= weight
        month = (9 + g.next(12) - 1) % 12 + 1
        issued = f"{year + (1 if month < 9 else 0)}-{month:02d}-{1 + g.next(28):02d}"
        values = {
            "student_id": str(learner),
            "given_name": g.pick(["Lotte", "Jonas", "Amal", "Pieter", "Sofia", "Mehmet", "Elena", "Bram"]),
            "family_name": g.pick(["Verhaeghe", "Peeters", "El Amrani", "Janssens", "Rossi", "Yilmaz", "Novak"]),
            "faculty": body,
            "title": "Micro-credential " + TOPICS[topic],
            "ects": ECTS[(topic + g.next(3)) % len(ECTS)],
            "eqf_level": str(5 + (topic + g.next(2)) % 4),
            "issue_date": issued,
            "learning_outcomes": f"Apply the methods of {TOPICS[topic].lower()} to a case from practice.",
            "assessment": g.pick(ASSESSMENTS),
            "participation": g.pick(FORMS),
        }
        values["grade"] = optional.pick(GRADES) if optional.next(100) < 80 else ""
        values["prerequisites"] = "A bachelor's degree in a related field." if optional.next(100) < 40 else ""
        values["supervision"] = optional.pick(SUPERVISION) if optional.next(100) < 60 else ""
        values["stackable_towards"] = "Postgraduate Certificate in " + TOPICS[topic] if optional.next(100) < 30 else ""
        slug = TOPICS[topic].lower().replace(" ", "-").replace("(", "").replace(")", "")
        values["info_url"] = f"https://www.example.edu/micro-credentials/{slug}" if optional.next(100) < 50 else ""
        if g.next(100) < 5:
            values[g.pick(MISSING)] = ""
        out.append(",".join(quote(values[name]) for name in header))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
