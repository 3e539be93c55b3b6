#!/usr/bin/env python3
"""Checks a Saydo corpus gold file (format in corpus/README.md): python3 corpus/check.py GOLD.jsonl..."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# the shared reference data: $SAYDO_SHARED when set (a git worktree elsewhere), else ../shared beside the project
SHARED = os.environ.get("SAYDO_SHARED") or os.path.join(HERE, "..", "..", "shared")
GOLDSTEIN = os.path.join(SHARED, "data", "gdelt", "CAMEO.goldsteinscale.txt")
MODALITIES = {"asserted", "reported", "intent", "hypothetical", "negated", "background"}
SHAPES = {"wire", "headline", "caption", "liveblog", "readout", "statement", "briefing", "interview",
          "analysis", "oped", "syndicated", "mixed"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ACTOR = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")


def cameo_codes():
    if not os.path.exists(GOLDSTEIN):
        return None
    with open(GOLDSTEIN, encoding="utf-8") as f:
        return {line.split("\t")[0] for line in f if line[:1].isdigit()}


def sentences(text):
    # a rough count: lines of prose split at sentence ends
    n = 0
    for line in text.splitlines():
        if line.strip():
            n += max(1, len(re.findall(r"[.!?][\"'\u201d\u2019)]?(\s|$)", line)))
    return n


def check(gold_path, codes):
    problems = []
    docs = sents = events = quotes = 0
    base = os.path.dirname(os.path.abspath(gold_path))
    seen = set()
    with open(gold_path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            where = f"{gold_path}:{number}"
            if not line.strip():
                continue
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{where}: not JSON: {e}")
                continue
            doc = g.get("doc")
            if not doc or not os.path.isfile(os.path.join(base, doc)):
                problems.append(f"{where}: no document '{doc}' beside the gold file")
                continue
            if doc in seen:
                problems.append(f"{where}: '{doc}' annotated twice")
            seen.add(doc)
            with open(os.path.join(base, doc), encoding="utf-8") as d:
                text = d.read()
            docs += 1
            sents += sentences(text)
            if any(ord(c) > 0xFFFF for c in text):
                problems.append(f"{where}: {doc} has characters outside the BMP")
            first = text.split("\n", 1)[0].strip()
            if first != f"date {g.get('published')}":
                problems.append(f"{where}: first line '{first}' is not 'date {g.get('published')}'")
            if g.get("shape") not in SHAPES:
                problems.append(f"{where}: shape '{g.get('shape')}' not one of {sorted(SHAPES)}")
            for i, e in enumerate(g.get("events", [])):
                events += 1
                w = f"{where}: event {i}"
                for k in ("source", "target"):
                    v = e.get(k)
                    if (v is None and k == "source") or (v is not None and not ACTOR.match(v)):
                        problems.append(f"{w}: bad {k} '{v}'")
                c = e.get("cameo")
                if not isinstance(c, str) or (codes is not None and c not in codes):
                    problems.append(f"{w}: '{c}' is not a CAMEO code")
                if e.get("modality") not in MODALITIES:
                    problems.append(f"{w}: bad modality '{e.get('modality')}'")
                d = e.get("date")
                if d is None and e.get("modality") != "background":
                    problems.append(f"{w}: no date (only background events may have none)")
                if d is not None and not DATE.match(str(d)):
                    problems.append(f"{w}: bad date '{d}'")
                span(text, e, w, problems)
                if not e.get("trigger") or e["trigger"] not in e.get("text", ""):
                    problems.append(f"{w}: trigger '{e.get('trigger')}' not in its text")
            for i, q in enumerate(g.get("quotes", [])):
                quotes += 1
                w = f"{where}: quote {i}"
                if not isinstance(q.get("speaker"), str) or not ACTOR.match(q["speaker"]):
                    problems.append(f"{w}: bad speaker '{q.get('speaker')}'")
                if not isinstance(q.get("direct"), bool):
                    problems.append(f"{w}: direct must be true or false")
                span(text, q, w, problems)
    return docs, sents, events, quotes, problems


def span(text, item, where, problems):
    s, e = item.get("start"), item.get("end")
    if not isinstance(s, int) or not isinstance(e, int) or not 0 <= s < e <= len(text):
        problems.append(f"{where}: bad offsets {s}..{e} (text has {len(text)} characters)")
    elif text[s:e] != item.get("text"):
        problems.append(f"{where}: text at {s}..{e} is {text[s:e]!r}, not {item.get('text')!r}")


def main(paths):
    if not paths:
        print("usage: python3 corpus/check.py GOLD.jsonl...", file=sys.stderr)
        return 2
    codes = cameo_codes()
    if codes is None:
        print(f"check: {GOLDSTEIN} not found (set SAYDO_SHARED to the shared folder); CAMEO codes not checked",
              file=sys.stderr)
    bad = 0
    for p in paths:
        docs, sents, events, quotes, problems = check(p, codes)
        for line in problems:
            print(line)
        bad += len(problems)
        print(f"check: {docs} documents, {sents} sentences, {events} events, {quotes} quotes"
              + (f", {len(problems)} problems" if problems else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
