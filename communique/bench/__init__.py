"""`communique bench`: full ingest side by side with bare spaCy, at growing corpus sizes.

`corpus` streams a corpus repeated with new ids, `memory` samples the peak RSS of a process tree,
`run` times the two phases (each in its own child process, so memory is measured per phase).
"""
