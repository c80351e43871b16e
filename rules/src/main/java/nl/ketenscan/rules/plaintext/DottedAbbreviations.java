package nl.ketenscan.rules.plaintext;

import java.util.Set;

/**
 * Dutch abbreviations written with full stops (bijv., o.a., nr.), which sentence splitting and
 * word splitting must recognise: their full stop belongs to the word and ends no sentence.
 */
final class DottedAbbreviations {

    /** Abbreviations that stand inside a sentence: a capital after them starts a name, not a sentence. */
    private static final Set<String> INSIDE_SENTENCE = Set.of(
            "bijv.", "bv.", "b.v.", "o.a.", "d.w.z.", "nr.", "nrs.", "mr.", "dhr.", "mevr.", "mw.", "drs.", "dr.",
            "ir.", "ing.", "prof.", "ds.", "st.", "sr.", "jr.", "ca.", "i.v.m.", "m.b.t.", "t.a.v.", "t.b.v.", "i.p.v.",
            "m.i.v.", "i.o.m.", "i.s.m.", "n.a.v.", "m.u.v.", "o.b.v.", "evt.", "incl.", "excl.", "resp.", "zgn.",
            "z.g.n.", "vlg.", "art.", "blz.", "pag.", "p.", "tel.", "fax.", "vs.", "afd.", "vgl.", "cf.", "min.",
            "max.", "gem.", "jan.", "feb.", "mrt.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "okt.", "nov.",
            "dec.", "ma.", "di.", "wo.", "vr.", "za.", "e.g.", "i.e.", "m.a.w.", "t.z.t.", "z.o.z.", "p.p.");

    /** Abbreviations that often end a sentence: they end one when a capital follows. */
    private static final Set<String> MAY_END_SENTENCE = Set.of(
            "enz.", "etc.", "e.d.", "e.a.", "a.s.", "jl.", "z.s.m.", "a.u.b.", "s.v.p.", "o.i.d.");

    private DottedAbbreviations() {
    }

    /** Whether {@code word} (lower case, with its full stop) is an abbreviation that stands inside a sentence. */
    static boolean standsInside(String word) {
        return INSIDE_SENTENCE.contains(word);
    }

    /** Whether {@code word} (lower case, with its full stop) is an abbreviation that often closes a sentence. */
    static boolean mayEndSentence(String word) {
        return MAY_END_SENTENCE.contains(word);
    }

    static boolean isKnown(String word) {
        return standsInside(word) || mayEndSentence(word);
    }
}
