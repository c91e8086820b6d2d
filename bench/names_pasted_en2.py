"""A second development probe for person names in pasted English material, from genres the other
probes lack: customer-service transcripts, medical and care notes, legal and HR letters, school
and sports reports, landlord and estate-agent mail, a wedding guest list and RSVP, a sales pipeline
export with an Owner column, obituaries, press-release quotes, LinkedIn recommendations, Jira and
GitHub comments, names in parentheses and after dashes, names ending a sentence, names in capitals
on a form, and names as the object of common verbs (met, saw, hired, paid, invited, thanked,
replaced, promoted).

    python bench/names_pasted_en2.py [--misses] [--seed N]

Written on 2026-12-07 (eleventh session) in one go, before the engine ran on it, by a different
author than the rules. Forty-eight frames, each shape three times, with first names ({f}, {f2},
and {fl} for one in lower case), full names ({n}, {n2}, and {N} in capitals) and surnames ({s})
drawn with the seed from Faker's en_US and en_GB locales. A name counts as found when PERSON
findings cover half of it.

First run: 211/225 = 0.938. Misses (14): first names on a guest list, "{f} + 1" and
"(vegetarian: {f2})", in all three draws (six; the full names above them were found); after "Paid"
before "£40" (three, every draw); a first name signing off after an en dash ("Great work on the
launch, everyone – {f}", two of three); "Chad" in a LinkedIn recommendation, both times (a name
that is also a country; the other two draws were found); and one capitals name on a form with an
apostrophe surname ("NAME: HOLLIE O'SULLIVAN"). No frame was mislabelled on reading the draws.
Fixed since (0.973, 219/225): the plus-one, the payment and the dash signature. Left: "(vegetarian:
{f2})", "Chad" the country, and the apostrophe surname in capitals.
"""

# ruff: noqa: E501  (the frames are data)

from __future__ import annotations

import sys
from pathlib import Path

from dev_marks import faker_probe_main, pasted_draw

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EN = [
    # Customer-service transcripts.
    "Agent: Thanks for calling Northwind Energy, you're speaking with {f}. How can I help?\nCustomer ({f2}): Hi, my last bill is double what it usually is.",
    "[14:02] Agent: Can I take the account holder's full name, please?\n[14:03] Customer: It's {n}, the account is in my name.",
    "Call notes: customer {n} rang about a missed delivery; promised a callback from {f2} in dispatch by 5pm.",
    # Medical and care notes.
    "Pt {n}, 67, presented with chest pain radiating to the left arm. Seen by Dr {s}.",
    "Handover 07:30 — Bed 4: {n}, post-op day 2, mobilising with frame. Family ({f2}, daughter) visiting at 2.",
    "Care log 12/03: {f} ate most of lunch, refused afternoon tea, seemed brighter after a visit from her son.",
    "Referral letter\nRe: {n} (DOB 14/02/1951)\nDear Dr {s}, I would be grateful if you could review this patient.",
    # Legal and HR letters.
    "Re: {n} v. Acme Ltd — Case No. 2403117/2025\nPlease find enclosed the claimant's witness statement.",
    "Subject: Dismissal of {n}\nFollowing the disciplinary hearing on 3 June, the panel decided to terminate the employment with immediate effect.",
    "Without prejudice\n\nDear Mr {s},\nWe act for our client, {n2}, in connection with the property at 14 Elm Road.",
    "HR note: grievance raised by {n} against line manager {n2}; investigation to be led by {f}.",
    # School and sports.
    "{f} scored twice before half-time and coach {f2} said afterwards that the team deserved the win.",
    "Parents' evening notes: {f} is reading above age level but needs to settle more quickly after break.",
    "Under-12s team sheet: GK {n}, DEF {n2}, captain {f}.",
    "Report — Maths: {f} works hard and asks good questions in class.\nTeacher: Mrs {s}",
    # Landlord and estate-agent mail.
    "Dear {f},\nJust a reminder that the boiler service is booked for Thursday between 8 and 12. Someone will need to be in.\nThanks,\n{n2} (landlord)",
    "Viewing feedback: {n} viewed 22 Park Lane on Saturday; liked the garden, thought the kitchen was small. Offer likely.",
    "Tenancy: 3 Mill Street\nTenant(s): {n}, {n2}\nRent: £1,250 pcm, due on the 1st",
    # A wedding guest list and an RSVP.
    "Guest list — table 4:\n{n}\n{n2}\n{f} + 1\n(vegetarian: {f2})",
    "RSVP from {n}: yes, 2 adults, no dietary requirements. Plus-one is {f2}.",
    # A sales pipeline export.
    "Deal,Stage,Amount,Owner,Close date\nGlobex renewal,Negotiation,42000,{n},2025-12-15\nInitech upsell,Proposal,18500,{n2},2026-01-31",
    "Opportunity: Umbrella Corp expansion | Owner: {n} | Next step: demo with {f2} on their side",
    # Obituaries.
    "{n}, 84, of Harrogate, died peacefully at home on 2 November surrounded by family. Beloved partner of {f2} and father to three.",
    "The funeral of {n} will take place at St John's Church on Friday at 11am. Donations in lieu of flowers to the hospice.",
    # Press-release quotes.
    '"This partnership marks a new chapter for us," said {n}, CEO of Brightline Systems.',
    '{n}, head of research at the institute, added: "The results were better than we had hoped."',
    # LinkedIn recommendations.
    "{f} is one of the most thoughtful engineers I've worked with. I managed {f} directly at Contoso for three years.",
    "I had the pleasure of working with {n} on the payments team, where she was my go-to person for anything compliance-related.",
    # Jira and GitHub comments.
    "@{fl} can you review this when you get a chance? CI is green now.",
    "Assigned to {n}. Reporter: {n2}. Labels: backend, p2",
    "{fl} commented: LGTM, but can we add a test for the empty case?",
    "Reassigned from {f} to {f2} — {f} is on leave until the 20th.",
    # Names in parentheses and after dashes.
    "The new pricing (approved by {f} yesterday) goes live on Monday.",
    "Great work on the launch, everyone – {f}",
    "The quote below is from our partner contact — {n} — and can be used in the deck.",
    # Names ending a sentence.
    "I'll confirm the numbers tomorrow, as discussed with {f}.",
    "The spare keys are with {n}.",
    "If the alarm goes off, the person to call is {f2}.",
    # Names in capitals on a form.
    "APPLICATION FORM\nNAME: {N}\nDATE OF BIRTH: 03/07/1988\nNATIONALITY: BRITISH",
    "BOARDING PASS\nPASSENGER: {N}\nFLIGHT: BA 117  SEAT: 23A  GATE: B42",
    # Names as the object of common verbs.
    "I met {f} at the conference in Lisbon and we kept in touch.",
    "Saw {n} at the station this morning, she says hi.",
    "We finally hired {n} as head of sales after three rounds of interviews.",
    "Paid {f} £40 for the tickets, so we're square.",
    "Have you invited {f} and {f2} to the launch?",
    "We thanked {n} for ten years on the board.",
    "{n2} replaced {n} as treasurer in April.",
    "They promoted {f} to team lead last month.",
]
LOCALES = {"en": ("en_US", "en_GB")}


def main() -> None:
    faker_probe_main(__doc__, {"en": EN}, LOCALES, 2026120743, pasted_draw)


if __name__ == "__main__":
    main()
