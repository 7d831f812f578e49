"""Demo data for the country guides ("how recruiting works in …"), seeded by `seed_demo`.

One guide per country: for each topic a short answer (at most 300 characters), a short
Markdown explanation and one or two well-known public sources. Everything is written in
English; a few entries also exist in the country's own language, to show how a reader of
that language gets them first and everyone else falls back to English.

The texts describe common practice as recruiters in those markets report it; they are demo
content, not legal advice, and the sources are where a reader would check the details.
"""

EU_PAY_TRANSPARENCY = "https://eur-lex.europa.eu/eli/dir/2023/970/oj"
EU_GDPR = "https://eur-lex.europa.eu/eli/reg/2016/679/oj"
PL_LABOUR_CODE = "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU19740240141"
PL_DATA_AUTHORITY = "https://uodo.gov.pl/"
DE_BGB_NOTICE = "https://www.gesetze-im-internet.de/bgb/__622.html"
DE_ENTGTRANSPG = "https://www.gesetze-im-internet.de/entgtranspg/"
DE_BDSG_26 = "https://www.gesetze-im-internet.de/bdsg_2018/__26.html"
ES_WORKERS_STATUTE = "https://www.boe.es/buscar/act.php?id=BOE-A-2015-11430"
ES_PAY_REGISTER = "https://www.boe.es/buscar/act.php?id=BOE-A-2020-12215"
IL_KOLZCHUT = "https://www.kolzchut.org.il/en/Main_Page"
EE_TOOELU = "https://www.tooelu.ee/en"
EE_RIIGITEATAJA = "https://www.riigiteataja.ee/en/"

# Entries that have not been reviewed for 14 months, so the review list has work in it.
STALE = [("GB", "counter-offers"), ("ES", "work-permits"), ("EE", "benefits")]
STALE_DAYS = 426

# How many local members confirm an entry, when it is not the default (2 to 6).
CONFIRMATIONS = {("PL", "salary-timing", "en"): 12, ("PL", "salary-timing", "pl"): 8}

# Entries whose history is written out: the earlier versions, oldest first, each with the
# summary of the edit that replaced it. The entry's final text is the last version.
HISTORY = {
    ("PL", "salary-timing", "en"): [
        {
            "short_answer": "After the offer. Candidates expect the employer to name a figure "
            "first, usually in the last interview or with the offer itself.",
            "summary": "Added how IT job ads changed the timing",
        },
        {
            "short_answer": "Traditionally after the offer, but IT job ads increasingly show "
            "ranges, so in IT the range is known before the first call.",
            "summary": "Added the 2025 Labour Code pay-transparency rules",
        },
    ],
    ("GB", "salary-timing", "en"): [
        {
            "short_answer": "Early: the band is usually agreed on the first call with the "
            "candidate.",
            "summary": "Added that most adverts show a band",
        },
    ],
}

# (country, topic slug) -> {"short_answer", "explanation", "sources", "translations"}
# "translations" maps a language code to its own short answer and explanation.
GUIDES = {
    "PL": {
        "salary-timing": {
            "short_answer": (
                "Traditionally after the offer, but IT ads increasingly show ranges and the "
                "pay-transparency rules in force since December 2025 push the range before "
                "the first interview."
            ),
            "explanation": (
                "For years the Polish norm was to ask for the candidate's *oczekiwania "
                "finansowe* (expectations) and keep the employer's figure for the offer. "
                "IT job boards such as Just Join IT and No Fluff Jobs made salary ranges "
                "standard in tech ads, so IT candidates now expect the range up front.\n\n"
                "Since 24 December 2025 the Labour Code requires employers to tell "
                "candidates the starting pay or its range in the ad or before the "
                "interview, and forbids asking about current pay. The EU pay-transparency "
                "directive (transposition due June 2026) goes in the same direction."
            ),
            "sources": [PL_LABOUR_CODE, EU_PAY_TRANSPARENCY],
            "translations": {
                "pl": {
                    "short_answer": (
                        "Tradycyjnie dopiero przy ofercie, ale ogłoszenia IT coraz częściej "
                        "podają widełki, a przepisy o jawności płac od grudnia 2025 "
                        "przesuwają je przed pierwszą rozmowę."
                    ),
                    "explanation": (
                        "Przez lata pytano kandydata o oczekiwania finansowe, a kwotę "
                        "pracodawcy zostawiano na ofertę. Portale IT, takie jak Just Join "
                        "IT i No Fluff Jobs, sprawiły, że widełki w ogłoszeniach stały się "
                        "standardem.\n\n"
                        "Od 24 grudnia 2025 Kodeks pracy wymaga podania kandydatowi "
                        "wynagrodzenia początkowego lub jego przedziału w ogłoszeniu albo "
                        "przed rozmową i zakazuje pytania o obecne zarobki."
                    ),
                },
            },
        },
        "salary-format": {
            "short_answer": (
                "Monthly. Employment contracts are quoted gross (brutto); B2B contracts are "
                "quoted as a monthly net invoice amount (netto + VAT)."
            ),
            "explanation": (
                "Candidates think in monthly pay, and many in take-home pay (*na rękę*), so "
                "always say whether a figure is gross or net. On a B2B contract the "
                "contractor invoices a monthly or hourly amount, quoted before VAT, and "
                "pays their own tax and social insurance. Comparing an employment offer "
                "with a B2B offer needs a calculator, not a ratio."
            ),
            "sources": [PL_LABOUR_CODE],
            "translations": {
                "pl": {
                    "short_answer": (
                        "Miesięcznie. Umowa o pracę: kwota brutto; B2B: miesięczna kwota "
                        "netto na fakturze (plus VAT)."
                    ),
                    "explanation": (
                        "Kandydaci myślą w kwotach miesięcznych, często „na rękę”, więc "
                        "zawsze mów, czy kwota jest brutto, czy netto. Przy B2B kontraktor "
                        "wystawia fakturę i sam płaci podatek oraz składki."
                    ),
                },
            },
        },
        "benefits": {
            "short_answer": (
                "Private medical care, a sports card (Multisport), life insurance and "
                "lunch subsidies; the employee capital plan (PPK) is standard."
            ),
            "explanation": (
                "Private medical packages (LUX MED, Medicover and similar) are expected in "
                "office jobs, often with an option to add family members. A Multisport "
                "card is so common that its absence is noticed. B2B contractors usually "
                "get the medical package but no paid leave, unless the contract grants "
                "paid breaks."
            ),
            "sources": ["https://www.mojeppk.pl/"],
        },
        "pay-transparency": {
            "short_answer": (
                "Since 24 December 2025: pay or its range before the interview, no questions "
                "about current pay, gender-neutral job titles. More follows with the EU "
                "directive in 2026."
            ),
            "explanation": (
                "The Labour Code amendment of June 2025 applies to every employer, whatever "
                "its size. The range can be in the ad, or given before the interview or "
                "before the contract is agreed. Reporting on the gender pay gap will come "
                "with the full transposition of Directive (EU) 2023/970."
            ),
            "sources": [PL_LABOUR_CODE, EU_PAY_TRANSPARENCY],
            "translations": {
                "pl": {
                    "short_answer": (
                        "Od 24 grudnia 2025: wynagrodzenie lub widełki przed rozmową, zakaz "
                        "pytania o obecne zarobki, neutralne płciowo nazwy stanowisk."
                    ),
                    "explanation": (
                        "Nowelizacja Kodeksu pracy z czerwca 2025 dotyczy każdego "
                        "pracodawcy. Widełki można podać w ogłoszeniu, przed rozmową albo "
                        "przed zawarciem umowy. Raportowanie luki płacowej przyjdzie z "
                        "pełnym wdrożeniem dyrektywy (UE) 2023/970."
                    ),
                },
            },
        },
        "interview-rounds": {
            "short_answer": (
                "Two to four: a phone screen, a technical or competency interview, sometimes "
                "a task, and a meeting with the manager."
            ),
            "explanation": (
                "Candidates accept a home task but expect it to be short and paid attention "
                "to. More than four stages is seen as disorganised, and strong IT "
                "candidates drop out of long processes for faster offers."
            ),
            "sources": [],
        },
        "time-to-hire": {
            "short_answer": (
                "Three to five weeks from first call to offer; add one to three months of "
                "notice before the start date."
            ),
            "explanation": (
                "The notice period dominates: a candidate with three years at their "
                "employer has three months of notice under the Labour Code. Agreeing an "
                "earlier release with the current employer (*porozumienie stron*) is common "
                "and worth asking about."
            ),
            "sources": [PL_LABOUR_CODE],
        },
        "notice-periods": {
            "short_answer": (
                "Under the Labour Code: 2 weeks (under 6 months of work), 1 month (6 months to "
                "3 years), 3 months (3 years or more). B2B contracts set their own, often 1 "
                "month."
            ),
            "explanation": (
                "The periods in article 36 apply to open-ended and fixed-term employment "
                "contracts, counted to the end of a week or a month. Both sides may agree "
                "to end the contract sooner. B2B notice periods are whatever the contract "
                "says."
            ),
            "sources": [PL_LABOUR_CODE],
            "translations": {
                "pl": {
                    "short_answer": (
                        "Według Kodeksu pracy: 2 tygodnie (poniżej 6 miesięcy), 1 miesiąc "
                        "(od 6 miesięcy do 3 lat), 3 miesiące (co najmniej 3 lata). Przy "
                        "B2B decyduje umowa."
                    ),
                    "explanation": (
                        "Okresy z art. 36 dotyczą umów na czas nieokreślony i określony. "
                        "Strony mogą rozwiązać umowę wcześniej na mocy porozumienia stron."
                    ),
                },
            },
        },
        "counter-offers": {
            "short_answer": (
                "Frequent in IT: expect the current employer to match or beat the offer, "
                "especially for engineers with long notice periods."
            ),
            "explanation": (
                "A three-month notice period gives the employer plenty of time to react. "
                "Ask early what would make the candidate stay, and keep in touch during "
                "the notice period."
            ),
            "sources": [],
        },
        "directness": {
            "short_answer": (
                "Direct about conditions, polite in form. Candidates say plainly what they "
                "expect, but negative feedback is softened."
            ),
            "explanation": (
                "Questions about contract type, pay and remote work come early and bluntly. "
                "Feedback after an interview is appreciated and rarely given, so specific "
                "feedback stands out."
            ),
            "sources": [],
        },
        "forms-of-address": {
            "short_answer": (
                "Formal Pan/Pani in a first message; in IT most people switch to first names "
                "quickly, often on LinkedIn from the start."
            ),
            "explanation": (
                "Writing *Pani Anno* or *Panie Tomaszu* is safe in a first email. Switching "
                "to *ty* is usually offered by the older or more senior person. Tech "
                "companies often use first names in every direction."
            ),
            "sources": [],
            "translations": {
                "pl": {
                    "short_answer": (
                        "W pierwszej wiadomości formalnie: Pan/Pani. W IT szybko przechodzi "
                        "się na ty, na LinkedInie często od razu."
                    ),
                    "explanation": (
                        "Zwrot „Pani Anno” lub „Panie Tomaszu” jest bezpieczny w pierwszym "
                        "mailu. Przejście na ty zwykle proponuje osoba starsza lub wyższa "
                        "stanowiskiem."
                    ),
                },
            },
        },
        "follow-up": {
            "short_answer": (
                "Candidates expect an answer after every stage; ghosting is the most common "
                "complaint about recruiters."
            ),
            "explanation": (
                "A short message within a week, even without news, keeps candidates in the "
                "process. Phone calls are fine for good news; rejections usually go by "
                "email."
            ),
            "sources": [],
        },
        "candidate-channels": {
            "short_answer": (
                "LinkedIn, Pracuj.pl, Just Join IT, No Fluff Jobs and Bulldogjob for tech; "
                "referrals everywhere."
            ),
            "explanation": (
                "Pracuj.pl is the largest general job board. IT candidates look at the "
                "specialised boards, which require a salary range in every ad. Direct "
                "sourcing on LinkedIn works, but senior engineers receive many messages a "
                "week."
            ),
            "sources": ["https://www.pracuj.pl/", "https://justjoin.it/"],
        },
        "candidate-data": {
            "short_answer": (
                "GDPR (RODO) plus article 22¹ of the Labour Code, which lists the data an "
                "employer may ask candidates for. Keeping CVs for future recruitment needs "
                "consent."
            ),
            "explanation": (
                "Name, contact details, education, qualifications and work history may be "
                "requested; more only with a legal basis or the candidate's initiative. The "
                "familiar consent clause for future recruitment processes is required to "
                "keep a CV after the process ends."
            ),
            "sources": [PL_LABOUR_CODE, PL_DATA_AUTHORITY],
        },
        "work-permits": {
            "short_answer": (
                "EU citizens need nothing. Ukrainians can start after the employer notifies "
                "the labour office; most other nationalities need a work permit."
            ),
            "explanation": (
                "Citizens of Armenia, Belarus, Georgia and Moldova can work on a declaration "
                "registered by the employer for a limited time. Ukrainian citizens are "
                "covered by a simple notification. Everyone else needs a work permit or a "
                "combined residence and work permit from the voivode."
            ),
            "sources": ["https://www.gov.pl/web/udsc-en"],
        },
        "background-checks": {
            "short_answer": (
                "Limited by law: a criminal-record certificate only where a statute requires "
                "it (finance, security, work with children). References are informal."
            ),
            "explanation": (
                "Article 22¹ of the Labour Code restricts what can be asked. Reference calls "
                "happen, but only with the candidate's knowledge, and written references "
                "are rare."
            ),
            "sources": [PL_LABOUR_CODE],
        },
        "approach-language": {
            "short_answer": (
                "Polish by default; English is fine for IT and international roles, but a "
                "Polish message gets more replies."
            ),
            "explanation": (
                "Most Polish IT professionals work in English daily. A first message in "
                "Polish still shows the role is local and that the recruiter knows the "
                "market."
            ),
            "sources": [],
        },
    },
    "GB": {
        "salary-timing": {
            "short_answer": (
                "Before the offer, usually on the first call; most job adverts show a band, "
                "and candidates expect it to be agreed early."
            ),
            "explanation": (
                "Salary is part of qualifying a candidate: recruiters confirm the band and "
                "the candidate's expectations on the first call. Most adverts show a band, "
                "and candidates often skip ads that say only *competitive*.\n\n"
                "Asking about current salary is legal but increasingly frowned upon."
            ),
            "sources": ["https://www.acas.org.uk/"],
        },
        "salary-format": {
            "short_answer": (
                'Yearly gross ("£55k"); contractors quote a day rate, inside or outside IR35.'
            ),
            "explanation": (
                "Permanent salaries are annual and before tax, with pension and bonus "
                "mentioned separately. Contractors' day rates depend on whether the role "
                "is inside IR35, which changes the take-home pay substantially."
            ),
            "sources": ["https://www.gov.uk/guidance/understanding-off-payroll-working-ir35"],
        },
        "benefits": {
            "short_answer": (
                "Pension (employer at least 3% under auto-enrolment), 25 days' holiday plus "
                "bank holidays, private medical insurance and a bonus in many roles."
            ),
            "explanation": (
                "The statutory minimum is 5.6 weeks of paid holiday, which bank holidays may "
                "count towards, so 25 days plus bank holidays is the usual offer. Employer "
                "pension contributions above the minimum are a real differentiator."
            ),
            "sources": [
                "https://www.gov.uk/holiday-entitlement-rights",
                "https://www.gov.uk/workplace-pensions",
            ],
        },
        "pay-transparency": {
            "short_answer": (
                "No law requires salary in adverts. Employers with 250+ staff publish their "
                "gender pay gap, and employees may discuss their pay."
            ),
            "explanation": (
                "The UK is not bound by the EU pay-transparency directive. Gender pay gap "
                "reporting applies to employers with 250 or more employees, and the "
                "Equality Act 2010 makes pay-secrecy clauses unenforceable for equal pay "
                "discussions."
            ),
            "sources": ["https://www.gov.uk/government/collections/gender-pay-gap-reporting"],
        },
        "interview-rounds": {
            "short_answer": (
                "Two or three: a screen, a competency-based interview and a final stage, "
                "sometimes with a presentation or assessment."
            ),
            "explanation": (
                'Competency questions ("tell me about a time when…") are standard; '
                "candidates prepare examples. Graduate schemes use assessment centres."
            ),
            "sources": [],
        },
        "time-to-hire": {
            "short_answer": (
                "About four to six weeks to an offer, then one to three months' notice."
            ),
            "explanation": (
                "Agency recruiters move fast and candidates interview with several firms at "
                "once, so a slow process loses people to competing offers."
            ),
            "sources": [],
        },
        "notice-periods": {
            "short_answer": (
                "Contracts usually say one month, three for senior roles; the statutory "
                "minimum is one week after a month's service."
            ),
            "explanation": (
                "The employer's statutory notice grows by a week per year of service up to "
                "twelve weeks, but contractual notice is what matters in practice. Garden "
                "leave is common for senior and sales roles."
            ),
            "sources": ["https://www.gov.uk/handing-in-your-notice"],
        },
        "counter-offers": {
            "short_answer": (
                "Very common: recruiters ask about counter-offers on the first call and "
                "again at resignation."
            ),
            "explanation": (
                "Agencies coach candidates to expect a counter-offer and to think about why "
                "they were looking. A counter-offer accepted late is the classic lost fee."
            ),
            "sources": [],
        },
        "small-talk": {
            "short_answer": (
                "Expected: a few minutes on the weather, the journey or the weekend before "
                "getting to business."
            ),
            "explanation": (
                "Skipping small talk can feel abrupt. Humour and understatement are common; "
                "keep it light and short."
            ),
            "sources": [],
        },
        "directness": {
            "short_answer": (
                'Indirect and polite: "that\'s interesting" or "we\'ll bear it in mind" may '
                "well mean no."
            ),
            "explanation": (
                "Criticism is softened and hedged. Read between the lines, and ask a "
                "concrete follow-up question when a candidate's answer is vague."
            ),
            "sources": [],
        },
        "forms-of-address": {
            "short_answer": "First names from the first message, in every direction.",
            "explanation": (
                'Titles are used only in very formal letters. "Hi Sarah" is a normal '
                "opening even to a director."
            ),
            "sources": [],
        },
        "follow-up": {
            "short_answer": (
                "Candidates expect feedback after interviews; a short thank-you email from "
                "them is normal but not required."
            ),
            "explanation": (
                "Agencies pass on feedback by phone. A silent process damages the employer's "
                "reputation quickly, including on Glassdoor."
            ),
            "sources": [],
        },
        "candidate-channels": {
            "short_answer": (
                "LinkedIn, Indeed, Reed, Totaljobs and CV-Library, plus a large agency market."
            ),
            "explanation": (
                "Many hires still go through recruitment agencies on contingency fees. CV "
                "databases of the job boards are searched actively."
            ),
            "sources": ["https://www.reed.co.uk/", "https://www.totaljobs.com/"],
        },
        "candidate-data": {
            "short_answer": (
                "UK GDPR and the Data Protection Act 2018; tell candidates how long their "
                "data is kept, typically six months after the process."
            ),
            "explanation": (
                "Legitimate interests usually covers a recruitment process. The ICO's "
                "employment guidance covers recruitment records and checks."
            ),
            "sources": ["https://ico.org.uk/"],
        },
        "work-permits": {
            "short_answer": (
                "Every hire needs a right-to-work check. Non-settled candidates usually need "
                "a Skilled Worker visa from a licensed sponsor."
            ),
            "explanation": (
                "Since 2021 EU citizens need settled status or a visa like everyone else. "
                "Sponsorship takes time and money, so ask early whether a role can sponsor."
            ),
            "sources": [
                "https://www.gov.uk/check-job-applicant-right-to-work",
                "https://www.gov.uk/skilled-worker-visa",
            ],
        },
        "background-checks": {
            "short_answer": (
                "References and right-to-work checks are routine; DBS criminal-record checks "
                "only for eligible roles."
            ),
            "explanation": (
                "Regulated sectors (finance, care, education) add vetting. Offers are often "
                "made *subject to references*."
            ),
            "sources": [
                "https://www.gov.uk/government/organisations/disclosure-and-barring-service"
            ],
        },
        "approach-language": {
            "short_answer": "English.",
            "explanation": (
                "Language skills are an asset for international roles, but every approach "
                "is in English."
            ),
            "sources": [],
        },
    },
    "DE": {
        "salary-timing": {
            "short_answer": (
                "Early: candidates often state a salary expectation in the application, and "
                "the range is discussed in the first interview."
            ),
            "explanation": (
                "Ads often ask for the *Gehaltsvorstellung* (salary expectation). More ads "
                "now show ranges, and collective agreements make pay known in many "
                "industries. The EU pay-transparency directive will require a range before "
                "the interview."
            ),
            "sources": [DE_ENTGTRANSPG, EU_PAY_TRANSPARENCY],
            "translations": {
                "de": {
                    "short_answer": (
                        "Früh: Bewerber nennen ihre Gehaltsvorstellung oft schon in der "
                        "Bewerbung, die Spanne wird im ersten Gespräch besprochen."
                    ),
                    "explanation": (
                        "Viele Anzeigen fragen nach der Gehaltsvorstellung; immer mehr "
                        "nennen eine Spanne. In tarifgebundenen Branchen ist das Gehalt "
                        "ohnehin bekannt. Die EU-Entgelttransparenzrichtlinie wird eine "
                        "Spanne vor dem Gespräch verlangen."
                    ),
                },
            },
        },
        "salary-format": {
            "short_answer": (
                "Yearly gross (Jahresbrutto), sometimes paid in 13 instalments; bonuses "
                "quoted separately."
            ),
            "explanation": (
                "Compare offers on annual gross pay: a 13th month or holiday pay is part of "
                "it. Take-home pay depends heavily on the tax class, so candidates rarely "
                "talk net."
            ),
            "sources": [],
        },
        "benefits": {
            "short_answer": (
                "About 30 days' holiday, a company pension (bAV), a public-transport ticket "
                "and a bike leasing scheme."
            ),
            "explanation": (
                "The legal minimum is 24 working days on a six-day week (20 on five), but "
                "28 to 30 is the norm in office jobs. Health insurance is statutory, so it "
                "is not a benefit."
            ),
            "sources": ["https://www.gesetze-im-internet.de/burlg/"],
        },
        "pay-transparency": {
            "short_answer": (
                "The Entgelttransparenzgesetz gives employees in firms with over 200 staff a "
                "right to information; the EU directive will extend it from 2026."
            ),
            "explanation": (
                "Today the law is used little. The directive will bring ranges before the "
                "interview, a ban on asking about current pay and gap reporting."
            ),
            "sources": [DE_ENTGTRANSPG, EU_PAY_TRANSPARENCY],
        },
        "interview-rounds": {
            "short_answer": (
                "Two or three, often with the future team; a trial day (Probearbeiten) "
                "happens in smaller firms."
            ),
            "explanation": (
                "Processes are thorough and involve HR, the manager and sometimes the works "
                "council's approval of the hire."
            ),
            "sources": [],
        },
        "notice-periods": {
            "short_answer": (
                "By law four weeks to the 15th or end of a month; contracts often say three "
                "months to the end of a quarter."
            ),
            "explanation": (
                "§ 622 BGB sets the minimum; the employer's notice grows with tenure. During "
                "probation (up to six months) two weeks apply. Start dates are therefore "
                "often three to four months away."
            ),
            "sources": [DE_BGB_NOTICE],
            "translations": {
                "de": {
                    "short_answer": (
                        "Gesetzlich vier Wochen zum 15. oder zum Monatsende; im Vertrag "
                        "oft drei Monate zum Quartalsende."
                    ),
                    "explanation": (
                        "§ 622 BGB regelt die Mindestfristen; die Frist des Arbeitgebers "
                        "wächst mit der Betriebszugehörigkeit. In der Probezeit gelten "
                        "zwei Wochen."
                    ),
                },
            },
        },
        "counter-offers": {
            "short_answer": "Less common than in the UK, but growing in tech.",
            "explanation": (
                "Long notice periods give employers time to react. Ask about it before the "
                "resignation, not after."
            ),
            "sources": [],
        },
        "small-talk": {
            "short_answer": "Brief; the conversation gets to the point quickly.",
            "explanation": "A short greeting is enough; long small talk can seem unprepared.",
            "sources": [],
        },
        "directness": {
            "short_answer": "Direct: a no is a no, and criticism is meant factually.",
            "explanation": (
                "Candidates ask precise questions about the contract and expect precise "
                "answers. Vague promises lower trust."
            ),
            "sources": [],
        },
        "forms-of-address": {
            "short_answer": (
                "Sie by default; du in start-ups and much of tech. Follow the other person's lead."
            ),
            "explanation": (
                "Use *Sie* with surname (*Frau Schmidt*) in a first message unless the "
                "company's culture is clearly *du*. Switching to *du* is offered, not "
                "assumed."
            ),
            "sources": [],
            "translations": {
                "de": {
                    "short_answer": (
                        "Standardmäßig Sie; du in Start-ups und weiten Teilen der Tech-"
                        "Branche. Im Zweifel dem Gegenüber folgen."
                    ),
                    "explanation": (
                        "In der ersten Nachricht „Sehr geehrte Frau Schmidt“, außer die "
                        "Firmenkultur ist eindeutig per du. Das Du wird angeboten, nicht "
                        "vorausgesetzt."
                    ),
                },
            },
        },
        "follow-up": {
            "short_answer": (
                "A written rejection is expected; its wording stays neutral because of the "
                "equal treatment act (AGG)."
            ),
            "explanation": (
                "Rejected candidates can claim discrimination within two months, so "
                "rejections rarely give reasons."
            ),
            "sources": ["https://www.gesetze-im-internet.de/agg/"],
        },
        "candidate-channels": {
            "short_answer": (
                "StepStone, LinkedIn, XING, Indeed and the Federal Employment Agency's job board."
            ),
            "explanation": (
                "XING still matters outside tech and in southern Germany. Referral "
                "programmes are common in larger firms."
            ),
            "sources": ["https://www.arbeitsagentur.de/jobsuche/"],
        },
        "candidate-data": {
            "short_answer": (
                "GDPR and § 26 BDSG; applications are usually deleted about six months after "
                "a rejection."
            ),
            "explanation": (
                "The retention period covers the two-month AGG claim window plus time to "
                "file. Keeping a CV for other roles needs consent."
            ),
            "sources": [DE_BDSG_26],
        },
        "work-permits": {
            "short_answer": (
                "EU citizens need nothing; others usually come on an EU Blue Card or a "
                "skilled-worker residence permit."
            ),
            "explanation": (
                "The Skilled Immigration Act widened the routes, including an Opportunity "
                "Card for job seekers. Visa appointments can take months."
            ),
            "sources": ["https://www.make-it-in-germany.com/en/"],
        },
        "background-checks": {
            "short_answer": (
                "Written references (Arbeitszeugnis) from every employer; a certificate of "
                "good conduct only where the role justifies it."
            ),
            "explanation": (
                "The *Arbeitszeugnis* uses a coded, always-positive language that "
                "recruiters learn to read. Calling former employers without consent is "
                "unusual."
            ),
            "sources": [],
        },
        "approach-language": {
            "short_answer": (
                "German, except in international tech teams, especially in Berlin, where "
                "English is normal."
            ),
            "explanation": (
                "An English approach for a German-speaking role signals the recruiter is not local."
            ),
            "sources": [],
        },
    },
    "ES": {
        "salary-timing": {
            "short_answer": (
                "Often not in the ad; the range is asked for or given on the first call, and "
                "negotiated mid-process."
            ),
            "explanation": (
                "Many ads on InfoJobs still hide the salary. Candidates ask for the *banda "
                "salarial* early to avoid wasted interviews. The EU directive will make "
                "ranges before the interview compulsory."
            ),
            "sources": [EU_PAY_TRANSPARENCY],
        },
        "salary-format": {
            "short_answer": (
                "Yearly gross (bruto anual), paid in 14 payments (two extra in summer and "
                "December) or 12."
            ),
            "explanation": (
                "Always clarify whether the extra payments are prorated. The collective "
                "agreement (*convenio*) of the sector sets minimums."
            ),
            "sources": [ES_WORKERS_STATUTE],
        },
        "benefits": {
            "short_answer": (
                "Flexible pay (meal cards, transport, health insurance through salary "
                "sacrifice), plus intensive summer hours in many firms."
            ),
            "explanation": (
                "*Retribución flexible* lowers the tax on part of the salary. Private health "
                "insurance is a valued extra."
            ),
            "sources": [],
        },
        "pay-transparency": {
            "short_answer": (
                "Every company keeps a pay register (registro retributivo); the EU directive "
                "adds ranges before the interview."
            ),
            "explanation": (
                "Royal Decree 902/2020 requires the register; companies with equality plans "
                "also carry out pay audits."
            ),
            "sources": [ES_PAY_REGISTER, EU_PAY_TRANSPARENCY],
        },
        "interview-rounds": {
            "short_answer": "Two to four, often starting with a call from the recruiter.",
            "explanation": "Larger firms add psychometric tests or a case study.",
            "sources": [],
        },
        "time-to-hire": {
            "short_answer": "Four to eight weeks; August is slow.",
            "explanation": (
                "Plan around summer holidays: decisions wait until September more often than not."
            ),
            "sources": [],
        },
        "notice-periods": {
            "short_answer": (
                "Usually 15 days, set by the collective agreement; longer for senior managers."
            ),
            "explanation": (
                "The Workers' Statute leaves the resignation notice to the *convenio* or "
                "local custom. Candidates can usually start within a month."
            ),
            "sources": [ES_WORKERS_STATUTE],
        },
        "counter-offers": {
            "short_answer": "Common for tech profiles in Madrid and Barcelona.",
            "explanation": "With short notice periods, counter-offers come within days.",
            "sources": [],
        },
        "small-talk": {
            "short_answer": "Warm and personal; a little conversation first is expected.",
            "explanation": "Rushing to business can come across as cold.",
            "sources": [],
        },
        "forms-of-address": {
            "short_answer": "Tú with almost everyone; usted for much older or very senior people.",
            "explanation": "Using usted with a peer can feel distant.",
            "sources": [],
        },
        "candidate-channels": {
            "short_answer": "LinkedIn, InfoJobs, Indeed and Tecnoempleo for tech.",
            "explanation": "InfoJobs is the largest general board; referrals matter in tech.",
            "sources": ["https://www.infojobs.net/"],
        },
        "candidate-data": {
            "short_answer": (
                "GDPR plus the Spanish data protection law (LOPDGDD); AEPD enforces it."
            ),
            "explanation": (
                "Tell candidates how long CVs are kept; keeping them for other processes "
                "needs consent."
            ),
            "sources": ["https://www.aepd.es/", EU_GDPR],
        },
        "work-permits": {
            "short_answer": (
                "EU citizens need nothing; highly qualified hires can use the fast-track "
                "visa of the Entrepreneurs Act."
            ),
            "explanation": (
                "The highly qualified professional route (Law 14/2013) is handled by a "
                "central unit and is much faster than the general regime."
            ),
            "sources": ["https://www.boe.es/buscar/act.php?id=BOE-A-2013-10074"],
        },
        "approach-language": {
            "short_answer": (
                "Spanish; English for international tech roles. In Catalonia Spanish is "
                "fine, Catalan appreciated."
            ),
            "explanation": "A Spanish message gets noticeably more replies.",
            "sources": [],
        },
    },
    "IL": {
        "salary-timing": {
            "short_answer": (
                "Very early: candidates give their expectation on the first call, and ads "
                "rarely show salary."
            ),
            "explanation": (
                "Recruiters ask for the expected monthly gross salary at screening. Tech "
                "candidates also ask about equity and the *keren hishtalmut* before the "
                "first interview."
            ),
            "sources": [IL_KOLZCHUT],
            "translations": {
                "he": {
                    "short_answer": (
                        "מוקדם מאוד: המועמדים מציינים ציפיות שכר כבר בשיחה הראשונה, "
                        "ובמודעות כמעט אין שכר."
                    ),
                    "explanation": (
                        "מגייסים שואלים על ציפיות השכר החודשי ברוטו כבר בסינון. מועמדים "
                        "בהייטק שואלים גם על אופציות וקרן השתלמות לפני הראיון הראשון."
                    ),
                },
            },
        },
        "salary-format": {
            "short_answer": "Monthly gross in shekels, plus pension and a study fund on top.",
            "explanation": (
                "Offers list the monthly gross salary and the social benefits separately; "
                "senior tech roles add options or RSUs."
            ),
            "sources": [],
        },
        "benefits": {
            "short_answer": (
                "Study fund (keren hishtalmut), pension, a meal card, travel allowance, and "
                "equity in tech."
            ),
            "explanation": (
                "The study fund (typically 7.5% from the employer) is expected in "
                "professional roles. Meal cards such as Cibus or 10bis are standard."
            ),
            "sources": [IL_KOLZCHUT],
        },
        "interview-rounds": {
            "short_answer": "Three to five in tech, often with a home assignment.",
            "explanation": "Processes move fast; several rounds can happen in one week.",
            "sources": [],
        },
        "time-to-hire": {
            "short_answer": (
                "Two to four weeks; reserve duty (miluim) can pause a process and must not "
                "count against the candidate."
            ),
            "explanation": (
                "Candidates may be called up at short notice. The law protects employees "
                "and candidates from discrimination for reserve service."
            ),
            "sources": [IL_KOLZCHUT],
        },
        "notice-periods": {
            "short_answer": (
                "By law it grows with tenure, reaching a full month after a year; 30 days is "
                "the usual contract term."
            ),
            "explanation": (
                "The Advance Notice for Dismissal and Resignation Law applies to both "
                "sides. Senior contracts often say 60 to 90 days."
            ),
            "sources": [IL_KOLZCHUT],
        },
        "directness": {
            "short_answer": "Very direct (dugri): disagreement and tough questions are normal.",
            "explanation": (
                "Candidates will negotiate openly and challenge the offer. Directness is "
                "not rudeness here."
            ),
            "sources": [],
        },
        "forms-of-address": {
            "short_answer": "First names with everyone, including the CEO.",
            "explanation": "Titles and surnames sound stiff, even in a first message.",
            "sources": [],
            "translations": {
                "he": {
                    "short_answer": "שמות פרטיים עם כולם, כולל המנכ״ל.",
                    "explanation": "תארים ושמות משפחה נשמעים נוקשים, גם בהודעה ראשונה.",
                },
            },
        },
        "small-talk": {
            "short_answer": "Short and informal; people get to the point fast.",
            "explanation": "A quick personal question is fine; long preambles are not needed.",
            "sources": [],
        },
        "candidate-channels": {
            "short_answer": "Referrals first, then LinkedIn, AllJobs, Drushim and Facebook groups.",
            "explanation": (
                "Employee referral bonuses are standard; a large share of tech hires come "
                "through friends and army networks."
            ),
            "sources": ["https://www.alljobs.co.il/"],
        },
        "candidate-data": {
            "short_answer": (
                "The Privacy Protection Law, strengthened by Amendment 13 in 2025; not "
                "GDPR, but Israel has EU adequacy."
            ),
            "explanation": "Keep only what the process needs and tell candidates why.",
            "sources": ["https://www.gov.il/en/departments/the_privacy_protection_authority"],
        },
        "work-permits": {
            "short_answer": (
                "Foreign experts need a B-1 work visa through the employer; the expert track "
                "is fast for high earners."
            ),
            "explanation": (
                "The Population and Immigration Authority handles permits; new immigrants "
                "(olim) can work at once."
            ),
            "sources": ["https://www.gov.il/en/departments/population_and_immigration_authority"],
        },
        "approach-language": {
            "short_answer": (
                "Hebrew or English in tech; Russian and Arabic help with some communities."
            ),
            "explanation": "English is fully accepted for tech roles.",
            "sources": [],
        },
    },
    "EE": {
        "salary-timing": {
            "short_answer": (
                "Early: many ads show a gross monthly range, and the rest is discussed on the "
                "first call."
            ),
            "explanation": (
                "Job portals encourage salary ranges, and candidates skip ads without them. "
                "The EU pay-transparency directive will make ranges compulsory."
            ),
            "sources": ["https://www.cvkeskus.ee/", EU_PAY_TRANSPARENCY],
        },
        "salary-format": {
            "short_answer": "Monthly gross (bruto); the employer pays social tax on top.",
            "explanation": (
                "Employers' cost is about a third more than the gross salary because of the "
                "33% social tax."
            ),
            "sources": [],
        },
        "benefits": {
            "short_answer": (
                "Sports compensation, extra holiday, health insurance top-ups and options in "
                "start-ups."
            ),
            "explanation": (
                "Health care is public, so insurance is a top-up. Sports compensation is "
                "tax-free up to a limit."
            ),
            "sources": [],
        },
        "pay-transparency": {
            "short_answer": (
                "Ranges are already common; the EU directive makes them a rule from 2026."
            ),
            "explanation": "Employers should prepare pay structures that can be explained.",
            "sources": [EU_PAY_TRANSPARENCY],
        },
        "interview-rounds": {
            "short_answer": "Two or three, often with a technical task in tech.",
            "explanation": "Processes are lean and decisions quick.",
            "sources": [],
        },
        "notice-periods": {
            "short_answer": (
                "An employee gives 30 days' notice; the employer 15 to 90 days depending on tenure."
            ),
            "explanation": (
                "The Employment Contracts Act sets both; probation is up to four months. "
                "Fixed-term contracts end on their date without notice."
            ),
            "sources": [EE_TOOELU, EE_RIIGITEATAJA],
        },
        "small-talk": {
            "short_answer": "Minimal; silence is comfortable.",
            "explanation": "Get to the point; friendliness shows in keeping promises.",
            "sources": [],
        },
        "directness": {
            "short_answer": "Direct and brief; answers are short but honest.",
            "explanation": "A short answer is not a lack of interest.",
            "sources": [],
        },
        "forms-of-address": {
            "short_answer": "First names; the informal sina in start-ups, teie in formal settings.",
            "explanation": "In English messages first names are always fine.",
            "sources": [],
        },
        "candidate-channels": {
            "short_answer": "CV Keskus, CV.ee, LinkedIn and the start-up community's job boards.",
            "explanation": "The market is small: referrals and reputation matter a lot.",
            "sources": ["https://www.cvkeskus.ee/", "https://www.cv.ee/"],
        },
        "candidate-data": {
            "short_answer": "GDPR, enforced by the Data Protection Inspectorate (AKI).",
            "explanation": "Tell candidates how long their data is kept.",
            "sources": ["https://www.aki.ee/en", EU_GDPR],
        },
        "work-permits": {
            "short_answer": (
                "Non-EU hires need short-term employment registration or a residence "
                "permit; start-ups can use the Startup Visa."
            ),
            "explanation": (
                "Top specialists and start-up hires are exempt from the immigration quota. "
                "Work in Estonia, the state's talent agency, explains each route."
            ),
            "sources": ["https://www.workinestonia.com/"],
        },
        "approach-language": {
            "short_answer": "Estonian or English; Russian is common in Tallinn and Ida-Virumaa.",
            "explanation": "English is the default in tech.",
            "sources": [],
        },
    },
}

EDIT_SUMMARIES = [
    "Added detail from recent hiring",
    "Clarified the wording",
    "Added a source",
    "Updated after the last meetup's discussion",
]
