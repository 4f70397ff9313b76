"""dates extractor: registered as `communique_dates`; fills `doc._.dates`. (First version pending; see issue tracker.)"""

from spacy.language import Language


@Language.factory("communique_dates")
def make_dates(nlp, name):
    return lambda doc: doc
