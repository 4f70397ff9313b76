"""A regression set of 1,327 one-sentence event reports written for this project (tests/fixtures/written_events.jsonl,
GSR format: category, source and target codes), about five per PLOVER category in each of fourteen batches (one weighted to the categories we coded worst; the last, L, of
longer sentences with dates and subordinate clauses), in the
style of wire copy and covering CAMEO sub-codes (releases, amnesties, envoys expelled or withdrawn, strikes,
boycotts, ultimatums ...).  Each batch was first scored untouched, as a stand-in for unseen news, and then used to
find general gaps; its labels follow the PLOVER manual and, where the manual and the gold standard records
differ, the records (an apology is SUPPORT, "agreed to release" is AGREE).  Sentences whose category depends on
a convention we chose differently (signing is AGREE in news gold, SUPPORT in the records) are left out, and "X and Y
agreed / met / exchanged" has both as sources and no target, as in the records.

The floors are a few points under the figures measured when the set was added (event accuracy 0.934, source F1
0.951, target F1 0.817; main at the start of session 8 scored 0.757 / 0.911 / 0.771). Batches K and L (112
sentences) were added in session 9: the 729 score 0.934 / 0.954 / 0.854 (0.918 / 0.942 / 0.815 at the session's
start). Batch M (64 sentences, weighted like the gold records: most AGREE, REQUEST, REJECT, ASSAULT) was added
in session 10: main scored it 0.906 / 0.963 / 0.875 untouched; so was batch N (52 longer sentences in the records'
style: reporting clauses, conditions, passives), 0.846 / 0.871 / 0.814 untouched. The 845 score 0.937 / 0.956 /
0.857. Batch O (48, written and scored untouched late in session 10): 0.896 / 0.980 / 0.835 both on main at the
session's start and on the lead build of 01:35 -> 0.938 / 0.990 / 0.825 after its fixes. The 893 score 0.941 /
0.961 / 0.876. Batch P (55, written and scored untouched at the start of session 11): 0.836 / 0.939 / 0.882 as
written; three labels were then corrected to follow CAMEO2PLOVER (executions and tear gas are ASSAULT, a release
RETREAT), as which main scored 0.891; 0.964 / 0.966 / 0.905 after its fixes. Batch Q (52, in the style of the
records' older wire copy): 0.865 / 0.902 / 0.875 untouched -> 0.962 / 0.933 / 0.889. Batch R (57, recent wire copy
with rarer verbs, scored untouched on the session's lead build): 0.737 / 0.920 / 0.817 as written (0.789 after three
labels were corrected to the records' and CAMEO2PLOVER's conventions: a state's boycott is SANCTION, an apology
SUPPORT, signing AGREE) -> 0.947 / 0.957 / 0.854. Batch S (52, written and scored untouched late in session 11):
0.827 / 0.962 / 0.851 on the session's starting main and on its lead build alike (0.865 after two labels were
made consistent with P: executions ASSAULT, ordering an ambassador out SANCTION) -> 0.981 / 0.981 / 0.889. Batch T
(62, classic wire verbs weighted like the records, written and scored untouched at the start of session 12):
0.919 / 0.984 / 0.981 as written, 0.984 after four labels were made to follow CAMEO2PLOVER and the news records
(a pledge of aid and "agreed to step down" are intents, AGREE 033/0341; diplomats expelled and an announced
sanction are SANCTION) -> 1.0 / 0.984 / 0.981. Batch U (56, long sentences in the records' style with reporting
clauses, conditions and nominalisations): 0.804 / 0.909 / 0.889 as written, 0.857 after three labels were made
conventional (a state's boycott SANCTION, eased travel restrictions CONCEDE 081, "will provide a loan" AGREE 033)
-> 0.946 / 0.930 / 0.922. Batch V (57, the records' style weighted like them, written and scored untouched mid
session 12): 0.895 / 0.904 / 0.885 as written on the session's starting main and on its lead build alike, 0.912 /
0.922 / 0.885 after two labels were made conventional (a pledge of aid AGREE 033; Human Rights Watch an NGO)
-> 0.982 / 0.949 / 0.935. Batch W (43, modern ministry wire copy: visits, memoranda, video calls, condolences):
0.907 / 0.926 / 0.959 as written on the session's starting main and on its lead build alike (0.930 with a pledged
loan relabelled AGREE 033) -> 0.977 / 0.947 / 0.972. The 1,327 score 0.954 / 0.964 / 0.900 at the session's end.
A change that breaks a whole class of constructions fails here."""

from __future__ import annotations

from pathlib import Path

from communique.eval import load_jsonl, score

FIXTURE = Path(__file__).parent / "fixtures" / "written_events.jsonl"


def test_written_sentences_keep_their_categories(nlp):
    from test_eval import run_pipeline

    gold = load_jsonl(FIXTURE)
    figures, details = score("gsr", gold, run_pipeline(nlp, gold.values()))
    assert figures["missing_ids"] == 0
    assert figures["event_accuracy"] >= 0.90, figures
    assert figures["source_f1"] >= 0.92, figures
    assert figures["target_f1"] >= 0.79, figures
