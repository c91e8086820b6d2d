"""Round four of the person-name dev set: unknown names that only a cue makes a person.

    python bench/names_dev2.py [--misses]

Greetings and thanks ("Hi Aarav,", "Thanks, Priya!"), a role verb and "by"/"door" ("Escalated by
Hiroshi Tanaka"), a person label and a colon ("cc: Bronwyn Gallagher", "Behandelaar: ..."), and
titles ("Dear Dr. Abernathy-Smythe,"). The names were chosen to be missing from the name lists.
The benign texts carry the same cues before words that are no person: they must find nothing.
Same marks and scoring as bench/names_dev.py.
"""

from __future__ import annotations

import sys

from names_dev import run_set, split_texts

LABELLED = [
    "Hi [[Aarav]], the report looks good.",
    "Hello [[Aarav]], the report looks good.",
    "Hey [[Aarav]], can you check the logs?",
    "Dear [[Aarav]],\nPlease find attached the contract.",
    "Beste [[Aarav]], hierbij het rapport.",
    "Hoi [[Aarav]], kun je even kijken?",
    "Hallo [[Aarav]], dank voor je bericht.",
    "Goedemorgen [[Aarav]], de server draait weer.",
    "Thanks [[Aarav]], that helped a lot.",
    "Thank you [[Aarav]], that helped a lot.",
    "Bedankt [[Aarav]], dat scheelt veel werk.",
    "Dank je [[Aarav]], top geregeld.",
    "Thanks, [[Priya]]! I'll check with [[Tom]]",
    "Hi [[Aarav Shah]], welcome to the team.",
    "Hi [[Siobhan O'Brien]], your badge is ready.",
    "Escalated by [[Hiroshi Tanaka]] from the Tokyo office.",
    "Reported by [[Hiroshi Tanaka]] on Monday.",
    "Approved by [[Oluwaseun Adeyemi]], see attached.",
    "The contract was signed by [[Xiomara Quispe]] yesterday.",
    "Requested by [[Bronwyn Gallagher]] for the Q3 audit.",
    "Gemeld door [[Hiroshi Tanaka]] op maandag.",
    "Aangevraagd door [[Oluwaseun Adeyemi]] via de portal.",
    "Het verlof is goedgekeurd door [[Xiomara Quispe]] van HR.",
    "cc: [[Bronwyn Gallagher]]",
    "Assigned to: [[Nkechi Eze]]",
    "Owner: [[Tadeusz Wróblewski]]",
    "Contact: [[Aarav Shah]]",
    "Toegewezen aan: [[Nkechi Eze]]",
    "Behandelaar: [[Tadeusz Wróblewski]]",
    "Contactpersoon: [[Oluwaseun Adeyemi]].",
    "Dear Dr. [[Abernathy-Smythe]],",
    "Dear Mr. [[van der Berg]],",
    "Dear Ms. [[O'Brien]], thank you for your letter.",
    "Geachte dhr. [[Quispe]], hierbij de stukken.",
    "Geachte mevr. [[Adeyemi]],",
    "Prof. [[Wróblewski]] gaf de lezing.",
    "Beste [[Nkechi]],\nIk stuur je de stukken morgen.",
]

BENIGN = split_texts(
    """
Hi Team, the release is out. | Hello World | Dear Sir or Madam, | Dear Customer, thank you for your order.
Thanks, Regards | Hi all, quick update. | Hoi allemaal, de build is groen. | Beste collega's, fijne vakantie!
Owner: Finance Department | Assigned to: Backend Team | cc: Legal | Contact: Support | Approved by Management
Reported by Customer Service | Dr. Oetker pizza is on sale. | Dear Diary, | Thanks, Microsoft | Owner: Microsoft Azure
Hi Siri, set a timer. | Dear Monday, | Hi January, | Thanks, Everyone! | Hello Kitty backpacks
Reported by Jenkins on the build server. | Escalated by Security to the board. | Owner: Platform Engineering
Contact: Sales Team | Toegewezen aan: Servicedesk | Behandelaar: Juridische Zaken | Contactpersoon: Afdeling Inkoop
Goedemorgen allemaal, de vergadering begint om tien uur. | Dank je wel, fijne dag! | Bedankt, Groetjes
Hey Google, what time is it? | Hi there, how are you? | Hello Again | Dear Valued Customer,
Approved by Legal and Finance. | Signed by Both Parties | Gemeld door Klantenservice | Goedgekeurd door Directie
Assigned to: Unassigned | Owner: TBD | Contact: N/A | cc: All Staff | Requested by Product Management
Dear Hiring Manager, | Hi Folks, | Hey Guys, | Beste Lezer, | Hallo Wereld
"""
)


def main() -> int:
    return run_set(__doc__ or "", "round four: cued unknown names", LABELLED, BENIGN)


if __name__ == "__main__":
    sys.exit(main())
