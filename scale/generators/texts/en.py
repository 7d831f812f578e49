"""English phrase bank. Slots: {country} (the target country's name in this language),
{city}, {role}, {weeks}, {months}, {days}, {percent}, {years}, {n}."""

BANK = {
    "roles": [
        "Senior Java Developer",
        "Data Engineer",
        "Product Manager",
        "ICU Nurse",
        "Sales Manager",
        "Financial Controller",
        "DevOps Engineer",
        "UX Designer",
        "Key Account Manager",
        "Mechanical Engineer",
        "Head of Finance",
        "Customer Success Manager",
    ],
    "themes": {
        "salary": {
            "titles": [
                "{country}: when do candidates expect to talk about salary?",
                "Salary before or after the offer in {country}?",
                "Do candidates in {country} quote gross or net salary?",
            ],
            "asks": [
                "In my market we discuss the salary range in the first call. Is that normal "
                "there, or does it come across as pushy?",
                "Should the range be in the job ad, or only shared once the hiring manager "
                "is keen?",
                "Candidates keep giving me net figures while my client thinks in gross. How "
                "do you handle that?",
            ],
            "answers": [
                "Here the range comes up in the first call, and candidates expect you to "
                "name it first.",
                "Most candidates talk about net monthly pay, so always confirm whether a "
                "figure is gross or net.",
                "Putting the range in the ad roughly doubles the number of serious "
                "applicants, in my experience.",
                "Expect a counter of about {percent}% above the first number, especially in tech.",
                "Senior people will not move for less than a {percent}% increase.",
            ],
        },
        "notice": {
            "titles": [
                "{country}: how long are notice periods really?",
                "Is a {months}-month notice period normal in {country}?",
                "{country}: can a notice period be shortened?",
            ],
            "asks": [
                "My client wants someone to start within {weeks} weeks. Is that realistic, "
                "or should we plan around the notice period?",
                "Do employers there usually let people leave early, or do they hold them to "
                "the full notice?",
            ],
            "answers": [
                "Notice is usually {months} months for anyone on a permanent contract, and "
                "employers rarely waive it.",
                "Buying out the notice period is possible, but it is negotiated case by case.",
                "Plan for {weeks} weeks at least; start dates earlier than that are the exception.",
                "Garden leave is common for senior roles, so check the contract before you "
                "promise a date.",
            ],
        },
        "sourcing": {
            "titles": [
                "{country}: which sourcing channels actually work?",
                "Where do you find {role} candidates in {country}?",
                "{country}: LinkedIn or local job boards?",
            ],
            "asks": [
                "LinkedIn InMails get almost no replies for me. Which channels do local "
                "recruiters use?",
                "Are there local job boards or communities worth paying for?",
            ],
            "answers": [
                "LinkedIn still works, but a short message in the candidate's own language "
                "gets far more replies.",
                "Local meetups and Slack communities are where the good engineers are, not "
                "the job boards.",
                "We get about {percent}% of hires from referrals and most of the rest from "
                "direct sourcing.",
                "The big local job board is still worth it for volume roles, less so for "
                "senior ones.",
            ],
        },
        "referrals": {
            "titles": [
                "{country}: how big are referral bonuses?",
                "Do referral programmes work in {country}?",
            ],
            "asks": [
                "We are setting up a referral programme for a client. What bonus is "
                "typical, and when is it paid?",
                "Is it normal to pay the referral bonus only after the probation period?",
            ],
            "answers": [
                "A typical referral bonus is about one month's salary, paid after probation.",
                "Paying half at the start and half after {months} months works well here.",
                "Referrals are our best channel: about {percent}% of hires, with the lowest "
                "attrition.",
                "Cash matters less than recognition; people refer friends when the process "
                "is quick and respectful.",
            ],
        },
        "counteroffer": {
            "titles": [
                "{country}: how common are counter-offers?",
                "Candidate accepted, then got a counter-offer: what now?",
            ],
            "asks": [
                "I keep losing accepted candidates to counter-offers in the last week. Is "
                "that typical there?",
                "How do you prepare candidates for a counter-offer before they resign?",
            ],
            "answers": [
                "Counter-offers are very common; ask about them in the first interview, not "
                "after the offer.",
                "Most people who accept a counter-offer leave within a year anyway, and "
                "candidates know it.",
                "Keep in touch every few days during the notice period; silence is when they "
                "waver.",
                "Talk about why they are moving before you talk about money.",
            ],
        },
        "interviews": {
            "titles": [
                "{country}: what does a typical interview process look like?",
                "How many interview rounds are normal in {country}?",
                "{country}: is small talk expected in interviews?",
            ],
            "asks": [
                "Our process has five rounds and candidates drop out. How many rounds do "
                "local companies run?",
                "Is small talk expected at the start of an interview, or do people get "
                "straight to the point?",
            ],
            "answers": [
                "Two or three rounds is normal; after that you lose the best candidates.",
                "People get straight to the point here, and a long warm-up feels odd.",
                "Take-home tasks longer than {days} hours are a common reason candidates withdraw.",
                "Send feedback within {days} days, or candidates assume they were rejected.",
            ],
        },
        "relocation": {
            "titles": [
                "Relocating a {role} to {country}: what should I know?",
                "{country}: how long does a work permit take?",
            ],
            "asks": [
                "We want to hire from abroad. How long do work permits take, and what does "
                "the employer have to prepare?",
                "What relocation package do candidates expect?",
            ],
            "answers": [
                "For skilled workers the permit usually takes {weeks} weeks once the "
                "paperwork is complete.",
                "A relocation budget of one month's salary plus temporary housing is what "
                "most candidates expect.",
                "Help with finding a flat matters more to candidates than the size of the package.",
                "Start the paperwork before the offer is signed; the embassy appointment is "
                "often the bottleneck.",
            ],
        },
        "privacy": {
            "titles": [
                "{country}: how long can we keep candidate data?",
                "Candidate consent and data rules in {country}?",
            ],
            "asks": [
                "How long may we keep CVs of candidates we did not hire, and do we need "
                "explicit consent?",
                "Can we contact candidates we found on public profiles, or is that a problem?",
            ],
            "answers": [
                "Keep CVs for {months} months unless the candidate agrees to longer, and "
                "write that down.",
                "Contacting people from public profiles is fine, but tell them where you "
                "found their data in the first message.",
                "Consent has to be separate from the application itself, so add a checkbox "
                "for the talent pool.",
                "Delete data on request within {days} days and keep a record that you did.",
            ],
        },
    },
    "openers": [
        "I'm hiring a {role} for a client in {city}.",
        "We are building a team in {city} and this is our first hire there.",
        "I recruit for a company that is opening an office in {city}.",
        "Position: {role}, based in {city}, hybrid.",
    ],
    "closers": [
        "Any experience from local recruiters would help a lot. Thanks!",
        "Thanks in advance, happy to share how it works in my country too.",
        "What would you do in my place?",
    ],
    "answer_openers": [
        "Good question.",
        "From my experience in {city}:",
        "It depends on the industry, but in general:",
        "I've recruited here for {years} years.",
    ],
    "answer_closers": [
        "Happy to talk more if you message me.",
        "Hope this helps!",
        "Good luck with the search.",
    ],
    "comments": [
        "Thanks, this is very helpful.",
        "Same experience here in {city}.",
        "Does this also apply to contractors?",
        "Great answer, I'll share it with my team.",
        "Could you say more about the timing?",
        "That matches what I hear from candidates.",
    ],
    "group_names": [
        "{city} Recruiters",
        "{city} Sourcers",
        "Tech Recruiters {city}",
        "{city} Talent Acquisition Network",
        "Recruiting Coffee {city}",
        "{city} Healthcare Recruiters",
    ],
    "group_descriptions": [
        "A friendly group of recruiters and sourcers in {city}. We share tips, market "
        "insights and news, and meet once a month.",
        "Talent acquisition people from {city} and around. Ask anything about hiring "
        "here; visitors are welcome.",
        "In-house and agency recruiters comparing notes on the {city} market: salaries, "
        "notice periods and what candidates ask for.",
    ],
    "group_rules": [
        "1. Be kind and constructive.\n2. No job ads outside the Friday thread.\n3. Never "
        "share candidate data.",
        "- Ask and answer in good faith.\n- No spam or cold sales pitches.",
    ],
    "admission_questions": [
        "What do you recruit for?",
        "Which city do you work in?",
        "How did you hear about us?",
    ],
    "admission_answers": [
        "Tech roles, mostly backend.",
        "Healthcare, in {city}.",
        "A colleague recommended the group.",
    ],
    "headlines": [
        "Tech recruiter · {city}",
        "Sourcer for start-ups in {city}",
        "Talent acquisition lead, {city}",
        "Agency recruiter · healthcare",
        "In-house recruiter in {city}",
        "Executive search consultant",
    ],
    "bios": [
        "Recruiter for {years} years, mostly tech. I like hard-to-fill roles and honest feedback.",
        "I help start-ups hire their first engineers. Ask me about {city}!",
        "Sourcing nerd, Boolean fan, meetup organiser.",
    ],
    "event_titles": [
        "Recruiters' breakfast in {city}",
        "Sourcing meetup #{n}",
        "{city} recruiters: salary talks panel",
        "Talent acquisition drinks",
        "Hiring across borders: open discussion",
        "Workshop: Boolean search",
    ],
    "event_descriptions": [
        "An informal meetup for recruiters and sourcers. Bring your questions and a "
        "colleague.\n\nAgenda: short talks, then open discussion.",
        "We meet to swap notes on the local market: salaries, notice periods and what "
        "candidates ask for.",
    ],
    "objectives": [
        "Meet other sourcers in {city}.",
        "Learn how others handle counter-offers.",
        "Find a mentor for employer branding.",
    ],
}
