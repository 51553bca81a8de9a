#!/usr/bin/env python3
"""Writes a seeded corpus of synthetic bilateral agreements for the throughput benchmark.

    python3 Benchmarks/generate-corpus.py --seed 42 --count 1000 --out DIR

Writes DIR/agreement-000001.yaml ... each a valid accord agreement (format version 1): two real
ISO 3166-1 alpha-3 parties (the origin often on the WHO Health Workforce Support and Safeguards
List 2023), 15-60 clauses (sub-clauses included) drawn from a bank of treaty sentences modelled on
agreements/drafts/*.yaml: binding, hortatory, permissive and mention-only modalities, negations,
red flags (fees borne by the worker, passports retained, repayment bonds, no change of employer),
enumerations with (a)/(b) sub-clauses, folded block scalars, British or American spelling.
Files average about 14 KB.

Deterministic: file i is generated from random.Random(f"{seed}:{i}") only, so the same seed gives
byte-identical files, and the corpus for a smaller count is a prefix of the one for a larger count.
Only the standard library is used.
"""
import argparse
import os
import random
import re
import sys

# --- Parties -------------------------------------------------------------------------------------
# (code, long name, short name, adjective, ministry of health or labour)
LISTED_ORIGINS = [  # on the WHO Health Workforce Support and Safeguards List 2023
    ("NPL", "Federal Democratic Republic of Nepal", "Nepal", "Nepali", "Ministry of Labour, Employment and Social Security"),
    ("GHA", "Republic of Ghana", "Ghana", "Ghanaian", "Ministry of Health"),
    ("NGA", "Federal Republic of Nigeria", "Nigeria", "Nigerian", "Federal Ministry of Labour and Employment"),
    ("ZWE", "Republic of Zimbabwe", "Zimbabwe", "Zimbabwean", "Ministry of Health and Child Care"),
    ("ZMB", "Republic of Zambia", "Zambia", "Zambian", "Ministry of Health"),
    ("PAK", "Islamic Republic of Pakistan", "Pakistan", "Pakistani", "Ministry of Overseas Pakistanis and Human Resource Development"),
    ("BGD", "People's Republic of Bangladesh", "Bangladesh", "Bangladeshi", "Ministry of Expatriates' Welfare and Overseas Employment"),
    ("ETH", "Federal Democratic Republic of Ethiopia", "Ethiopia", "Ethiopian", "Ministry of Labour and Skills"),
    ("UGA", "Republic of Uganda", "Uganda", "Ugandan", "Ministry of Gender, Labour and Social Development"),
    ("SLE", "Republic of Sierra Leone", "Sierra Leone", "Sierra Leonean", "Ministry of Health and Sanitation"),
    ("TZA", "United Republic of Tanzania", "Tanzania", "Tanzanian", "Ministry of Health"),
    ("MWI", "Republic of Malawi", "Malawi", "Malawian", "Ministry of Health"),
    ("SEN", "Republic of Senegal", "Senegal", "Senegalese", "Ministère de la Santé et de l'Action sociale"),
    ("LBR", "Republic of Liberia", "Liberia", "Liberian", "Ministry of Health"),
    ("RWA", "Republic of Rwanda", "Rwanda", "Rwandan", "Ministry of Health"),
]
OTHER_ORIGINS = [
    ("PHL", "Republic of the Philippines", "the Philippines", "Filipino", "Department of Migrant Workers"),
    ("IND", "Republic of India", "India", "Indian", "Ministry of External Affairs"),
    ("KEN", "Republic of Kenya", "Kenya", "Kenyan", "Ministry of Labour and Social Protection"),
    ("LKA", "Democratic Socialist Republic of Sri Lanka", "Sri Lanka", "Sri Lankan", "Ministry of Labour and Foreign Employment"),
    ("JAM", "Jamaica", "Jamaica", "Jamaican", "Ministry of Health and Wellness"),
    ("VNM", "Socialist Republic of Viet Nam", "Viet Nam", "Vietnamese", "Ministry of Labour, Invalids and Social Affairs"),
    ("IDN", "Republic of Indonesia", "Indonesia", "Indonesian", "Ministry of Manpower"),
    ("EGY", "Arab Republic of Egypt", "Egypt", "Egyptian", "Ministry of Health and Population"),
    ("MAR", "Kingdom of Morocco", "Morocco", "Moroccan", "Ministry of Health and Social Protection"),
    ("TUN", "Republic of Tunisia", "Tunisia", "Tunisian", "Ministry of Vocational Training and Employment"),
    ("ZAF", "Republic of South Africa", "South Africa", "South African", "National Department of Health"),
    ("MEX", "United Mexican States", "Mexico", "Mexican", "Secretariat of Labour and Social Welfare"),
]
DESTINATIONS = [
    ("GBR", "United Kingdom of Great Britain and Northern Ireland", "the United Kingdom", "British", "Department of Health and Social Care"),
    ("DEU", "Federal Republic of Germany", "Germany", "German", "Federal Ministry of Health"),
    ("CAN", "Canada", "Canada", "Canadian", "Employment and Social Development Canada"),
    ("JPN", "Japan", "Japan", "Japanese", "Ministry of Health, Labour and Welfare"),
    ("AUS", "Commonwealth of Australia", "Australia", "Australian", "Department of Health and Aged Care"),
    ("NZL", "New Zealand", "New Zealand", "New Zealand", "Ministry of Health"),
    ("IRL", "Ireland", "Ireland", "Irish", "Department of Health"),
    ("USA", "United States of America", "the United States", "American", "Department of Labor"),
    ("SAU", "Kingdom of Saudi Arabia", "Saudi Arabia", "Saudi", "Ministry of Human Resources and Social Development"),
    ("ARE", "United Arab Emirates", "the United Arab Emirates", "Emirati", "Ministry of Human Resources and Emiratisation"),
    ("OMN", "Sultanate of Oman", "Oman", "Omani", "Ministry of Labour"),
    ("QAT", "State of Qatar", "Qatar", "Qatari", "Ministry of Public Health"),
    ("NOR", "Kingdom of Norway", "Norway", "Norwegian", "Ministry of Health and Care Services"),
    ("NLD", "Kingdom of the Netherlands", "the Netherlands", "Dutch", "Ministry of Health, Welfare and Sport"),
    ("FIN", "Republic of Finland", "Finland", "Finnish", "Ministry of Social Affairs and Health"),
    ("BEL", "Kingdom of Belgium", "Belgium", "Belgian", "Federal Public Service Health"),
    ("KOR", "Republic of Korea", "Korea", "Korean", "Ministry of Employment and Labor"),
    ("SGP", "Republic of Singapore", "Singapore", "Singaporean", "Ministry of Manpower"),
]

PROFESSIONS = ["nurses", "midwives", "medical-doctors", "allied-health-professionals", "care-workers",
               "pharmacists", "dentists", "community-health-workers"]
PROFESSION_WORDS = {"nurses": "nurses", "midwives": "midwives", "medical-doctors": "medical doctors",
                    "allied-health-professionals": "allied health professionals",
                    "care-workers": "care workers", "pharmacists": "pharmacists", "dentists": "dentists",
                    "community-health-workers": "community health workers"}
PRINCIPLES = ["circular-migration", "technical-financial-assistance", "equal-treatment",
              "ethical-recruitment", "health-system-sustainability",
              "workforce-development-retention", "data-information-exchange", "monitoring-review",
              "freedom-to-migrate"]

# --- Sentence bank -------------------------------------------------------------------------------
# Placeholders: {P} the Parties / the Participants, {A} this Agreement / this Memorandum of
# Understanding, {O}/{D} short names, {Oa}/{Da} adjectives, {W} health personnel, {Wsg} a health
# worker, {C} the Joint Committee, {n} a small number, {m} months, {y} years, {art} another article.
# Each topic: (heading, principle, [(modality, sentence), ...]). Written in British spelling;
# American files are converted with AMERICAN below.
TOPICS = [
    ("Ethical recruitment", "ethical-recruitment", [
        ("binding", "No recruitment fees or related costs shall be charged to, or borne by, {W} recruited under {A}, whether directly or indirectly, in whole or in part; the costs of visas, professional registration, language testing, travel and initial accommodation shall be borne by the employer."),
        ("binding", "Only recruitment agencies licensed by the competent authority of {O} and approved by the competent authority of {D} shall participate in recruitment under {A}, and each Party shall publish the list of such agencies at least once a year."),
        ("binding", "Each Party undertakes to prevent and to act against fraudulent, deceptive or coercive recruitment practices, trafficking in persons and the confiscation of identity documents, and to impose dissuasive penalties on any recruiter found to have engaged in them."),
        ("binding", "Before departure each {Wsg} shall receive a written contract of employment, in a language the worker understands, setting out the post, the salary, the hours of work, leave entitlements, the duration of the contract and the conditions for its termination, and no contract shall be substituted or altered to the worker's detriment after signature."),
        ("hortatory", "{P} should endeavour to encourage recruiters and employers to observe fair and ethical practices in the recruitment of {W}, as appropriate and in accordance with national law."),
        ("hortatory", "{P} should endeavour to ensure, to the extent possible, that {W} are not charged recruitment fees by recruitment agencies operating in either country."),
        ("permissive", "Employers may, where practicable, provide {W} with information on the terms of employment offered before an offer of employment is accepted."),
        ("redflag", "The recruitment agency may charge the {Wsg} a placement fee not exceeding {n} months of the basic salary offered, payable before deployment."),
        ("redflag", "The costs of the visa, medical examination, professional licensing examinations and the outbound air ticket shall be borne by the {Wsg} and may be deducted by the employer from the worker's salary in monthly instalments."),
        ("redflag", "Recruitment agencies may pay referral bonuses to {W} who introduce colleagues from their place of work in public health facilities of {O}."),
    ]),
    ("Government-to-government channel and safeguards", "health-system-sustainability", [
        ("binding", "All active recruitment of {W} from {O} for employment in {D} shall be carried out exclusively through the government-to-government channel established by {A}, under the supervision of the competent ministries of both Parties."),
        ("binding", "{D} shall ensure that no employer, recruitment agency or other intermediary operating in or from its territory carries out active recruitment of {W} in {O} outside {A}, and shall take enforcement action, including removal from approved supplier frameworks, against any that does."),
        ("binding", "{P} shall agree each year, on the recommendation of {C}, a ceiling on the number of {W} to be recruited in each category, and no recruitment shall take place in specialties that {O} has notified as being in critical shortage, including midwifery, anaesthesia and critical-care nursing."),
        ("binding", "Recruitment under {A} shall be limited to {W} who are registered in {O} and who are not in post in the public health service of {O}, or who have completed any period of service that they are obliged to render under the law of {O}."),
        ("hortatory", "Recruitment under {A} should, as far as possible, be undertaken through the public employment services of {P}, in accordance with the national laws of each Party."),
        ("mention", "{P} recognise the importance of sustainable health systems and take note of the WHO Health Workforce Support and Safeguards List 2023."),
        ("redflag", "Recruitment shall be carried out by private recruitment agencies designated by employers in {D}, which shall be free to advertise vacancies, hold recruitment fairs and approach {W} directly in public and private health facilities throughout {O}."),
        ("redflag", "No prior approval of, or notification to, the health authorities of {O} shall be required for recruitment under {A}, and no limit shall be placed on the number of {W} recruited in any category or specialty."),
        ("redflag", "Any period of service that a {Wsg} is obliged to render under the law of {O}, or any bond arising from publicly funded training, shall not be a bar to recruitment under {A}."),
    ]),
    ("Equal treatment", "equal-treatment", [
        ("binding", "{W} recruited under {A} shall be hired, promoted and remunerated on the basis of objective criteria and shall receive the same pay and enjoy the same terms and conditions of employment, rights and protections as nationals of {D} employed in comparable posts."),
        ("binding", "{D} shall ensure that such {W} have the same access as nationals to professional development, continuing education, career progression and appropriate induction and orientation programmes."),
        ("hortatory", "{P} should endeavour to ensure, subject to national law and to the availability of positions, that the conditions of employment of {W} are fair and, where appropriate, comparable to those of {Da} nationals in similar posts."),
        ("mention", "{W} employed under {A} will be subject to the labour laws of {D}."),
        ("redflag", "The salary of {Oa} {W} shall be set by the employer according to the scale applicable to expatriate staff, which may be lower than the scale applicable to {Da} nationals in the same post."),
        ("redflag", "Hours of work, rest days and annual leave shall be as determined by the employer, and {Oa} {W} shall not be eligible for the allowances and promotion opportunities reserved for nationals."),
    ]),
    ("Freedom of the worker", "freedom-to-migrate", [
        ("negation", "Nothing in {A} shall be construed as limiting the freedom of {W} to migrate, in accordance with applicable laws, to countries that wish to admit and employ them, or to return to {O} at any time."),
        ("binding", "{W} recruited under {A} shall be free to change employer within {D} without the permission of their employer or recruiter, and no contract shall contain any repayment clause, penalty or bond that restricts that freedom."),
        ("binding", "Each Party shall ensure that {W} have access, free of charge, to grievance mechanisms and effective remedies, including through the labour attaché of {O} and the competent authorities of {D}."),
        ("negation", "No employer shall retain the passport, residence permit or other identity document of a {Wsg}, even with the worker's consent."),
        ("redflag", "The employer shall hold the passport and residence documents of the {Wsg} for safekeeping for the duration of the contract."),
        ("redflag", "The {Wsg} shall not transfer to another employer, or take up any other employment, during the term of the contract without the written consent of the employer."),
        ("redflag", "A {Wsg} whose contract is terminated for any reason shall leave {D} within {n} days."),
        ("redflag", "Any dispute between the {Wsg} and the employer shall be settled by the employer's internal procedures, whose decision shall be final."),
    ]),
    ("Contract of employment", "ethical-recruitment", [
        ("redflag", "The contract shall be for a fixed term of {y} years, and a {Wsg} who leaves employment before the end of that term shall repay to the employer all recruitment, travel and training costs together with a penalty equal to {n} months of salary."),
        ("redflag", "Before departure the {Wsg} shall execute a bond in favour of the employer, guaranteed by a family member, securing the repayment obligations under the preceding paragraph."),
        ("redflag", "The contract of employment shall be signed on arrival in {D} and may be amended by the employer in accordance with operational needs."),
        ("binding", "The contract of employment shall be approved by the labour attaché of {O} before departure, and any amendment shall require the written consent of the {Wsg}."),
        ("permissive", "The contract may provide for a probationary period not exceeding {m} months, during which either party may terminate it on {n} weeks' notice."),
    ]),
    ("Circular migration and return", "circular-migration", [
        ("binding", "{P} shall facilitate the circular migration of {W} so that skills and knowledge acquired in {D} benefit the health system of {O}."),
        ("binding", "{D} shall fund a return and reintegration programme, to be implemented by {O}, under which {W} returning after employment under {A} are offered placement in the public health service, recognition of the experience and qualifications gained abroad, and a reintegration allowance."),
        ("permissive", "{P} may consider, on a voluntary basis, measures that could facilitate the return of {W} who wish to return to {O}."),
        ("redflag", "The cost of the return journey on completion or termination of the contract shall be borne by the {Wsg}, and {P} shall have no further obligation towards {W} who return to {O}."),
    ]),
    ("Technical and financial assistance", "technical-financial-assistance", [
        ("binding", "{D} shall provide technical and financial assistance to {O} to strengthen its health system, including the education and training of {W}, in an amount agreed by {P} for each year in which recruitment takes place under {A}."),
        ("binding", "{P} shall establish twinning arrangements between health facilities and training institutions in the two countries, and {D} shall support skills and technology transfer, access to specialised training and the strengthening of regulatory capacity in {O}."),
        ("permissive", "{P} may explore, as appropriate, possibilities for training activities of mutual interest and for the exchange of experience and best practice between health institutions."),
        ("negation", "Nothing in {A} shall oblige either Party to provide financial or technical assistance or to exchange data on the {W} recruited."),
        ("mention", "Each Party will bear its own costs in implementing {A}, and nothing in it shall be construed as creating any financial obligation for either Party."),
    ]),
    ("Workforce development and retention", "workforce-development-retention", [
        ("binding", "Each Party undertakes to educate, retain and sustain a health workforce appropriate to its own conditions, on the basis of an evidence-based workforce plan, with the aim of meeting its needs for {W} from its own human resources as far as possible."),
        ("binding", "{D} shall support measures adopted by {O} for the retention of {W}, in particular in rural and underserved areas."),
        ("hortatory", "Each Party should endeavour to take into account its own health workforce needs in its planning, and to organise its training programmes accordingly."),
        ("permissive", "{P} may consider, as appropriate, ways of supporting health workforce development in {O}, where resources permit."),
    ]),
    ("Data and information exchange", "data-information-exchange", [
        ("binding", "{P} shall exchange, at least every {m} months, data on the number, profession, specialty, employer and region of employment of {W} recruited under {A}, and on those who have returned to {O}."),
        ("binding", "Each Party shall designate a national authority responsible for the exchange of information and the implementation of the WHO Global Code of Practice."),
        ("hortatory", "{P} should endeavour to share, as appropriate and subject to their laws on the protection of personal data, information of mutual interest relating to the mobility of {W}."),
        ("binding", "{P} shall ensure that {W} receive, free of charge and before departure, accurate information on the posts offered, their rights and obligations, the conditions of registration and the cost of living in {D}."),
    ]),
    ("Joint Committee, monitoring and review", "monitoring-review", [
        ("binding", "{C}, composed of representatives of both Parties, with the participation of representatives of health workers' trade unions and employers, shall be established to oversee the implementation of {A} and shall meet at least twice a year."),
        ("binding", "{C} shall monitor the impact of recruitment under {A} on the health system of {O}, may recommend the suspension of recruitment in any category, and shall publish an annual report."),
        ("binding", "{P} shall review {A} every {y} years and shall report on its implementation to the World Health Organization through the national reporting instrument of the WHO Global Code of Practice."),
        ("permissive", "{P} may hold consultations, at the request of either of them, on matters relating to the implementation of {A}, and may consider establishing a joint working group to review its implementation from time to time."),
    ]),
]

FINAL_CLAUSES = [
    ("Legal status", "mention", "{A} does not create legally binding obligations under international law and does not affect the rights and obligations of {P} under other agreements."),
    ("Settlement of disputes", "binding", "Any dispute between {P} concerning the interpretation or application of {A} shall be settled amicably through consultation and negotiation through diplomatic channels."),
    ("Amendment", "permissive", "{A} may be amended at any time by mutual written consent of {P}; any amendment shall enter into force in accordance with the procedure set out for the entry into force of {A}."),
    ("Entry into force, duration and termination", "binding", "{A} shall enter into force on the date of the later notification by which {P} inform each other that their internal procedures have been completed, shall remain in force for {y} years and may be renewed; its termination shall not affect the rights of {W} already recruited under it."),
]

# Enumerations: an introduction and (a), (b), ... items.
ENUMERATIONS = [
    ("Obligations of the destination Party", "ethical-recruitment", "{D} shall, in particular:", [
        "ensure that no fees are charged to {W} by any recruiter or employer;",
        "ensure that {W} are paid at least the wage paid to nationals in comparable posts;",
        "ensure that employers do not retain passports, residence permits or other identity documents;",
        "provide induction, orientation and language support on arrival;",
        "provide access to grievance mechanisms, free of charge and in a language the worker understands;",
        "notify {O} without delay of any death, serious injury or detention of a {Wsg};",
        "facilitate family reunification in accordance with its immigration law.",
    ]),
    ("Obligations of the origin Party", "health-system-sustainability", "{O} shall, in particular:", [
        "select candidates on the basis of merit through a transparent and public process;",
        "verify the qualifications, registration and professional standing of candidates;",
        "provide pre-departure orientation on the rights and obligations of {W};",
        "maintain a register of {W} deployed under {A};",
        "identify the specialties and regions in which recruitment shall not take place.",
    ]),
    ("Joint undertakings", "monitoring-review", "{P} undertake:", [
        "to cooperate in the mutual recognition of qualifications and professional registration;",
        "to exchange information on the regulation of recruitment agencies;",
        "to combat irregular migration and trafficking in persons;",
        "to promote the circular migration of {W};",
        "to consult each other on the health workforce needs of {O};",
        "to publish the text of {A} and of any implementing arrangement.",
    ]),
    ("Costs borne by the worker", "ethical-recruitment", "The following costs shall be borne by the {Wsg}:", [
        "the recruitment agency's placement fee;",
        "the visa, work permit and residence permit fees;",
        "medical examinations and police clearances;",
        "professional licensing examinations and language tests;",
        "the outbound and return air tickets.",
    ]),
]

PREAMBLES = [
    "{Ol} and {Dl} (hereinafter \"{Pcap}\"), recalling the WHO Global Code of Practice on the International Recruitment of Health Personnel adopted by the Sixty-third World Health Assembly in resolution WHA63.16; recognising the right of every person to leave any country, including their own; recognising the resources expended by {O} in the education and training of its {W}; and determined that international mobility of {W} shall strengthen, and not weaken, the health systems of both countries, have agreed as follows:",
    "{Ol} and {Dl} (hereinafter referred to as \"{Pcap}\"), desiring to strengthen the friendly relations between their peoples; bearing in mind, as appropriate, the voluntary principles of the WHO Global Code of Practice; and recognising the mutual benefits that may arise from the mobility of {W}, have reached the following understanding:",
    "{Ol} and {Dl} (hereinafter \"{Pcap}\"), desiring to meet the growing demand for qualified health manpower in {D} and to provide employment opportunities abroad for {Oa} {W}, have agreed as follows:",
]
DEFINITIONS = [
    ("\"health personnel\" means {prof} and such other categories of health workers as {C} may decide;"),
    ("\"recruitment fees and related costs\" means any fees or costs incurred in the recruitment process in order for workers to secure employment or placement, regardless of the manner, timing or location of their imposition or collection;"),
    ("\"employer\" means any public or private health or care institution in {D} that employs {W} recruited under {A};"),
    ("\"competent authority\" means the ministry or agency designated by each Party under Article 2;"),
    ("\"recruitment agency\" means any public or private person or body that offers recruitment or placement services;"),
]

CLAUSE_NOTES = [
    "Wording taken from the signed text; the annex referred to here was not published and could not be checked.",
    "The official summary paraphrases this clause in weaker terms ('should' rather than 'shall'); the signed text is followed here.",
    "Numbering differs between the {Oa} and {Da} versions of the text; the numbering of the English version is used.",
    "No implementing regulation for this clause had been adopted at the time of encoding, according to {C}'s last report.",
    "Compare the corresponding provision of the WHO Global Code of Practice, Article 5.",
]

# British -> American. Applied to whole words; "programme" becomes "program".
AMERICAN = {
    "recognising": "recognizing", "recognise": "recognize", "organise": "organize",
    "organisation": "organization", "specialised": "specialized", "labour": "labor",
    "favour": "favor", "endeavour": "endeavor", "programme": "program", "programmes": "programs",
    "instalments": "installments", "anaesthesia": "anesthesia", "licence": "license",
    "Labour": "Labor", "Recognising": "Recognizing",
}
AMERICAN_RE = re.compile(r"\b(" + "|".join(sorted(AMERICAN, key=len, reverse=True)) + r")\b")

STATUSES = ["draft", "signed", "in-force", "in-force", "in-force", "expired"]
INSTRUMENTS = [  # (instrument, name, parties word, article prefix)
    ("agreement", "Agreement", "Parties", "Art. {}"),
    ("agreement", "Agreement", "Parties", "Article {}"),
    ("memorandum-of-understanding", "Memorandum of Understanding", "Participants", "Paragraph {}"),
    ("framework-agreement", "Framework Agreement", "Parties", "Art. {}"),
    ("placement-agreement", "Placement Agreement", "Parties", "Section {}"),
]
WORKER_TERMS = [("health personnel", "health worker"), ("health professionals", "health professional"),
                ("health workers", "health worker"), ("nursing personnel", "nurse")]
WIDTH = 100


def fold(text, indent):
    """Folds text into the lines of a `>-` block scalar at the given indent."""
    pad = " " * indent
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(pad) + len(line) + 1 + len(word) > WIDTH:
            lines.append(pad + line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(pad + line)
    return "\n".join(lines)


def scalar(key, text, indent):
    """Emits `key: value` at indent: plain, double-quoted or folded, whichever fits."""
    pad = " " * indent
    if len(pad) + len(key) + 2 + len(text) <= WIDTH:
        if re.search(r":( |$)|#|^[\"'&*!|>%@`{\[\-?]|[\"\\]|\s$", text) is None:
            return f"{pad}{key}: {text}\n"
        if "\\" not in text:
            return f'{pad}{key}: "{text.replace(chr(34), chr(92) + chr(34))}"\n'
    return f"{pad}{key}: >-\n{fold(text, indent + 2)}\n"


class Agreement:
    def __init__(self, rng, index):
        self.rng = rng
        self.index = index
        r = rng
        self.origin = r.choice(LISTED_ORIGINS) if r.random() < 0.6 else r.choice(OTHER_ORIGINS)
        self.dest = r.choice(DESTINATIONS)
        self.instrument, self.name, self.pword, self.artfmt = r.choice(INSTRUMENTS)
        self.american = r.random() < 0.35
        self.profile = r.choices(["strong", "weak", "contrary", "mixed"], [3, 3, 2, 4])[0]
        self.workers, self.worker = r.choice(WORKER_TERMS)
        self.professions = sorted(r.sample(PROFESSIONS, r.randint(1, 4)), key=PROFESSIONS.index)
        self.year = r.randint(2004, 2026)
        self.status = "draft" if self.year == 2026 else r.choice(STATUSES)
        self.two_sources = r.random() < 0.3
        self.fill = {
            "P": "the " + self.pword, "A": "this " + self.name,
            "O": self.origin[2], "D": self.dest[2], "Oa": self.origin[3], "Da": self.dest[3],
            "Ol": "The Government of the " + self.origin[1] if self.origin[1] != self.origin[2] else "The Government of " + self.origin[1],
            "Dl": "the Government of the " + self.dest[1] if self.dest[1] != self.dest[2].removeprefix("the ") else "the Government of " + self.dest[1],
            "Pcap": "the " + self.pword, "W": self.workers, "Wsg": self.worker,
            "C": "the Joint Committee" if self.pword == "Parties" else "the Joint Working Group",
            "prof": ", ".join(PROFESSION_WORDS[p] for p in self.professions),
        }

    def text(self, template, capitalise=True):
        r = self.rng
        f = dict(self.fill, n=r.choice(["two", "three", "six", "seven", "twelve"]),
                 m=r.choice(["three", "six", "twelve"]), y=r.choice(["two", "three", "five"]))
        out = template.format(**f)
        if capitalise:
            out = out[0].upper() + out[1:]
        if self.american:
            out = AMERICAN_RE.sub(lambda m: AMERICAN[m.group(1)], out)
        return out

    def pick(self, sentences, used=None):
        """Chooses a sentence by the agreement's profile: strong files favour binding language.
        Sentences in `used` (a set, updated) are avoided while others remain."""
        if used is not None:
            fresh = [s for s in sentences if s not in used] or sentences
            choice = self.pick(fresh)
            used.add(choice)
            return choice
        weights = {
            "strong": {"binding": 6, "negation": 3, "hortatory": 1, "permissive": 1, "mention": 1, "redflag": 0.2},
            "weak": {"binding": 1, "negation": 1, "hortatory": 5, "permissive": 4, "mention": 3, "redflag": 0.5},
            "contrary": {"binding": 1, "negation": 1, "hortatory": 1, "permissive": 2, "mention": 1, "redflag": 6},
            "mixed": {"binding": 3, "negation": 2, "hortatory": 3, "permissive": 2, "mention": 2, "redflag": 2},
        }[self.profile]
        return self.rng.choices(sentences, [weights[m] for m, _ in sentences])[0]

    def annotations(self, principle, modality, indent):
        if self.rng.random() > 0.2:
            return ""
        pad = " " * indent
        strength = {"binding": "binding", "negation": "binding", "hortatory": "hortatory"}.get(modality, "mention")
        out = f"{pad}annotations:\n{pad}  - principle: {principle}\n"
        if self.rng.random() < 0.5:
            out += f"{pad}    strength: {strength}\n"
        just = self.text(f"The encoder reads this clause as addressing {principle.replace('-', ' ')} in {strength} terms, as the wording of {{A}} is explicit on the point.")
        return out + scalar("justification", just, indent + 4)

    def clause(self, cid, heading, text, indent, principle=None, modality="mention", source=None, children=None):
        pad = " " * indent
        out = f"{pad}- id: {cid}\n" if re.fullmatch(r"[A-Za-z][A-Za-z. ]*\d*(\([0-9a-z]+\))?", cid) and not re.fullmatch(r"[\d.]+", cid) else f'{pad}- id: "{cid}"\n'
        if heading:
            out += scalar("heading", heading, indent + 2)
        if text:
            out += scalar("text", text, indent + 2)
        if source is None and self.two_sources:
            source = self.rng.choice(["synthetic", "synthetic-summary"])
        if source:
            out += f"{pad}  source: {source}\n"
        if principle:
            out += self.annotations(principle, modality, indent + 2)
        if text and self.rng.random() < 0.15:
            out += scalar("notes", self.text(self.rng.choice(CLAUSE_NOTES)), indent + 2)
        if children:
            out += f"{pad}  clauses:\n" + "".join(children)
        return out

    def render(self):
        r = self.rng
        o, d = self.origin, self.dest
        aid = f"{o[0].lower()}-{d[0].lower()}-{self.year}-{self.index:06d}"
        title = self.text(f"SYNTHETIC – {self.name} between {{Ol}} and {{Dl}} on "
                          + r.choice(["the Recruitment of Health Personnel", "Cooperation in the Field of Health Workforce Mobility",
                                      "the Ethical Recruitment, Circular Mobility and Protection of Health Personnel",
                                      "the Supply of Health Manpower", "Collaboration on Healthcare Workforce"])
                          + " (benchmark corpus, not a real agreement)")
        title = title.replace("between The Government", "between the Government")
        out = "# Generated by Benchmarks/generate-corpus.py: synthetic, not a real agreement.\n"
        out += "version: 1\nagreement:\n"
        out += f"  id: {aid}\n" + scalar("title", title, 2)
        out += f"  short-title: Synthetic {self.profile} benchmark {self.name.lower()} ({o[0]}–{d[0]})\n"
        out += f"  scope: bilateral\n  instrument: {self.instrument}\n"
        out += f"  level: {r.choice(['government-to-government', 'agency-to-agency', 'mixed'])}\n"
        out += f"  status: {self.status}\n"
        if self.status != "draft":
            month, day = r.randint(1, 12), r.randint(1, 28)
            out += f"  signed: {self.year}-{month:02d}-{day:02d}\n"
            if self.status in ("in-force", "expired") and r.random() < 0.7:
                out += f"  in-force: {min(self.year + 1, 2026)}-{month:02d}\n"
            if self.status == "expired":
                out += f"  ends: {self.year + 3}\n"
            if r.random() < 0.4:
                out += f"  review: {self.year + 2}-{month:02d}-{day:02d}\n"
        out += "  language: en\n"
        out += f"  professions: [{', '.join(self.professions)}]\n"
        parties = [(o, "origin"), (d, "destination")]
        if r.random() < 0.5:
            parties.reverse()
        out += "  parties:\n"
        for p, role in parties:
            out += f"    - country: {p[0]}\n      role: {role}\n" + scalar("represented-by", p[4], 6)
        out += "  sources:\n"
        sources = ["synthetic"] + (["synthetic-summary"] if self.two_sources else [])
        out += ("    - id: synthetic\n      title: Synthetic text generated for accord's throughput benchmark\n"
                f"      publisher: accord project\n      year: 2026\n      kind: synthetic\n      text: verbatim\n")
        if self.two_sources:
            out += ("    - id: synthetic-summary\n      title: Synthetic summary of the same text, paraphrased\n"
                    "      publisher: accord project\n      year: 2026\n"
                    "      url: https://example.org/accord/benchmark/summary\n"
                    "      kind: synthetic\n      text: paraphrased\n")
        out += scalar("notes", self.text(
            f"SYNTHETIC. Generated for accord's throughput benchmark from a bank of treaty sentences "
            f"({self.profile} profile); it is not a real or proposed agreement and does not describe the "
            f"policy of either government named."), 2)
        out += "clauses:\n" + self.clauses()
        return out

    def clauses(self):
        r = self.rng
        target = r.randint(15, 60)  # clauses in the file, sub-clauses included
        src = lambda: None  # clause() picks a source when there are two
        body = [self.clause("Preamble", None, self.text(r.choice(PREAMBLES)), 2, source=src())]
        count, art = 1, 0
        finals = FINAL_CLAUSES[-r.randint(1, len(FINAL_CLAUSES)):]
        if r.random() < 0.5:
            art += 1
            items = [self.clause(f"{self.artfmt.format(art)}({chr(97 + i)})", None, self.text(t, False), 6)
                     for i, t in enumerate(r.sample(DEFINITIONS, r.randint(2, len(DEFINITIONS))))]
            body.append(self.clause(self.artfmt.format(art), "Definitions", self.text("For the purposes of {A}:"), 2,
                                    source=src(), children=items))
            count += 1 + len(items)
        while count < target - len(finals):
            art += 1
            room = target - len(finals) - count
            cid = self.artfmt.format(art)
            if r.random() < 0.15 and room >= 4:
                heading, principle, intro, items = r.choice(ENUMERATIONS)
                chosen = items[:min(len(items), room - 1, r.randint(3, len(items)))]
                kids = [self.clause(f"{cid}({chr(97 + i)})", None, self.text(t, False), 6)
                        for i, t in enumerate(chosen)]
                body.append(self.clause(cid, heading, self.text(intro), 2, principle, "binding", src(), kids))
                count += 1 + len(kids)
                continue
            heading, principle, sentences = r.choice(TOPICS)
            if r.random() < 0.55 and room >= 3:
                n = min(room - 1, r.randint(2, 4))
                kids, used = [], set()
                for i in range(n):
                    modality, sentence = self.pick(sentences, used)
                    text = self.text(sentence)
                    if r.random() < 0.5:  # two sentences in one clause
                        text += " " + self.text(self.pick(sentences, used)[1])
                    kids.append(self.clause(f"{cid}({i + 1})", None, text, 6, principle, modality))
                body.append(self.clause(cid, heading, None, 2, source=src(), children=kids))
                count += 1 + n
            else:
                used = set()
                modality, sentence = self.pick(sentences, used)
                text = self.text(sentence)
                if r.random() < 0.6:  # two sentences in one clause
                    text += " " + self.text(self.pick(sentences, used)[1])
                body.append(self.clause(cid, heading, text, 2, principle, modality, src()))
                count += 1
        for heading, modality, sentence in finals:
            art += 1
            body.append(self.clause(self.artfmt.format(art), heading, self.text(sentence), 2, source=src()))
        return "".join(body)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    total = 0
    for i in range(1, args.count + 1):
        rng = random.Random(f"{args.seed}:{i}")
        data = Agreement(rng, i).render().encode("utf-8")
        total += len(data)
        with open(os.path.join(args.out, f"agreement-{i:06d}.yaml"), "wb") as f:
            f.write(data)
    print(f"wrote {args.count} agreements, {total:,} bytes ({total / max(args.count, 1) / 1024:.1f} KB average) to {args.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
