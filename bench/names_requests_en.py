"""A development probe for a first name alone in the English requests people make of an assistant:
stories and character profiles, recommendations and reviews, birthday and wedding messages, offer
letters, grammar fixes, translations, plans for someone, a quoted chat line.

    python bench/names_requests_en.py [--misses] [--seed N]

Written on 2026-12-07 (tenth session) in one go, before the engine ran on it. Forty requests, each
with a first name (two for the toast) drawn with the seed from Faker's en_US and en_GB locales;
each shape three times. A name counts as found when PERSON findings cover half of it.

First run (two ad hoc seeds, 11 and 12, before it became this file): 0.925 and 0.963. Misses: a
first name opening a clause before an adverb and a present-tense verb ("Performance review: Angela
consistently exceeds expectations", "Scott never answers his emails"), a word-like name after
"that" and a past verb ("that Dawn worked 60 hours"), before ", who has", after "Happy birthday",
and after "recommend ... for". Fixed since: the first four.
"""

# ruff: noqa: E501  (the frames are data)

from __future__ import annotations

import sys
from pathlib import Path

from dev_marks import faker_probe_main
from faker import Faker

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EN = [
    "Write a short story about a girl named {f} who finds a lost dog.",
    "Create a character profile: {f} is a 32-year-old nurse from Ohio.",
    "{f}, a 45-year-old accountant, wants to change careers. Give advice.",
    "Write a LinkedIn summary for {f}, who has 10 years of experience in sales.",
    "I am pleased to recommend {f} for the graduate program.",
    "Performance review: {f} consistently exceeds expectations in client work.",
    "Write a birthday message for my sister {f}.",
    "Happy birthday {f}! Make this sound more fun.",
    "Write a eulogy for my grandfather {f}, who loved fishing.",
    "My son {f} struggles with fractions, how can I help him?",
    "My boyfriend {f} forgot our anniversary, what should I say?",
    "Write a wedding toast for {f} and {f2}.",
    "Draft an offer letter for {f}, starting March 1 as a data analyst.",
    "Summarize: {f} reported that the printer on floor 3 is broken again.",
    "Rewrite politely: {f} never answers his emails on time.",
    "Translate to Spanish: {f} will arrive at the airport at 6 pm.",
    "Give me interview questions to ask {f} tomorrow.",
    "How do I tell {f} that her contract will not be renewed?",
    "Compose a welcome email for our new hire, {f}.",
    "Our intern {f} finished the project early; write a thank-you note.",
    "Plan a surprise party for {f} on Saturday.",
    "Student {f} scored 58 on the exam; write feedback for the parents.",
    "Patient {f} reports chest pain since yesterday. Suggest questions.",
    "Can you help {f} prepare for her presentation?",
    "Is it okay that {f} worked 60 hours last week?",
    "Write a reference for {f}, who worked with us as a barista.",
    "The landlord, {f}, refuses to return the deposit.",
    "Fix the grammar: me and {f} was going to the store.",
    "Write a poem for {f}'s retirement.",
    "{f} wants to know if the refund was processed.",
    "Tell me how to apologize to {f} for missing the meeting.",
    "Make a workout plan for {f}, age 52, with knee problems.",
    "Here is the chat: '{f}: can we move the call?' Reply for me.",
    "Draft a message to {f} asking for the invoice.",
    "We are hiring {f} as a senior engineer; write the announcement.",
    "{f} and I are planning a trip to Rome, make an itinerary.",
    "Write a cover letter for {f} applying to a nursing job.",
    "Generate a certificate text for {f} for completing the course.",
    "Dear {f}, thank you for your order. Please make this warmer.",
    "Schedule a 1:1 with {f} every Tuesday.",
]
LOCALES = {"en": ("en_US", "en_GB")}


def main() -> None:
    def draw(fk: Faker) -> dict[str, str]:
        return {"f": fk.first_name(), "f2": fk.first_name()}

    faker_probe_main(__doc__, {"en": EN}, LOCALES, 2026120711, draw)


if __name__ == "__main__":
    main()
