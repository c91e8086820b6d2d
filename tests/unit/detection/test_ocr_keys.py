"""Repairs to vendor keys in OCR text (tuning half 4: a key list, an admin table, a shell): a
key OCR split or misread is put back where its vendor's shape confirms it; other text stays."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.ocr_keys import repair_keys

STRIPE_KEY = "sk_live_fWBbHIKLhYXI8uaQHKeRkbk7"
GITHUB_TOKEN = "ghp_ZA6SpMq8KagrWFXRDrQv6mdHTLmqT5HvLVnI"  # 36 characters after the prefix
AWS_KEY_ID = "AKIA527HPMJZ7XGXHCXA"  # 16 upper-case characters after the prefix
OPENAI_HEAD = "sk-proj-wYbnY3-qGeRoiEPUJDpMbQ9F9X674LLf619JJamb760309-Ipovch3dlysObDfnbN"


@pytest.mark.parametrize(
    ("read", "repaired"),
    [  # as read on tuning half 4, keys of the same shape
        # a key list's created date under the key is no piece of it
        (f"{STRIPE_KEY}\n2026-11-11", f"{STRIPE_KEY}\n2026-11-11"),
        ("ghp _ZA6SpMq8Kag rWFXRD rQv6mdHT LmqT5HvLVnI", GITHUB_TOKEN),  # a space before the prefix's `_`
        ("AKIA527HPMJZ7XGXHC\nXA", AWS_KEY_ID),  # wrapped in a table cell: exactly 16 joined
        ("sk_live_8JV6lYs1007cU4p] QwMLgFgUPCYaqQ5", "sk_live_8JV6lYs1007cU4pJQwMLgFgUPCYaqQ5"),  # `]` for J
        ("sk-proj-wYbnY3-qGeRoiEPUJDpMbQ9F9X674LLf619J]amb760309-Ipovch3dlysObDfnbNT3BIbkFJc4XGCu79Js",
         f"{OPENAI_HEAD}T3BlbkFJc4XGCu79Js"),  # `]` for J, and OpenAI's T3BlbkFJ read with an `I`
        (f"{OPENAI_HEAD}T3B\nIbkFJc4XGCu79JsDGI6", f"{OPENAI_HEAD}T3BlbkFJc4XGCu79JsDGI6"),  # split there
        ("sk-proj-wYbnY3-qGeRoiEPUJ DpMbQ9F 9X674LLf619J]amb760309-Ipovch3d",
         "sk-proj-wYbnY3-qGeRoiEPUJDpMbQ9F9X674LLf619JJamb760309-Ipovch3d"),  # a `]` in a piece
        # tuning half 5 (CI logs, config snippets): an AWS id's prefix split or its `I` misread
        ("key: 'AKI AHFOY IBGI4U6MIWEA'", "key: 'AKIAHFOYIBGI4U6MIWEA'"),
        ("export AWS_ACCESS_KEY_ID=AKTAYOT7MKLNM2QH4VFN", "export AWS_ACCESS_KEY_ID=AKIAYOT7MKLNM2QH4VFN"),
        ("Bearer xoxb-941902895 152-855683748 3823-8Vzs8tHUx]vPGvekHn03Pyv2 ok",
         "Bearer xoxb-941902895152-8556837483823-8Vzs8tHUxJvPGvekHn03Pyv2 ok"),  # a `]` for J in Slack's last part
        ("sk-proj-G8dXQ3jxOlb7LoS4mZxXf j 6Dy80J\ntS8uiMatW1xB7kJWLxe0Z",
         "sk-proj-G8dXQ3jxOlb7LoS4mZxXfj6Dy80JtS8uiMatW1xB7kJWLxe0Z"),  # a short plain piece inside the key
        ("sk-proj-eC29X Sf Yq6wwpRb4S-71ualz", "sk-proj-eC29XSfYq6wwpRb4S-71ualz"),
        ("token: glpat - J7Ze59ZH-WJRHdRi1Q15", "token: glpat-J7Ze59ZH-WJRHdRi1Q15"),  # spaces around GitLab's dash
        ("sk_Live_TDHEBiZCnYGKrxP7xVk9NErlyLX9", "sk_live_TDHEBiZCnYGKrxP7xVk9NErlyLX9"),  # a capital L
        # tuning half 6 (monospaced shells): Stripe's `l` read twice; short plain pieces in a row
        ("token=sk_lLive_KdqpTZgmEQUYvQk6kqT B3YaNI3jN", "token=sk_live_KdqpTZgmEQUYvQk6kqTB3YaNI3jN"),
        ("sk-proj-OqDtwb_ZwVqeikIkAsKBGo Ch Inl Re 1A6z9mleT3BLbkFI",
         "sk-proj-OqDtwb_ZwVqeikIkAsKBGoChInlRe1A6z9mleT3BLbkFI"),
        # check draws of tuning halves 4 and 5: `]` in a fixed-length key, "gl pat", an AWS id wrapped
        ("token glpat-F]OGY6EP3BKkGi2Nh2sK ok", "token glpat-FJOGY6EP3BKkGi2Nh2sK ok"),
        ("export T=gl pat - j AHymGY luaBmzKKSzyYx", "export T=glpat-jAHymGYluaBmzKKSzyYx"),
        ("id AKTAQ6PKGS4LUDNZQ\nBWJ", "id AKIAQ6PKGS4LUDNZQBWJ"),
        ("Glpat -8tMHEMmr YaSpBrHOSJvu", "glpat-8tMHEMmrYaSpBrHOSJvu"),  # a capital G
    ],
)  # fmt: skip
def test_a_key_ocr_split_or_misread_is_put_back(read: str, repaired: str) -> None:
    assert repair_keys(read) == repaired


@pytest.mark.parametrize(
    "text",
    [
        "see [sk-abcdefghijklmnop] then",  # a key in brackets keeps its bracket
        "x = keys[sk_test_abc] + y",
        "AKIA and ABCDEFGH\nIJKLMNOP are words",  # 16 upper-case letters, but not after the prefix
        "AKIA1234\nWORD",  # pieces short of the length
        "ghp _ is a prefix",
        f"{STRIPE_KEY}\nsk-proj_abc-def",  # `-` is not in Stripe's alphabet
        "T3B lbkFJ alone is no key",  # the OpenAI mark only where a key holds it
        "key sk-proj-Abc123DEF456 and sk-proj-Xyz987654321 are both",  # a word before the next key
        "key sk-proj-Abc123DEF456 is new A1",  # a short word, then no long random piece
        "sk-proj-Abc123DEF456 is de key voor API2024x",  # four short words: no piece of it
        "glpat-F]OGY6EP3BK] one short",  # a bracket, but not the vendor's length
        "AKIA THE\nQUICK BROWN FOX JUMPS",  # upper-case words over a line: no digit, no key
        "the glpat - prefix is short",
        "sk Live 2024",
        "ASIA PACIFIC REGIONAL X",  # upper-case words making 16 after "ASIA": no digit, no key
        "AKTA",
    ],
)
def test_ordinary_text_is_left_as_it_is(text: str) -> None:
    assert repair_keys(text) == text
